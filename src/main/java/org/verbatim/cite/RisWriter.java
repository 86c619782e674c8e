package org.verbatim.cite;

import java.time.LocalDate;

/**
 * A {@link CitedWork} as one RIS record: a generic work ({@code TY  - GEN}) whose type of work
 * ({@code M3}) says speech or interview, its authors, title, site ({@code T2}), date as printed
 * ({@code DA}, with {@code PY}), address ({@code UR}) and day accessed ({@code Y2}). Lines end in
 * CR LF, as the format asks; values are on one line each (line breaks in a title become spaces).
 */
final class RisWriter {

  private RisWriter() {}

  static String write(CitedWork work) {
    StringBuilder out = new StringBuilder();
    tag(out, "TY", "GEN");
    tag(out, "ID", work.key());
    for (String author : work.authors()) {
      tag(out, "AU", author);
    }
    tag(out, "TI", work.title());
    if (work.site() != null) {
      tag(out, "T2", work.site());
    }
    if (work.published() != null) {
      LocalDate day = work.published().date();
      tag(out, "PY", Integer.toString(day.getYear()));
      tag(out, "DA", day(day));
    }
    tag(out, "M3", work.interview() ? "Interview" : "Speech");
    tag(out, "UR", work.url());
    tag(out, "Y2", day(work.accessed()));
    if (work.language() != null) {
      tag(out, "LA", work.language());
    }
    return out.append("ER  - ").toString();
  }

  private static void tag(StringBuilder out, String tag, String value) {
    out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
  }

  /** {@code 2017/03/02}, RIS's form of a date. */
  private static String day(LocalDate day) {
    return String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", day.getYear(),
        day.getMonthValue(), day.getDayOfMonth());
  }
}
