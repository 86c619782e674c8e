package org.verbatim.search;

import java.util.List;
import org.verbatim.model.Role;

/**
 * One occurrence of a query's words, with the text around it on one line (white space made
 * single, cut at word boundaries).
 *
 * @param publication the publication's id
 * @param version     the publication's version the index holds (for a permalink)
 * @param turn        the turn's number in the publication, from 1
 * @param title       the publication's title, or null
 * @param published   its printed date ({@code 2019-02-24T08:00}), or null
 * @param speaker     who spoke, or null
 * @param role        question, answer or remarks
 * @param language    the publication's language, or null
 * @param left        the text before the keyword, its end kept (a space when one was there)
 * @param keyword     the occurrence as printed
 * @param right       the text after the keyword, its start kept
 */
public record KwicLine(String publication, int version, int turn, String title,
    String published, String speaker, Role role, String language, String left, String keyword,
    String right) {

  /** The columns of a concordance as CSV, in {@link #fields()} order. */
  public static final List<String> COLUMNS = List.of("publication", "version", "turn", "published",
      "speaker", "role", "language", "left", "keyword", "right", "title");

  /** This line's values in {@link #COLUMNS} order; absent ones empty. */
  public List<String> fields() {
    return java.util.Arrays.asList(publication, String.valueOf(version), String.valueOf(turn),
        published, speaker, role == null ? null : role.code(), language, left, keyword, right,
        title);
  }
}
