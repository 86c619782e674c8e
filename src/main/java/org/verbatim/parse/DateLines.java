package org.verbatim.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Published;

/**
 * The date lines of a page header, read as printed:
 *
 * <ul>
 *   <li>{@code 2 March 201718:49}: day, month name, year and time glued (also with a space, a
 *       dot after the day, Spanish {@code de}, Russian {@code года});
 *   <li>{@code March 2, 2017} and {@code March 2, 2017 18:49};
 *   <li>{@code 2017-03-02 18:49};
 *   <li>a time alone ({@code 18:49}) and an id line {@code 412-02-03-2017} (number, day, month,
 *       year);
 *   <li>a crawl banner's clock line {@code Moscow: 00:12};
 *   <li>an archive month {@code January 2019}.
 * </ul>
 *
 * A time zone is kept only when printed: {@code 18:49 (GMT+3)}, {@code 18:49 +03:00}. Every
 * pattern is anchored and linear, and is tried only on short lines whose first character can
 * start a date.
 */
final class DateLines {

  /** Longest line worth trying: dates are short. */
  static final int MAX_LENGTH = 64;

  private static final String ZONE =
      "(?:\\s*\\(?(?:GMT|UTC)?\\s*([+\\-\u2212])(\\d{1,2})(?::?(\\d{2}))?\\)?)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:года|г\\.?))?"
          + "(?:,?\\s*(\\d{1,2}):(\\d{2}))?" + ZONE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s*(\\d{1,2}):(\\d{2}))?" + ZONE);
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\s*(\\d{1,2}):(\\d{2}))?" + ZONE);
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})" + ZONE);
  private static final Pattern ID = Pattern.compile("\\d{1,9}-(\\d{1,2})-(\\d{1,2})-(\\d{4})");
  private static final Pattern CLOCK =
      Pattern.compile("\\p{L}[\\p{L} .'’\\-]{0,40}:\\s*\\d{1,2}:\\d{2}");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\s+(\\d{4})");

  private DateLines() {}

  /**
   * The date (and time, and zone) {@code line} states when it is a whole date line in one of the
   * day-month-year, month-day-year or ISO forms; else null. {@code line} is already stripped.
   */
  static Published date(String line) {
    if (!worthTrying(line)) {
      return null;
    }
    char first = line.charAt(0);
    Matcher m;
    if (Character.isDigit(first)) {
      m = ISO.matcher(line);
      if (m.matches()) {
        return published(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), m, 4);
      }
      m = DAY_MONTH_YEAR.matcher(line);
      if (m.matches()) {
        return published(Integer.parseInt(m.group(3)), Months.number(m.group(2)),
            Integer.parseInt(m.group(1)), m, 4);
      }
      return null;
    }
    if (!Character.isLetter(first)) {
      return null;
    }
    m = MONTH_DAY_YEAR.matcher(line);
    if (m.matches()) {
      return published(Integer.parseInt(m.group(3)), Months.number(m.group(1)),
          Integer.parseInt(m.group(2)), m, 4);
    }
    return null;
  }

  /** A line holding only a time, {@code 18:49} or {@code 18:49 (GMT+3)}: the time, else null. */
  static Published timeOn(LocalDate date, String line) {
    if (!worthTrying(line) || !Character.isDigit(line.charAt(0))) {
      return null;
    }
    Matcher m = TIME.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return published(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), m, 1);
  }

  /** Whether {@code line} holds only a time. */
  static boolean isTime(String line) {
    return worthTrying(line) && Character.isDigit(line.charAt(0)) && TIME.matcher(line).matches()
        && timeOn(LocalDate.EPOCH, line) != null;
  }

  /** The date of an id line {@code 412-02-03-2017} (number, day, month, year), else null. */
  static LocalDate idDate(String line) {
    if (!worthTrying(line) || !Character.isDigit(line.charAt(0))) {
      return null;
    }
    Matcher m = ID.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return localDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(1)));
  }

  /** Whether {@code line} is a crawl banner's clock line, {@code Moscow: 00:12}. */
  static boolean isClock(String line) {
    return worthTrying(line) && Character.isLetter(line.charAt(0))
        && CLOCK.matcher(line).matches();
  }

  /** Whether {@code line} is an archive month, {@code January 2019} or {@code март 2017}. */
  static boolean isMonthOfYear(String line) {
    if (line.length() < 8 || line.length() > 16 || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    Matcher m = MONTH_YEAR.matcher(line);
    return m.matches() && Months.number(m.group(1)) > 0 && plausibleYear(m.group(2));
  }

  private static boolean worthTrying(String line) {
    return !line.isEmpty() && line.length() <= MAX_LENGTH;
  }

  private static boolean plausibleYear(String digits) {
    int year = Integer.parseInt(digits);
    return year >= 1900 && year <= 2199;
  }

  /** A valid calendar date, or null (day 31 of February, month 0, year 0042). */
  static LocalDate localDate(int year, int month, int day) {
    if (month < 1 || month > 12 || year < 1900 || year > 2199 || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static Published published(int year, int month, int day, Matcher m, int timeGroup) {
    LocalDate date = localDate(year, month, day);
    if (date == null) {
      return null;
    }
    if (m.group(timeGroup) == null) {
      return m.group(timeGroup + 2) != null ? null : Published.of(date);
    }
    int hour = Integer.parseInt(m.group(timeGroup));
    int minute = Integer.parseInt(m.group(timeGroup + 1));
    if (hour > 23 || minute > 59) {
      return null;
    }
    LocalTime time = LocalTime.of(hour, minute);
    String sign = m.group(timeGroup + 2);
    if (sign == null) {
      return Published.of(date, time);
    }
    int offsetHours = Integer.parseInt(m.group(timeGroup + 3));
    int offsetMinutes = m.group(timeGroup + 4) == null ? 0 : Integer.parseInt(m.group(timeGroup + 4));
    if (offsetHours > 18 || offsetMinutes > 59 || (offsetHours == 18 && offsetMinutes > 0)) {
      return null;
    }
    int seconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign.equals("+") ? 1 : -1);
    return new Published(date, time, ZoneOffset.ofTotalSeconds(seconds));
  }
}
