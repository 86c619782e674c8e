package org.verbatim.diff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of some turns of the earlier version in the later one.
 *
 * @param kind   what happened
 * @param before the turns' numbers in the earlier version (from 1, as {@code #t12} numbers them);
 *               empty for an inserted turn
 * @param after  their numbers in the later version; empty for a removed turn
 * @param pieces the word diff of their text (each turn's label, a colon and its paragraphs, the
 *               paragraphs and turns taken together separated by a blank line): one
 *               {@code SAME} piece for an unchanged turn, one {@code INSERTED} or {@code DELETED}
 *               piece for a turn on one side only
 */
public record TurnChange(Kind kind, List<Integer> before, List<Integer> after,
    List<Piece> pieces) {

  /** What happened to a turn between two versions. */
  public enum Kind {
    /** The same text, under the same number or another. */
    SAME,
    /** Its words (or its label) changed. */
    EDITED,
    /** Only in the later version. */
    INSERTED,
    /** Only in the earlier version. */
    REMOVED,
    /** One turn of the earlier version is two of the later. */
    SPLIT,
    /** Two turns of the earlier version are one of the later. */
    MERGED;

    /** The lower-case name used in JSON and text: {@code edited}, {@code split}… */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public TurnChange {
    Objects.requireNonNull(kind, "kind");
    before = List.copyOf(before);
    after = List.copyOf(after);
    pieces = List.copyOf(pieces);
  }

  /** Whether the text changed: anything but {@link Kind#SAME}. */
  public boolean changed() {
    return kind != Kind.SAME;
  }

  /**
   * A heading for this change, numbers of the later version first: {@code turn 3 (edited)},
   * {@code turn 13, was 12 (edited)}, {@code turn 7 (inserted)}, {@code turn 9 of version 1
   * (removed)}, {@code turns 4–5, were turn 4 (split)}, {@code turn 6, were turns 6–7 (merged)},
   * {@code turn 5, was 4 (same)}.
   *
   * @param from the earlier version's number
   */
  public String heading(int from) {
    return switch (kind) {
      case INSERTED -> "turn " + after.get(0) + " (inserted)";
      case REMOVED -> "turn " + before.get(0) + " of version " + from + " (removed)";
      case SPLIT -> "turns " + span(after) + ", were turn " + before.get(0) + " (split)";
      case MERGED -> "turn " + after.get(0) + ", were turns " + span(before) + " (merged)";
      case SAME, EDITED -> "turn " + after.get(0)
          + (inPlace() ? "" : ", was " + before.get(0)) + " (" + kind.code() + ")";
    };
  }

  static String span(List<Integer> numbers) {
    return numbers.get(0) + "–" + numbers.getLast();
  }

  /** Whether the turns kept their numbers (an edit in place, or no change at all). */
  public boolean inPlace() {
    return before.equals(after);
  }
}
