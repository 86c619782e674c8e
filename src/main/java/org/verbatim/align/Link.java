package org.verbatim.align;

import java.util.ArrayList;
import java.util.List;

/**
 * One link of an alignment: the items of the left version and those of the right version that
 * say the same thing, numbered from 1 as the archive numbers turns. One side is empty when the
 * other version lacks the item ({@code 1–0}, {@code 0–1}); it holds two items when a turn or a
 * sentence is split in one version.
 *
 * @param left       item numbers in the left version, ascending
 * @param right      item numbers in the right version, ascending
 * @param confidence how sure the aligner is, from 0 to 1
 */
public record Link(List<Integer> left, List<Integer> right, double confidence) {

  public Link {
    left = List.copyOf(left);
    right = List.copyOf(right);
    if (left.isEmpty() && right.isEmpty()) {
      throw new IllegalArgumentException("A link needs an item on at least one side");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("A confidence lies in [0, 1]: " + confidence);
    }
  }

  /** Whether this link pairs exactly these items, whatever its confidence. */
  public boolean pairs(List<Integer> leftItems, List<Integer> rightItems) {
    return left.equals(leftItems) && right.equals(rightItems);
  }

  /** The link's shape: {@code 1–1}, {@code 1–2}, {@code 0–1}… */
  public String shape() {
    return left.size() + "–" + right.size();
  }

  /** The numbers {@code from..to}, both included (none when {@code to < from}). */
  static List<Integer> span(int from, int to) {
    List<Integer> out = new ArrayList<>(2);
    for (int k = from; k <= to; k++) {
      out.add(k);
    }
    return out;
  }
}
