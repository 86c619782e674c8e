package org.verbatim.search;

import java.util.List;
import org.verbatim.model.Role;

/**
 * A matching turn of a hit.
 *
 * @param number  the turn's number in its publication, from 1 in reading order
 * @param label   the label as printed ({@code Question}), or null for an unlabelled turn
 * @param speaker who spoke, or null
 * @param role    question, answer or remarks
 * @param section the briefing section it belongs to, or null
 * @param snippet the best passage of the turn as HTML-escaped text in which the query's words are
 *                wrapped in {@code <mark>…</mark>}; the turn's beginning when no word of it
 *                matched (a turn found by {@code speaker:} alone)
 * @param versions the same turn in the other language versions of the publication, by language
 *                (none when they lack it, or when the searcher knows no versions)
 */
public record TurnHit(int number, String label, String speaker, Role role, Integer section,
    String snippet, List<VersionTurn> versions) {

  public TurnHit {
    versions = List.copyOf(versions);
  }

  /** A turn hit whose other versions are not known (yet). */
  public TurnHit(int number, String label, String speaker, Role role, Integer section,
      String snippet) {
    this(number, label, speaker, role, section, snippet, List.of());
  }

  TurnHit withVersions(List<VersionTurn> newVersions) {
    return new TurnHit(number, label, speaker, role, section, snippet, newVersions);
  }

  /**
   * The snippet as plain text: {@code <mark>} and {@code </mark>} replaced by {@code markStart}
   * and {@code markEnd} (empty strings drop them), and the highlighter's HTML escapes undone, so
   * {@code "&lt;b&gt; <mark>Arctic</mark>"} with {@code «} and {@code »} is {@code "<b> «Arctic»"}.
   */
  public String plainSnippet(String markStart, String markEnd) {
    return plain(snippet, markStart, markEnd);
  }

  /** {@code snippet} as plain text, as {@link #plainSnippet} gives it. */
  static String plain(String snippet, String markStart, String markEnd) {
    String marked = snippet.replace("<mark>", markStart).replace("</mark>", markEnd);
    // The entities the highlighter's HTML encoder writes; &amp; last, so "&amp;lt;" stays "&lt;".
    return marked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
