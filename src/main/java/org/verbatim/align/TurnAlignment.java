package org.verbatim.align;

import java.util.List;

/**
 * How the turns and the section headings of two versions correspond, in reading order.
 *
 * @param turns    links between turn numbers (from 1), in the order of both versions
 * @param sections links between section numbers (from 1); a heading printed in one version only
 *                 has an empty other side
 * @param ratio    the length of the right text over that of the left, over both versions whole:
 *                 give it to {@link SentenceAligner#align(List, List, double)}, a better guess
 *                 than the ratio of one pair of turns
 */
public record TurnAlignment(List<Link> turns, List<Link> sections, double ratio) {

  /** Below this, a link deserves a reader's look: it is marked, never hidden. */
  public static final double LOW_CONFIDENCE = 0.5;

  public TurnAlignment {
    turns = List.copyOf(turns);
    sections = List.copyOf(sections);
  }

  /** The turn links whose confidence is under {@link #LOW_CONFIDENCE}. */
  public List<Link> doubtful() {
    return turns.stream().filter(link -> link.confidence() < LOW_CONFIDENCE).toList();
  }
}
