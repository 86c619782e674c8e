package org.verbatim.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.verbatim.model.Published;

/** Publication dates as people read them: {@code 24 February 2019, 08:00}. */
final class Dates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** The ISO form {@code 2019-02-24T08:00} in words, or "undated" for null. */
  static String human(String iso) {
    if (iso == null || iso.isBlank()) {
      return "undated";
    }
    Published p = Published.parse(iso);
    String out = p.date().format(DAY);
    if (p.time() != null) {
      out += ", " + p.time();
    }
    if (p.offset() != null) {
      out += " (UTC" + p.offset().getId() + ")";
    }
    return out;
  }
}
