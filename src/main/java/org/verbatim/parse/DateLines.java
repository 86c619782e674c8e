package org.verbatim.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Published;

/**
 * Lines that hold a date and little else, read as printed ({@link Dates} finds the dates):
 *
 * <ul>
 *   <li>a date line: {@code 2 March 201718:49}, {@code Thursday, 02 July 2015 09:54},
 *       {@code Published on Jan 13, 2020}, {@code 10/11/2022 07:54 PM EDT};
 *   <li>a dateline: a date and a place, {@code December 19, 2013, Moscow};
 *   <li>a stamp: a date among a few words of metadata, {@code Submitted on Mon, 05/28/2018 -
 *       06:57}, {@code TASS 29.05.2017 TASS};
 *   <li>a time alone ({@code 18:49}, {@code 2:39 p.m. EDT}) and an id line {@code 412-02-03-2017}
 *       (number, day, month, year);
 *   <li>a crawl banner's clock line {@code Moscow: 00:12};
 *   <li>an archive month {@code January 2019} or {@code July 2020 (3)}.
 * </ul>
 *
 * Only short lines are looked at. Stateless; thread-safe.
 */
final class DateLines {

  /** Spaces and commas between words. */
  private static final Pattern WORD_GAP = Pattern.compile("[\\s,]+");

  /** Longest line worth trying: dates are short. */
  static final int MAX_LENGTH = 96;

  /** How much a line says besides its date. */
  enum Shape {
    /** Nothing but the date (a weekday, a time, a zone, {@code Published on}). */
    DATE,
    /** The date and a place. */
    DATELINE,
    /** The date among a few other words. */
    STAMP
  }

  /** A line that holds a date: the date, how much else the line says, and the place if any. */
  record DateLine(Published published, Shape shape, String place) {}

  private static final Pattern ID = Pattern.compile("\\d{1,9}-(\\d{1,2})-(\\d{1,2})-(\\d{4})");
  private static final Pattern CLOCK =
      Pattern.compile("\\p{L}[\\p{L} .'’\\-]{0,40}:\\s*\\d{1,2}:\\d{2}");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(\\p{L}+)\\s+(\\d{4})(?:\\s*\\(\\d{1,5}\\))?");
  private static final List<String> LEADS = List.of(
      "published on", "published:", "published", "posted on", "posted:", "posted",
      "submitted on", "updated on", "updated:", "last updated:", "last updated", "date:",
      "dated", "опубликовано:", "опубликовано", "дата публикации:", "дата:", "обновлено:",
      "veröffentlicht am", "publicado el", "publié le", "发布时间：", "发布时间:", "日期：",
      "日期:");
  private static final int MAX_STAMP_WORDS = 5;

  private DateLines() {}

  /** The date {@code line} (stripped) holds when it is a date line, dateline or stamp; else null. */
  static DateLine read(String line) {
    if (line.isEmpty() || line.length() > MAX_LENGTH) {
      return null;
    }
    List<Dates.Found> found = Dates.find(line);
    if (found.size() != 1) {
      return null;
    }
    Dates.Found date = found.get(0);
    String before = withoutLead(punctuationStripped(line.substring(0, date.start())));
    String after = punctuationStripped(line.substring(date.end()));
    before = withoutWeekday(before);
    if (before.isEmpty() && after.isEmpty()) {
      return new DateLine(date.published(), Shape.DATE, null);
    }
    if (before.isEmpty() && isPlace(after)) {
      return new DateLine(date.published(), Shape.DATELINE, after);
    }
    int words = words(before) + words(after);
    if (words <= MAX_STAMP_WORDS && !hasSentence(before) && !hasSentence(after)
        && TitleKinds.find(before + " " + after) == null) {
      return new DateLine(date.published(), Shape.STAMP, null);
    }
    return null;
  }

  /** The date of a date line in the narrow sense ({@link Shape#DATE}), else null. */
  static Published date(String line) {
    DateLine read = read(line);
    return read != null && read.shape() == Shape.DATE ? read.published() : null;
  }

  /** A line holding only a time ({@code 18:49}, {@code 2:39 p.m. EDT}): the time on {@code date}. */
  static Published timeOn(LocalDate date, String line) {
    return Dates.timeAlone(date, line);
  }

  /** Whether {@code line} holds only a time. */
  static boolean isTime(String line) {
    Published time = Dates.timeAlone(LocalDate.EPOCH, line);
    return time != null && time.time() != null;
  }

  /** The date of an id line {@code 412-02-03-2017} (number, day, month, year), else null. */
  static LocalDate idDate(String line) {
    if (line.length() < 10 || line.length() > 24 || !Character.isDigit(line.charAt(0))) {
      return null;
    }
    Matcher m = ID.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return Dates.localDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(1)));
  }

  /** Whether {@code line} is a crawl banner's clock line, {@code Moscow: 00:12}. */
  static boolean isClock(String line) {
    return !line.isEmpty() && line.length() <= 48 && Character.isLetter(line.charAt(0))
        && CLOCK.matcher(line).matches();
  }

  /** Whether {@code line} is an archive month: {@code January 2019}, {@code July 2020 (3)}. */
  static boolean isMonthOfYear(String line) {
    if (line.length() < 7 || line.length() > 24 || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last != ')' && !Character.isDigit(last)) {
      return false;
    }
    Matcher m = MONTH_YEAR.matcher(line);
    if (!m.matches() || CalendarNames.month(m.group(1)) == 0) {
      return false;
    }
    int year = Integer.parseInt(m.group(2));
    return year >= 1900 && year <= 2199;
  }

  private static String withoutLead(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String lead : LEADS) {
      if (lower.startsWith(lead)) {
        return punctuationStripped(s.substring(lead.length()));
      }
    }
    return s;
  }

  /** {@code Thursday,} or {@code Mon,} before a date, dropped. */
  private static String withoutWeekday(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int end = s.length();
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    if (start < end && CalendarNames.isWeekday(s.substring(start, end))) {
      return punctuationStripped(s.substring(0, start));
    }
    return s;
  }

  /** {@code s} without spaces and the separators dates stand between ({@code , - | · •}). */
  static String punctuationStripped(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSeparator(s.charAt(from))) {
      from++;
    }
    while (to > from && isSeparator(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSeparator(char c) {
    return Lines.isSpace(c) || c == ',' || c == '-' || c == '–' || c == '—' || c == '|'
        || c == '·' || c == '•' || c == '/' || c == '(' || c == ')' || c == ';';
  }

  /** A place name: one to four capitalised words, no digits ({@code Moscow}, {@code Washington, D.C.}). */
  static boolean isPlace(String s) {
    if (s.isEmpty() || s.length() > 40 || !Character.isUpperCase(s.charAt(0))
        || !Character.isLetter(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != '.'
        || s.indexOf(':') >= 0 || TitleScore.isSalutation(s + ",")) {
      return false;
    }
    String[] words = WORD_GAP.split(s);
    if (words.length > 4) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (Character.isDigit(word.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static int words(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 1; i < s.length(); i++) {
      if (Lines.isSpace(s.charAt(i)) && !Lines.isSpace(s.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  private static boolean hasSentence(String s) {
    return s.contains(". ") || s.endsWith(".") && s.length() > 12 || s.indexOf('?') >= 0
        || s.indexOf('!') >= 0;
  }
}
