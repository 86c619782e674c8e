package org.verbatim.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Published;

/**
 * Finds the dates printed in a piece of text, with the time and zone printed after them:
 *
 * <ul>
 *   <li>day, month name, year: {@code 2 March 2017}, {@code 02 July 2015}, {@code 07. Juni 2024},
 *       {@code 24 февраля 2019 года}, {@code 11 февраля 2005 г.}, {@code 5 de marzo de 2019},
 *       glued to a time ({@code 2 March 201718:49});
 *   <li>month name, day, year: {@code March 2, 2017}, {@code Jan 13, 2020};
 *   <li>numbers: {@code 2017-03-02}, {@code 30-03-2017}, {@code 5-12-2014}, {@code 02.07.2015}
 *       (day first), {@code 05/28/2018} (month first unless the first number is over 12),
 *       {@code 2022年8月19日};
 *   <li>then perhaps a time: {@code 18:49}, {@code , 16:44}, {@code - 06:57}, {@code 07:54 PM},
 *       {@code 9.30 p.m.} (a dot only before am/pm), and a zone: {@code (GMT+3)}, {@code +03:00},
 *       {@code EDT}.
 * </ul>
 *
 * Month names are any language's ({@link CalendarNames}). Only valid calendar dates between
 * 1900 and 2199 are found. Stateless; thread-safe.
 */
final class Dates {

  /** A date found in a text: where it stands (time and zone included) and what it says. */
  record Found(int start, int end, Published published) {
    LocalDate date() {
      return published.date();
    }
  }

