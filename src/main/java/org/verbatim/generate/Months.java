package org.verbatim.generate;

import java.time.LocalDate;
import java.util.List;

/** Month names as pages print them: English, Russian (genitive), French, German, Spanish. */
final class Months {

  private Months() {}

  static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");
  static final List<String> RUSSIAN = List.of("января", "февраля", "марта", "апреля", "мая",
      "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
  static final List<String> FRENCH = List.of("janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  static final List<String> GERMAN = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
      "Juli", "August", "September", "Oktober", "November", "Dezember");
  static final List<String> SPANISH = List.of("enero", "febrero", "marzo", "abril", "mayo",
      "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");

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
}
