package org.verbatim.align;

import java.util.List;

/**
 * The sentences of two aligned turns (or of a turn and the two it was split into) and how they
 * correspond.
 *
 * @param left  the left sentences, in order; {@link Link} numbers count them from 1
 * @param right the right sentences, in order
 * @param links links between sentence numbers, in reading order
 */
public record SentenceAlignment(List<String> left, List<String> right, List<Link> links) {

  public SentenceAlignment {
    left = List.copyOf(left);
    right = List.copyOf(right);
    links = List.copyOf(links);
  }
}
