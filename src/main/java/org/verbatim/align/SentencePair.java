package org.verbatim.align;

import java.util.List;

/**
 * A sentence of one language version and its counterpart in another, as the exports write them.
 * Either side may hold two sentences joined by a space, where one version splits what the other
 * says in one ({@code 1–2}, {@code 2–1}).
 *
 * @param leftTurns  the turns (numbered from 1) of the left version the left text comes from
 * @param rightTurns the turns of the right version the right text comes from
 * @param speaker    who spoke, as the left version names them (the right version's name when the
 *                   left one has none); null when neither does
 * @param left       the left text
 * @param right      the right text
 * @param confidence the lower of the turn link's and the sentence link's confidence, in [0, 1]
 */
public record SentencePair(List<Integer> leftTurns, List<Integer> rightTurns, String speaker,
    String left, String right, double confidence) {

  public SentencePair {
    leftTurns = List.copyOf(leftTurns);
    rightTurns = List.copyOf(rightTurns);
  }
}
