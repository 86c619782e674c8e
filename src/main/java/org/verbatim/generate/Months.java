package org.verbatim.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Month and weekday names as pages print them: English (full and short), Russian (genitive, and
 * nominative for archive lists), French, German, Spanish; and the clocks pages print.
 */
final class Months {

  private Months() {}

  static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");
  static final List<String> ENGLISH_SHORT = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  static final List<String> RUSSIAN = List.of("января", "февраля", "марта", "апреля", "мая",
      "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
  static final List<String> RUSSIAN_NOMINATIVE = List.of("Январь", "Февраль", "Март", "Апрель",
      "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь");
  static final List<String> FRENCH = List.of("janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  static final List<String> GERMAN = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
      "Juli", "August", "September", "Oktober", "November", "Dezember");
  static final List<String> SPANISH = List.of("enero", "febrero", "marzo", "abril", "mayo",
      "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday");

  static String name(List<String> names, LocalDate date) {
    return names.get(date.getMonthValue() - 1);
  }

  /** {@code February 24, 2019}. */
  static String englishLong(LocalDate date) {
    return name(ENGLISH, date) + " " + date.getDayOfMonth() + ", " + date.getYear();
  }

  /** {@code 24 февраля 2019 года}. */
  static String russianLong(LocalDate date) {
    return date.getDayOfMonth() + " " + name(RUSSIAN, date) + " " + date.getYear() + " года";
  }

  /** {@code Thursday}. */
  static String weekday(LocalDate date) {
    return WEEKDAYS.get(date.getDayOfWeek().getValue() - 1);
  }

  /** {@code 09:54}. */
  static String hhmm(LocalTime time) {
    return two(time.getHour()) + ":" + two(time.getMinute());
  }

  /** {@code 07}. */
  static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** The hour on a twelve-hour clock: 12 for noon and midnight. */
  static int twelveHour(LocalTime time) {
    int hour = time.getHour() % 12;
    return hour == 0 ? 12 : hour;
  }

  /** {@code p.m.} or {@code a.m.}. */
  static String meridiem(LocalTime time) {
    return time.getHour() < 12 ? "a.m." : "p.m.";
  }
}
