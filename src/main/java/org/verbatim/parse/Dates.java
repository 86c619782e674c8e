package org.verbatim.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Published;

/**
 * Finds the dates printed in a piece of text, with the time and zone printed after them:
 *
 * <ul>
 *   <li>day, month name, year: {@code 2 March 2017}, {@code 02 July 2015}, {@code 07. Juni 2024},
 *       {@code 24 февраля 2019 года}, {@code 11 февраля 2005 г.}, {@code 5 de marzo de 2019},
 *       {@code 1st of May 2019}, glued to a time ({@code 2 March 201718:49});
 *   <li>month name, day, year: {@code March 2, 2017}, {@code Jan 13, 2020}, {@code May 1st, 2019};
 *   <li>numbers: {@code 2017-03-02}, {@code 30-03-2017}, {@code 5-12-2014}, {@code 02.07.2015}
 *       (day first), {@code 05/28/2018} (month first unless the first number is over 12),
 *       {@code 2022年8月19日}; a hyphen may be U+2010 or U+2011;
 *   <li>then perhaps a time: {@code 18:49}, {@code 21:58:27}, {@code , 16:44}, {@code - 06:57},
 *       {@code 07:54 PM}, {@code 9.30 p.m.} (a dot only before am/pm), and a zone: {@code
 *       (GMT+3)}, {@code GMT+3}, {@code +03:00}, {@code EDT}.
 * </ul>
 *
 * Month names are any language's ({@link CalendarNames}). Only valid calendar dates between
 * 1900 and 2199 are found. A hand-written scanner rather than regular expressions: every date
 * has a year, so the scan goes from each year outwards, and text without four digits in a row
 * costs one pass. Stateless; thread-safe.
 */
final class Dates {

  /** A date found in a text: where it stands (time and zone included) and what it says. */
  record Found(int start, int end, Published published) {
    LocalDate date() {
      return published.date();
    }
  }

