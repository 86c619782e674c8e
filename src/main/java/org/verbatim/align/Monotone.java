package org.verbatim.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The dynamic programming both turn aligners share: the cheapest monotone alignment of two
 * sequences under five moves, {@code 1–1}, {@code 1–0}, {@code 0–1}, {@code 2–1} and
 * {@code 1–2}, whose costs the caller gives. On equal cost the moves are preferred in that order.
 * Time and memory grow with the product of the two lengths. Thread-safe: holds no state.
 */
final class Monotone {

  private Monotone() {}

  /** What each move costs; indices count from 0. */
  interface Costs {
    /** Left item {@code i} with right item {@code j}. */
    double oneOne(int i, int j);

    /** Left item {@code i} in the right version's absence. */
    double oneZero(int i);

    /** Right item {@code j} in the left version's absence. */
    double zeroOne(int j);

    /** Left items {@code i} and {@code i + 1} together with right item {@code j}. */
    double twoOne(int i, int j);

    /** Left item {@code i} with right items {@code j} and {@code j + 1} together. */
    double oneTwo(int i, int j);
  }

  /**
   * One step of the alignment found.
   *
   * @param left  left item numbers, from 1
   * @param right right item numbers, from 1
   * @param cost  what the step cost
   */
  record Step(List<Integer> left, List<Integer> right, double cost) {}

  /** The moves, in the order preferred on equal cost, with the items each takes on each side. */
  private enum Move {
    ONE_ONE(1, 1), ONE_ZERO(1, 0), ZERO_ONE(0, 1), TWO_ONE(2, 1), ONE_TWO(1, 2);

    final int left;
    final int right;

    Move(int left, int right) {
      this.left = left;
      this.right = right;
    }

    /** The cost of this move from left item {@code i} and right item {@code j} on. */
    double cost(Costs costs, int i, int j) {
      return switch (this) {
        case ONE_ONE -> costs.oneOne(i, j);
        case ONE_ZERO -> costs.oneZero(i);
        case ZERO_ONE -> costs.zeroOne(j);
        case TWO_ONE -> costs.twoOne(i, j);
        case ONE_TWO -> costs.oneTwo(i, j);
      };
    }
  }

  private static final Move[] MOVES = Move.values();

  /** The cheapest alignment of {@code n} left items with {@code m} right items, in order. */
  static List<Step> align(int n, int m, Costs costs) {
    double[][] best = new double[n + 1][m + 1];
    double[][] step = new double[n + 1][m + 1];
    Move[][] move = new Move[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double cost = Double.POSITIVE_INFINITY;
        double here = 0;
        Move chosen = null;
        for (Move candidate : MOVES) {
          int from = i - candidate.left;
          int to = j - candidate.right;
          if (from < 0 || to < 0) {
            continue;
          }
          double c = candidate.cost(costs, from, to);
          if (best[from][to] + c < cost) {
            cost = best[from][to] + c;
            here = c;
            chosen = candidate;
          }
        }
        best[i][j] = cost;
        step[i][j] = here;
        move[i][j] = chosen;
      }
    }
    List<Step> steps = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      Move chosen = move[i][j];
      int di = chosen.left;
      int dj = chosen.right;
      steps.add(new Step(Link.span(i - di + 1, i), Link.span(j - dj + 1, j), step[i][j]));
      i -= di;
      j -= dj;
    }
    return steps.reversed();
  }
}
