package org.verbatim.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language switchers: a line of language names, each in its own script ({@code عربي Español
 * Русский Français 简体中文}), perhaps with a few site links ({@code 中文 العربي Contact Us
 * Links}). The names are the languages' own (from the JDK's locale data) and their English
 * names, with the short forms sites print ({@code 中文}, {@code عربي}, {@code EN}).
 */
final class LanguageNames {

  /** What stands between the names of a switcher. */
  private static final Pattern WORD_GAP = Pattern.compile("[\\s|/·•]+");

  private static final Set<String> NAMES = new HashSet<>();
  /** Codes count only in capitals ({@code EN RU}): in lower case they are words ({@code it}). */
  private static final Set<String> CODES = new HashSet<>();
  private static final Set<String> SITE_WORDS = Set.of(
      "contact", "us", "links", "home", "search", "sitemap", "login", "rss", "menu", "|", "/",
      "·", "•", "-", "контакты", "поиск", "главная", "联系我们", "网站地图");

  static {
    for (String tag : new String[] {"ar", "zh", "en", "fr", "ru", "es", "de", "pt", "it", "ja",
        "ko", "uk", "be", "tr", "fa", "hi", "vi", "pl", "sr", "kk", "uz", "ky", "hy", "ka", "az",
        "el", "he", "id", "ms", "th", "nl", "sv", "fi", "no", "da", "cs", "bg", "ro", "hu",
        "mn", "tg", "tk", "sw", "am"}) {
      Locale locale = Locale.forLanguageTag(tag);
      NAMES.add(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT));
      NAMES.add(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT));
      CODES.add(tag.toUpperCase(Locale.ROOT));
    }
    NAMES.addAll(Set.of("中文", "简体中文", "繁體中文", "繁体中文", "عربي", "العربي",
        "english", "français", "español", "русский", "deutsch", "português", "中文版", "рус",
        "укр", "қазақ"));
    CODES.addAll(Set.of("ENG", "RUS", "FRA", "ESP", "DEU", "CN", "UA"));
  }

  private LanguageNames() {}

  /** Whether {@code word} (any case) names a language as a switcher prints it. */
  static boolean isName(String word) {
    return NAMES.contains(word.toLowerCase(Locale.ROOT)) || CODES.contains(word);
  }

  /**
   * Whether the stripped line is a language switcher: at least two language names, and no more
   * than three other words, all site links.
   */
  static boolean isSwitcher(String line) {
    if (line.length() > 160) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '.' || c == ',' || c == ':' || c == '?' || c == '!' || c == '"') {
        return false; // a switcher is names only: no sentence's marks
      }
    }
    int space = 0;
    while (space < line.length() && !Lines.isSpace(line.charAt(space)) && line.charAt(space) != '|'
        && line.charAt(space) != '/') {
      space++;
    }
    String first = line.substring(0, space);
    if (!isName(first) && !SITE_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
      return false; // the cheap test first: a switcher starts with a language's name
    }
    String[] words = WORD_GAP.split(line);
    int names = 0;
    int others = 0;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (isName(word)) {
        names++;
      } else if (SITE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        others++;
      } else {
        return false;
      }
    }
    return names >= 2 && others <= 3;
  }
}
