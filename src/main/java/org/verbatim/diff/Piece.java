package org.verbatim.diff;

import java.util.Objects;

/**
 * A run of text in a word diff: kept in both versions, deleted from the earlier one, or inserted
 * in the later one. The {@code SAME} and {@code DELETED} pieces of a diff, in order, give the
 * earlier text exactly; the {@code SAME} and {@code INSERTED} pieces give the later one.
 *
 * @param op   what happened to the text
 * @param text the text, spaces, punctuation and paragraph breaks ({@code "\n\n"}) included
 */
public record Piece(Op op, String text) {

  /** What happened to a piece of text. */
  public enum Op {
    SAME, DELETED, INSERTED;

    /** The lower-case name used in JSON: {@code same}, {@code deleted}, {@code inserted}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Piece {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A piece of a diff holds some text");
    }
  }
}
