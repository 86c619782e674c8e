package org.verbatim.parse;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names in the languages pages are published in (English, Russian, Ukrainian,
 * French, German, Spanish, Italian, Portuguese), taken from the JDK's CLDR data rather than from
 * lists of our own: full and abbreviated, the format form ({@code марта}, {@code березня}: the
 * genitive that dates use) and the stand-alone form ({@code март}), each also without accents
 * ({@code fevrier}, {@code marz}) and without an abbreviation's dot. Names are looked up in lower
 * case. Built once; immutable and thread-safe after.
 */
final class CalendarNames {

  private static final Locale[] LOCALES = {
      Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"), Locale.FRENCH,
      Locale.GERMAN, Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt")};
  private static final TextStyle[] STYLES = {
      TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Set<String> WEEKDAYS = new HashSet<>();

  static {
    for (Locale locale : LOCALES) {
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          for (String name : forms(month.getDisplayName(style, locale))) {
            MONTHS.putIfAbsent(name, month.getValue());
          }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          WEEKDAYS.addAll(forms(day.getDisplayName(style, locale)));
        }
      }
    }
    // Abbreviations CLDR does not give but pages print.
    MONTHS.put("sept", 9);
    MONTHS.put("jänner", 1);
    MONTHS.put("setiembre", 9);
    WEEKDAYS.add("tues");
    WEEKDAYS.add("thur");
    WEEKDAYS.add("thurs");
  }

  private CalendarNames() {}

  /** A name as a page may print it: lower case, without a final dot, with and without accents. */
  private static Set<String> forms(String name) {
    Set<String> forms = new HashSet<>(2);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    if (lower.length() < 2 || !Character.isLetter(lower.charAt(0))) {
      return forms;
    }
    forms.add(lower);
    forms.add(unaccented(lower));
    return forms;
  }

  private static String unaccented(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The month (1–12) {@code word} names, in any case, or 0 when it names none. */
  static int month(String word) {
    if (word.length() < 3 || word.length() > 12) {
      return 0;
    }
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** Whether {@code word} (any case, no final dot) names a day of the week. */
  static boolean isWeekday(String word) {
    return word.length() >= 2 && word.length() <= 14
        && WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
  }
}