  /** A time read after a date: where it ends, and what it says. */
  private record Clock(int end, LocalTime time, ZoneOffset zone) {}

  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("EDT", -4 * 60), Map.entry("EST", -5 * 60), Map.entry("CDT", -5 * 60),
      Map.entry("CST", -6 * 60), Map.entry("PDT", -7 * 60), Map.entry("PST", -8 * 60),
      Map.entry("MSK", 3 * 60), Map.entry("GMT", 0), Map.entry("UTC", 0),
      Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 2 * 60),
      Map.entry("EET", 2 * 60), Map.entry("EEST", 3 * 60));
  private static final String[] YEAR_WORDS =
      {"года", "году", "год", "рік", "року", "р.", "г.", "г"};
  private static final String[] CLOCK_WORDS = {"at ", "в ", "um ", "à "};

  private Dates() {}

  /** Every date in {@code text}, in order, none overlapping. */
  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>(2);
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < length && isDigit(text.charAt(runEnd))) {
        runEnd++;
      }
      int next = runEnd;
      if (runEnd - i >= 4 && isYearStart(text, i) && (runEnd - i == 4 || runEnd - i <= 6
          && runEnd < length && text.charAt(runEnd) == ':')) {
        Found date = around(text, i, found.isEmpty() ? 0 : found.get(found.size() - 1).end());
        if (date != null) {
          found.add(date);
          next = Math.max(next, date.end());
        }
      }
      i = next;
    }
    return found;
  }

  /** The first date in {@code text}, or null. */
  static Found first(String text) {
    List<Found> all = find(text);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The last date in {@code text}, or null. */
  static Found last(String text) {
    List<Found> all = find(text);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /**
   * The time (and zone) of a text that holds only a time: {@code 18:49}, {@code 2:39 p.m. EDT},
   * {@code 18:49 (GMT+3)}; on {@code date}. Null when the text is anything else.
   */
  static Published timeAlone(LocalDate date, String text) {
    if (text.isEmpty() || text.length() > 24 || !isDigit(text.charAt(0))) {
      return null;
    }
    Clock clock = clock(text, 0);
    if (clock == null || clock.end() != text.length()) {
      return null;
    }
    return published(date, clock);
  }

  /** A valid calendar date, or null (day 31 of February, month 0, year 1042). */
  static LocalDate localDate(int year, int month, int day) {
    if (month < 1 || month > 12 || year < 1900 || year > 2199 || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * The date whose year starts at {@code y}, read outwards, starting no earlier than
   * {@code floor} (the end of the date before); or null.
   */
  private static Found around(String text, int y, int floor) {
    int year = number(text, y, y + 4);
    int yearEnd = y + 4;
    Found found = cjk(text, y, year);
    if (found == null) {
      found = yearFirst(text, y, year);
    }
    if (found == null) {
      found = numberedBefore(text, y, year, floor);
    }
    if (found == null) {
      found = wordsBefore(text, y, year, yearEnd, floor);
    }
    return found;
  }

  /** {@code 2022年8月19日}. */
  private static Found cjk(String text, int y, int year) {
    int i = skipSpaces(text, y + 4);
    if (i >= text.length() || text.charAt(i) != '年') {
      return null;
    }
    int monthStart = skipSpaces(text, i + 1);
    int monthEnd = digits(text, monthStart, 2);
    int m = skipSpaces(text, monthEnd);
    if (monthEnd == monthStart || m >= text.length() || text.charAt(m) != '月') {
      return null;
    }
    int dayStart = skipSpaces(text, m + 1);
    int dayEnd = digits(text, dayStart, 2);
    int d = skipSpaces(text, dayEnd);
    if (dayEnd == dayStart || d >= text.length() || text.charAt(d) != '日') {
      return null;
    }
    LocalDate date = localDate(year, number(text, monthStart, monthEnd),
        number(text, dayStart, dayEnd));
    return date == null ? null : withClock(text, y, d + 1, date);
  }

  /** {@code 2017-03-02}: year, month, day with hyphens. */
  private static Found yearFirst(String text, int y, int year) {
    int i = y + 4;
    if (i >= text.length() || !isHyphen(text.charAt(i))) {
      return null;
    }
    char separator = text.charAt(i);
    int monthEnd = digits(text, i + 1, 2);
    if (monthEnd == i + 1 || monthEnd >= text.length() || text.charAt(monthEnd) != separator) {
      return null;
    }
    int dayEnd = digits(text, monthEnd + 1, 2);
    if (dayEnd == monthEnd + 1 || dayEnd < text.length()
        && (isDigit(text.charAt(dayEnd)) || isHyphen(text.charAt(dayEnd)))) {
      return null;
    }
    LocalDate date = localDate(year, number(text, i + 1, monthEnd),
        number(text, monthEnd + 1, dayEnd));
    return date == null ? null : withClock(text, y, dayEnd, date);
  }

  /**
   * {@code 30-03-2017}, {@code 02.07.2015} (day first), {@code 05/28/2018} (month first unless
   * the first number is over 12).
   */
  private static Found numberedBefore(String text, int y, int year, int floor) {
    if (y < 4 || y + 4 < text.length() && (isDigit(text.charAt(y + 4))
        || text.charAt(y + 4) == '/' || isHyphen(text.charAt(y + 4))
        || text.charAt(y + 4) == '.' && y + 5 < text.length() && isDigit(text.charAt(y + 5)))) {
      return null;
    }
    char separator = text.charAt(y - 1);
    if (separator != '.' && separator != '/' && !isHyphen(separator)) {
      return null;
    }
    int secondStart = digitsBack(text, y - 1, 2, floor);
    if (secondStart == y - 1 || secondStart < 1 || text.charAt(secondStart - 1) != separator) {
      return null;
    }
    int firstStart = digitsBack(text, secondStart - 1, 2, floor);
    if (firstStart == secondStart - 1 || firstStart > 0
        && (isDigit(text.charAt(firstStart - 1)) || text.charAt(firstStart - 1) == '.'
        || text.charAt(firstStart - 1) == '/' || isHyphen(text.charAt(firstStart - 1)))) {
      return null;
    }
    int first = number(text, firstStart, secondStart - 1);
    int second = number(text, secondStart, y - 1);
    LocalDate date = separator == '/' && first <= 12 ? localDate(year, first, second)
        : localDate(year, second, first);
    return date == null ? null : withClock(text, firstStart, y + 4, date);
  }

  /**
   * {@code 2 March 2017}, {@code 07. Juni 2024}, {@code 5 de marzo de 2019}, {@code 24 февраля
   * 2019 года}, {@code March 2, 2017}, {@code May 1st, 2019}: words and a day before the year.
   */
  private static Found wordsBefore(String text, int y, int year, int yearEnd, int floor) {
    if (y > 0 && Character.isLetter(text.charAt(y - 1))) {
      return null;
    }
    int i = skipBack(text, y, floor, true);
    i = skipLinkWordBack(text, i, floor);
    if (i <= floor) {
      return null;
    }
    char before = text.charAt(i - 1);
    if (Character.isLetter(before)) {
      // day, month name, year
      int monthStart = lettersBack(text, i, floor);
      int month = CalendarNames.month(text.substring(monthStart, i));
      if (month == 0) {
        return ordinalMonthDayYear(text, monthStart, i, year, yearEnd, floor);
      }
      int j = skipLinkWordBack(text, skipBack(text, monthStart, floor, false), floor);
      int dayEnd = j;
      if (dayEnd > floor && text.charAt(dayEnd - 1) == '.') {
        dayEnd--;
      }
      dayEnd = ordinalSuffixBack(text, dayEnd, floor);
      int dayStart = digitsBack(text, dayEnd, 2, floor);
      if (dayStart == dayEnd || dayStart > 0
          && Character.isLetterOrDigit(text.charAt(dayStart - 1))) {
        return null;
      }
      LocalDate date = localDate(year, month, number(text, dayStart, dayEnd));
      if (date == null) {
        return null;
      }
      return withClock(text, dayStart, afterYearWord(text, yearEnd), date);
    }
    if (isDigit(before)) {
      // month name, day, year: the year follows a comma or spaces
      int dayStart = digitsBack(text, i, 2, floor);
      return monthDayYear(text, dayStart, i, year, yearEnd, floor);
    }
    return null;
  }

  /** {@code May 1st, 2019}: the letters before the year were an ordinal's. */
  private static Found ordinalMonthDayYear(String text, int lettersStart, int lettersEnd,
      int year, int yearEnd, int floor) {
    String suffix = text.substring(lettersStart, lettersEnd);
    if (!isOrdinal(suffix) || lettersStart <= floor || !isDigit(text.charAt(lettersStart - 1))) {
      return null;
    }
    int dayStart = digitsBack(text, lettersStart, 2, floor);
    return monthDayYear(text, dayStart, lettersStart, year, yearEnd, floor);
  }

  private static Found monthDayYear(String text, int dayStart, int dayEnd, int year, int yearEnd,
      int floor) {
    if (dayStart == dayEnd || dayStart <= floor || !Lines.isSpace(text.charAt(dayStart - 1))) {
      return null;
    }
    int j = skipBack(text, dayStart, floor, false);
    if (j > floor && text.charAt(j - 1) == '.') {
      j--;
    }
    int monthStart = lettersBack(text, j, floor);
    if (monthStart == j
        || monthStart > 0 && Character.isLetterOrDigit(text.charAt(monthStart - 1))) {
      return null;
    }
    int month = CalendarNames.month(text.substring(monthStart, j));
    if (yearEnd < text.length() && isDigit(text.charAt(yearEnd))
        && !(yearEnd + 2 < text.length() && text.indexOf(':', yearEnd) > 0
        && text.indexOf(':', yearEnd) <= yearEnd + 2)) {
      return null;
    }
    LocalDate date = month == 0 ? null : localDate(year, month, number(text, dayStart, dayEnd));
    return date == null ? null : withClock(text, monthStart, yearEnd, date);
  }

  /** The date from {@code start} to {@code end}, with the time printed after it when valid. */
  private static Found withClock(String text, int start, int end, LocalDate date) {
    Clock clock = clock(text, end);
    if (clock == null) {
      return new Found(start, end, Published.of(date));
    }
    return new Found(start, clock.end(), published(date, clock));
  }

  private static Published published(LocalDate date, Clock clock) {
    return clock.zone() == null ? Published.of(date, clock.time())
        : new Published(date, clock.time(), clock.zone());
  }

  /** After {@code года}, {@code г.}, {@code року}: the end of a year and its word. */
  private static int afterYearWord(String text, int yearEnd) {
    int i = skipSpaces(text, yearEnd);
    for (String word : YEAR_WORDS) {
      if (text.startsWith(word, i)) {
        int end = i + word.length();
        if (word.endsWith(".") || end == text.length() || !Character.isLetter(text.charAt(end))) {
          return end;
        }
      }
    }
    return yearEnd;
  }

  /**
   * The time printed at {@code from}: {@code 18:49}, {@code , 16:44}, {@code - 06:57},
   * {@code at 9.30 p.m.}, {@code 07:54 PM EDT}, {@code 18:49 (GMT+3)}; null when none is valid.
   */
  private static Clock clock(String text, int from) {
    int length = text.length();
    int i = from;
    while (i < length && (Lines.isSpace(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    if (i < length && "-–—|@".indexOf(text.charAt(i)) >= 0) {
      i = skipSpaces(text, i + 1);
    }
    for (String word : CLOCK_WORDS) {
      if (text.startsWith(word, i)) {
        i = skipSpaces(text, i + word.length());
        break;
      }
    }
    int hourEnd = digits(text, i, 2);
    if (hourEnd == i || hourEnd + 3 > length) {
      return null;
    }
    char separator = text.charAt(hourEnd);
    if (separator != ':' && separator != '.') {
      return null;
    }
    int minuteEnd = hourEnd + 1;
    if (minuteEnd + 2 > length || !isDigit(text.charAt(minuteEnd))
        || !isDigit(text.charAt(minuteEnd + 1))) {
      return null;
    }
    int hour = number(text, i, hourEnd);
    int minute = number(text, minuteEnd, minuteEnd + 2);
    int end = minuteEnd + 2;
    int second = 0;
    if (end + 3 <= length && text.charAt(end) == ':' && isDigit(text.charAt(end + 1))
        && isDigit(text.charAt(end + 2))) {
      second = number(text, end + 1, end + 3);
      end += 3;
    }
    if (end < length && (isDigit(text.charAt(end)) || text.charAt(end) == ':')) {
      return null;
    }
    int half = halfDay(text, end);
    if (half != 0) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (text.charAt(skipSpaces(text, end)) == 'p'
          || text.charAt(skipSpaces(text, end)) == 'P' ? 12 : 0);
      end = half;
    } else if (separator == '.') {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int[] zoneEnd = {end};
    ZoneOffset zone = zone(text, end, zoneEnd);
    return new Clock(zone == null ? end : zoneEnd[0], LocalTime.of(hour, minute, second), zone);
  }

  /** The end of {@code am}, {@code p.m.}, {@code PM} at {@code from} (spaces before), or 0. */
  private static int halfDay(String text, int from) {
    int i = skipSpaces(text, from);
    if (i >= text.length() || "aApP".indexOf(text.charAt(i)) < 0) {
      return 0;
    }
    int j = i + 1;
    if (j < text.length() && text.charAt(j) == '.') {
      j++;
    }
    if (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != 'm' && text.charAt(j) != 'M') {
      return 0;
    }
    j++;
    if (j < text.length() && Character.isLetter(text.charAt(j))) {
      return 0;
    }
    if (j < text.length() && text.charAt(j) == '.') {
      j++;
    }
    return j;
  }

  /**
   * The zone printed at {@code from}: {@code (GMT+3)}, {@code GMT+3}, {@code +03:00}, {@code
   * EDT}, {@code (MSK)}; its end in {@code end[0]}. Null when none.
   */
  private static ZoneOffset zone(String text, int from, int[] end) {
    int i = skipSpaces(text, from);
    boolean paren = i < text.length() && text.charAt(i) == '(';
    int j = paren ? skipSpaces(text, i + 1) : i;
    int nameEnd = j;
    while (nameEnd < text.length() && nameEnd - j < 4 && text.charAt(nameEnd) >= 'A'
        && text.charAt(nameEnd) <= 'Z') {
      nameEnd++;
    }
    String name = text.substring(j, nameEnd);
    boolean word = nameEnd == text.length() || !Character.isLetter(text.charAt(nameEnd));
    Integer named = word ? ZONES.get(name) : null;
    int k = skipSpaces(text, named != null ? nameEnd : j);
    if (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-'
        || text.charAt(k) == '\u2212')
        && (named != null && (name.equals("GMT") || name.equals("UTC") || name.equals("MSK"))
        || paren || named == null)) {
      int sign = text.charAt(k) == '+' ? 1 : -1;
      int hoursEnd = digits(text, k + 1, 2);
      if (hoursEnd == k + 1) {
        return null;
      }
      int hours = number(text, k + 1, hoursEnd);
      int minutes = 0;
      int e = hoursEnd;
      if (e < text.length() && text.charAt(e) == ':') {
        e++;
      }
      int minutesEnd = digits(text, e, 2);
      if (minutesEnd == e + 2) {
        minutes = number(text, e, minutesEnd);
        e = minutesEnd;
      } else {
        e = hoursEnd;
      }
      // A bare offset must be +HH:MM: "18:49 - 12 delegates" is no zone.
      if (named == null && !paren && (hoursEnd - k - 1 != 2 || e == hoursEnd)) {
        return null;
      }
      if (paren) {
        e = skipSpaces(text, e);
        if (e >= text.length() || text.charAt(e) != ')') {
          return null;
        }
        e++;
      }
      if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
        return null;
      }
      end[0] = e;
      return ZoneOffset.ofTotalSeconds((hours * 3600 + minutes * 60) * sign);
    }
    if (named == null) {
      return null;
    }
    int e = nameEnd;
    if (paren) {
      e = skipSpaces(text, e);
      if (e >= text.length() || text.charAt(e) != ')') {
        return null;
      }
      e++;
    }
    end[0] = e;
    return ZoneOffset.ofTotalSeconds(named * 60);
  }

  private static boolean isYearStart(String text, int i) {
    char a = text.charAt(i);
    char b = text.charAt(i + 1);
    return a == '1' && b == '9' || a == '2' && (b == '0' || b == '1');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isOrdinal(String s) {
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
  }

  /** The value of the digits in {@code text[from, to)}. */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + text.charAt(i) - '0';
    }
    return n;
  }

  /** The end of at most {@code most} digits from {@code from}; {@code from} when none. */
  private static int digits(String text, int from, int most) {
    int i = from;
    while (i < text.length() && i - from < most && isDigit(text.charAt(i))) {
      i++;
    }
    return i < text.length() && isDigit(text.charAt(i)) ? from : i;
  }

  /** The start of at most {@code most} digits ending at {@code end}; {@code end} when none. */
  private static int digitsBack(String text, int end, int most, int floor) {
    int i = end;
    while (i > floor && end - i < most && isDigit(text.charAt(i - 1))) {
      i--;
    }
    return i > floor && isDigit(text.charAt(i - 1)) ? end : i;
  }

  /** The start of the letters ending at {@code end}. */
  private static int lettersBack(String text, int end, int floor) {
    int i = end;
    while (i > floor && end - i < 12 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i > floor && Character.isLetter(text.charAt(i - 1)) ? end : i;
  }

  /** Before an ordinal's {@code st}, {@code nd}, {@code rd}, {@code th} ending at {@code end}. */
  private static int ordinalSuffixBack(String text, int end, int floor) {
    if (end - 2 > floor && isOrdinal(text.substring(end - 2, end))
        && isDigit(text.charAt(end - 3))) {
      return end - 2;
    }
    return end;
  }

  /** Back over spaces (and a comma and a dot when {@code comma}) before {@code end}. */
  private static int skipBack(String text, int end, int floor, boolean comma) {
    int i = end;
    while (i > floor && (Lines.isSpace(text.charAt(i - 1))
        || comma && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.'))) {
      i--;
    }
    return i;
  }

  /** Back over a linking word between date parts ({@code de}, {@code del}, {@code of}). */
  private static int skipLinkWordBack(String text, int end, int floor) {
    for (String word : new String[] {"de", "del", "of"}) {
      int start = end - word.length();
      if (start > floor && text.startsWith(word, start) && Lines.isSpace(text.charAt(start - 1))) {
        return skipBack(text, start, floor, false);
      }
    }
    return end;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Lines.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
