package org.verbatim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Quantiles and medians, computed the same way for every engine. */
final class Stats {

  private Stats() {}

  /** The nearest-rank quantile of {@code values} (need not be sorted); NaN when empty. */
  static double quantile(List<? extends Number> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values.size());
    values.forEach(v -> sorted.add(v.doubleValue()));
    Collections.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** The median of the repetitions' figures. */
  static double median(List<Double> values) {
    return quantile(values, 0.5);
  }
}
