package org.verbatim.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in the languages the pages are published in: English (with the usual abbreviations),
 * Russian (nominative and the genitive that dates use: {@code 2 марта}), French, German, Spanish.
 */
final class Months {

  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    names(1, "january", "jan", "январь", "января", "janvier", "januar", "jänner", "enero");
    names(2, "february", "feb", "февраль", "февраля", "février", "fevrier", "februar", "febrero");
    names(3, "march", "mar", "март", "марта", "mars", "märz", "maerz", "marzo");
    names(4, "april", "apr", "апрель", "апреля", "avril", "abril");
    names(5, "may", "май", "мая", "mai", "mayo");
    names(6, "june", "jun", "июнь", "июня", "juin", "juni", "junio");
    names(7, "july", "jul", "июль", "июля", "juillet", "juli", "julio");
    names(8, "august", "aug", "август", "августа", "août", "aout", "agosto");
    names(9, "september", "sep", "sept", "сентябрь", "сентября", "septembre", "septiembre",
        "setiembre");
    names(10, "october", "oct", "октябрь", "октября", "octobre", "oktober", "octubre");
    names(11, "november", "nov", "ноябрь", "ноября", "novembre", "noviembre");
    names(12, "december", "dec", "декабрь", "декабря", "décembre", "decembre", "dezember",
        "diciembre");
  }

  private Months() {}

  private static void names(int number, String... names) {
    for (String name : names) {
      NUMBERS.put(name, number);
    }
  }

  /** The month {@code name} means (1–12), in any case, or 0 when it is no month name. */
  static int number(String name) {
    if (name.length() < 3 || name.length() > 10) {
      return 0;
    }
    return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }
}