  private static final String TIME =
      "(?:[\\s,]*(?:[-–—|@]\\s*)?(?:at\\s+|в\\s+|um\\s+|à\\s+)?"
          + "(\\d{1,2})([:.])(\\d{2})(?::(\\d{2}))?(?![\\d:])(?:\\s*([aApP])\\.?\\s?[mM]\\b\\.?)?"
          + "(\\s*\\(\\s*(?:GMT|UTC|MSK)?\\s*[+\\-\u2212]\\d{1,2}(?::?\\d{2})?\\s*\\)"
          + "|\\s*(?:GMT|UTC|MSK)\\s*[+\\-\u2212]\\d{1,2}(?::?\\d{2})?"
          + "|\\s*[+\\-\u2212]\\d{2}:\\d{2}"
          + "|\\s*\\(?\\b(?:EDT|EST|CDT|CST|PDT|PST|MSK|GMT|UTC|BST|CEST|CET|EEST|EET)\\b\\)?)?)?";
  private static final Pattern ZONE_OFFSET =
      Pattern.compile("([+\\-\u2212])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern ZONE_NAME = Pattern.compile("[A-Z]{3,4}");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+|of\\s+)?(\\p{L}{3,12})\\.?,?"
          + "\\s*(?:de\\s+|del\\s+)?((?:19|20|21)\\d{2})"
          + "(?:\\s*(?:года|году|год|рік|року|р\\.|г\\.|г(?!\\p{L})))?" + TIME);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20|21)\\d{2})"
          + "(?!\\d{3})" + TIME);
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d./\\-\u2010\u2011])(\\d{1,4})([./\\-\u2010\u2011])(\\d{1,2})\\2(\\d{1,4})"
          + "(?![\\d/\\-\u2010\u2011]|\\.\\d)" + TIME);
  private static final Pattern CJK = Pattern.compile(
      "((?:19|20|21)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + TIME);
  private static final Pattern TIME_ALONE = Pattern.compile(TIME.substring(3, TIME.length() - 2));

  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("EDT", -4 * 60), Map.entry("EST", -5 * 60), Map.entry("CDT", -5 * 60),
      Map.entry("CST", -6 * 60), Map.entry("PDT", -7 * 60), Map.entry("PST", -8 * 60),
      Map.entry("MSK", 3 * 60), Map.entry("GMT", 0), Map.entry("UTC", 0),
      Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 2 * 60),
      Map.entry("EET", 2 * 60), Map.entry("EEST", 3 * 60));

  private Dates() {}

  /** Every date in {@code text}, in order, none overlapping. */
  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>(2);
    if (!mayHoldDate(text)) {
      return found;
    }
    collect(DAY_MONTH_YEAR.matcher(text), Form.DAY_MONTH_YEAR, found);
    collect(MONTH_DAY_YEAR.matcher(text), Form.MONTH_DAY_YEAR, found);
    collect(NUMERIC.matcher(text), Form.NUMERIC, found);
    if (text.indexOf('年') >= 0) {
      collect(CJK.matcher(text), Form.CJK, found);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
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
    if (text.isEmpty() || text.length() > 24 || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    Matcher m = TIME_ALONE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return withTime(date, m, 1);
  }

  private enum Form { DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, CJK }

  /** A cheap test: a date needs four digits in a row (its year). */
  private static boolean mayHoldDate(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static void collect(Matcher m, Form form, List<Found> found) {
    int from = 0;
    while (m.find(from)) {
      LocalDate date = date(m, form);
      if (date == null) {
        from = m.start() + 1;
        continue;
      }
      Published published = withTime(date, m, timeGroup(form));
      int end = published.time() == null ? dateEnd(m, form) : m.end();
      if (!overlaps(found, m.start(), end)) {
        found.add(new Found(m.start(), end, published));
      }
      from = m.end();
    }
  }

  private static int timeGroup(Form form) {
    return form == Form.NUMERIC ? 5 : 4;
  }

  /** Where the date ends when no valid time follows it: after a suffix such as {@code года}. */
  private static int dateEnd(Matcher m, Form form) {
    int hour = timeGroup(form);
    if (m.group(hour) == null) {
      return m.end();
    }
    return form == Form.NUMERIC ? m.end(4) : m.end(3);
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate date(Matcher m, Form form) {
    return switch (form) {
      case DAY_MONTH_YEAR -> localDate(Integer.parseInt(m.group(3)),
          CalendarNames.month(m.group(2)), Integer.parseInt(m.group(1)));
      case MONTH_DAY_YEAR -> localDate(Integer.parseInt(m.group(3)),
          CalendarNames.month(m.group(1)), Integer.parseInt(m.group(2)));
      case CJK -> localDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      case NUMERIC -> numeric(m.group(1), m.group(2).charAt(0), m.group(3), m.group(4));
    };
  }

  /** {@code 2017-03-02}, {@code 30-03-2017}, {@code 02.07.2015}, {@code 05/28/2018}. */
  private static LocalDate numeric(String a, char separator, String b, String c) {
    boolean dash = separator == '-' || separator == '\u2010' || separator == '\u2011';
    if (a.length() == 4 && c.length() <= 2 && dash) {
      return localDate(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
    }
    if (a.length() > 2 || c.length() != 4) {
      return null;
    }
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    int year = Integer.parseInt(c);
    if (separator == '/' && first <= 12) {
      return localDate(year, first, second);
    }
    return localDate(year, second, first);
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
   * The date with the time of groups {@code g..g+5} of {@code m} when they hold a valid one
   * (hour, separator, minute, second, am/pm, zone); the date alone otherwise.
   */
  private static Published withTime(LocalDate date, Matcher m, int g) {
    if (m.group(g) == null) {
      return Published.of(date);
    }
    int hour = Integer.parseInt(m.group(g));
    int minute = Integer.parseInt(m.group(g + 2));
    int second = m.group(g + 3) == null ? 0 : Integer.parseInt(m.group(g + 3));
    String half = m.group(g + 4);
    if (m.group(g + 1).equals(".") && half == null) {
      return Published.of(date);
    }
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Published.of(date);
      }
      boolean pm = half.equalsIgnoreCase("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Published.of(date);
    }
    LocalTime time = LocalTime.of(hour, minute, second);
    ZoneOffset zone = m.group(g + 5) == null ? null : zone(m.group(g + 5));
    return zone == null ? Published.of(date, time) : new Published(date, time, zone);
  }

  /** The offset a printed zone states ({@code (GMT+3)}, {@code +03:00}, {@code EDT}), or null. */
  private static ZoneOffset zone(String printed) {
    Matcher offset = ZONE_OFFSET.matcher(printed);
    if (!offset.find()) {
      Matcher name = ZONE_NAME.matcher(printed);
      Integer minutes = name.find() ? ZONES.get(name.group()) : null;
      return minutes == null ? null : ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    int hours = Integer.parseInt(offset.group(2));
    int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
    if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
      return null;
    }
    int seconds = (hours * 3600 + minutes * 60) * (offset.group(1).equals("+") ? 1 : -1);
    return ZoneOffset.ofTotalSeconds(seconds);
  }
}
