package org.verbatim.generate;

import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance. {@link Random}'s algorithm is fixed by its specification,
 * so one seed gives the same page on every JDK.
 */
final class Dice {

  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  /** The seed of page {@code index} of a run seeded with {@code seed}: pages are independent. */
  static long pageSeed(long seed, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 1;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One of {@code items}, chosen with the given weights (same order, need not sum to 1). */
  <T> T weighted(List<T> items, double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < items.size(); i++) {
      x -= weights[i];
      if (x < 0) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }
}
