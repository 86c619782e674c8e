package org.verbatim.search;

import java.util.List;
import org.verbatim.align.TurnAlignment;

/**
 * A hit's turn as another language version of its publication holds it: the turns the alignment
 * of the two versions links with it.
 *
 * @param language   the other version's language ({@code ru})
 * @param id         the other version's archive id
 * @param turns      its turns linked with the hit's turn, ascending (two when the turn is split
 *                   there)
 * @param confidence how sure the alignment is of that link, from 0 to 1
 * @param snippet    with {@code also:}, the passage of the matching turn of this version, its
 *                   words marked as in {@link TurnHit#snippet()}; null otherwise
 */
public record VersionTurn(String language, String id, List<Integer> turns, double confidence,
    String snippet) {

  public VersionTurn {
    turns = List.copyOf(turns);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("A version's turn needs a turn number");
    }
  }

  /** The first of {@link #turns()}: where a link to the other version lands. */
  public int turn() {
    return turns.get(0);
  }

  /** The snippet as plain text, as {@link TurnHit#plainSnippet} gives it; null when none. */
  public String plainSnippet(String markStart, String markEnd) {
    return snippet == null ? null : TurnHit.plain(snippet, markStart, markEnd);
  }

  /** Whether a reader should check the link: its confidence is low. */
  public boolean doubtful() {
    return confidence < TurnAlignment.LOW_CONFIDENCE;
  }
}
