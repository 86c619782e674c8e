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

  private enum Move { ONE_ONE, ONE_ZERO, ZERO_ONE, TWO_ONE, ONE_TWO }

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
        if (i > 0 && j > 0) {
          double c = costs.oneOne(i - 1, j - 1);
          if (best[i - 1][j - 1] + c < cost) {
            cost = best[i - 1][j - 1] + c;
            here = c;
            chosen = Move.ONE_ONE;
          }
        }
        if (i > 0) {
          double c = costs.oneZero(i - 1);
          if (best[i - 1][j] + c < cost) {
            cost = best[i - 1][j] + c;
            here = c;
            chosen = Move.ONE_ZERO;
          }
        }
        if (j > 0) {
          double c = costs.zeroOne(j - 1);
          if (best[i][j - 1] + c < cost) {
            cost = best[i][j - 1] + c;
            here = c;
            chosen = Move.ZERO_ONE;
          }
        }
        if (i > 1 && j > 0) {
          double c = costs.twoOne(i - 2, j - 1);
          if (best[i - 2][j - 1] + c < cost) {
            cost = best[i - 2][j - 1] + c;
            here = c;
            chosen = Move.TWO_ONE;
          }
        }
        if (i > 0 && j > 1) {
          double c = costs.oneTwo(i - 1, j - 2);
          if (best[i - 1][j - 2] + c < cost) {
            cost = best[i - 1][j - 2] + c;
            here = c;
            chosen = Move.ONE_TWO;
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
      int di = chosen == Move.ZERO_ONE ? 0 : chosen == Move.TWO_ONE ? 2 : 1;
      int dj = chosen == Move.ONE_ZERO ? 0 : chosen == Move.ONE_TWO ? 2 : 1;
      steps.add(new Step(Link.span(i - di + 1, i), Link.span(j - dj + 1, j), step[i][j]));
      i -= di;
      j -= dj;
    }
    return steps.reversed();
  }
}
