package org.verbatim.cite;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A {@link CitedWork} as a BibTeX {@code @misc} entry, with the biblatex fields {@code date},
 * {@code urldate} and {@code language} beside the classic ones, which BibTeX ignores:
 *
 * <pre>
 * &#64;misc{ID-v1-t2,
 *   author = {Ivan Petrov},
 *   title = {{Foreign Minister Ivan Petrov’s interview …, turn 2}},
 *   howpublished = {ministry.example},
 *   year = {2017}, month = mar, date = {2017-03-02},
 *   url = {https://…/p/ID/t/2?v=1&amp;h=5f2a9c1e}, urldate = {2026-12-03},
 *   …
 * }</pre>
 *
 * The title is in double braces, so that styles keep its capitals as printed.
 */
final class BibTeXWriter {

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};

  private BibTeXWriter() {}

  static String write(CitedWork work) {
    StringBuilder out = new StringBuilder("@misc{").append(work.key()).append(",\n");
    if (!work.authors().isEmpty()) {
      field(out, "author", work.authors().stream().map(BibTeXWriter::name)
          .collect(Collectors.joining(" and ")));
    }
    field(out, "title", "{" + escape(work.title()) + "}");
    if (work.site() != null) {
      field(out, "howpublished", escape(work.site()));
    }
    if (work.published() != null) {
      LocalDate day = work.published().date();
      field(out, "year", Integer.toString(day.getYear()));
      out.append("  month = ").append(MONTHS[day.getMonthValue() - 1]).append(",\n");
      field(out, "date", day.toString());
    }
    field(out, "url", work.url());
    field(out, "urldate", work.accessed().toString());
    if (work.language() != null) {
      field(out, "language", escape(work.language()));
    }
    field(out, "note", escape(capitalised(work.interview() ? "interview" : work.genre())));
    out.setLength(out.length() - 2); // the last field's comma
    return out.append("\n}").toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** A name kept whole when it holds the word {@code and}, which would split it in two. */
  private static String name(String name) {
    String escaped = escape(name);
    return (" " + name.toLowerCase(Locale.ROOT) + " ").contains(" and ") ? "{" + escaped + "}"
        : escaped;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** Text with LaTeX's special characters written as commands, braces included. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
