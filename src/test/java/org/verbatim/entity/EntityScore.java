package org.verbatim.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of predicted mentions against gold ones, per entity type.
 *
 * <p>A mention is a {@link Spot}: the page, the turn and the text as printed. Gold and predicted
 * spots of one type on one page are compared as multisets, so a name printed twice in a turn must
 * be found twice. Not thread-safe: one instance collects one run.
 */
final class EntityScore {

  /** Where a mention is and what it says; offsets are checked elsewhere. */
  record Spot(String page, int turn, String text) {
    @Override
    public String toString() {
      return page + " t" + turn + " '" + text + "'";
    }
  }

  /** The counts of one type, and the measures they give. */
  record Row(int gold, int predicted, int matched) {

    /** Matched over predicted; 1 when nothing was predicted (no false hit was made). */
    double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    /** Matched over gold; 1 when there is no gold (nothing could be missed). */
    double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseHits = new ArrayList<>();

  /** Adds one page's gold and predicted mentions of one type. */
  void add(EntityType type, Collection<Spot> gold, Collection<Spot> predicted) {
    Map<Spot, Integer> left = new HashMap<>();
    for (Spot spot : gold) {
      left.merge(spot, 1, Integer::sum);
    }
    int matched = 0;
    for (Spot spot : predicted) {
      Integer n = left.get(spot);
      if (n != null && n > 0) {
        left.put(spot, n - 1);
        matched++;
      } else {
        falseHits.add(type.code() + " " + spot);
      }
    }
    for (Spot spot : gold) {
      Integer n = left.get(spot);
      if (n != null && n > 0) {
        left.put(spot, n - 1);
        misses.add(type.code() + " " + spot);
      }
    }
    int[] c = counts.computeIfAbsent(type, t -> new int[3]);
    c[0] += gold.size();
    c[1] += predicted.size();
    c[2] += matched;
  }

  Row row(EntityType type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return new Row(c[0], c[1], c[2]);
  }

  /** All types together (micro-averaged). */
  Row total() {
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    for (EntityType type : EntityType.values()) {
      Row r = row(type);
      gold += r.gold();
      predicted += r.predicted();
      matched += r.matched();
    }
    return new Row(gold, predicted, matched);
  }

  /** Gold mentions no prediction matched, in the order added. */
  List<String> misses() {
    return List.copyOf(misses);
  }

  /** Predicted mentions no gold mention matched, in the order added. */
  List<String> falseHits() {
    return List.copyOf(falseHits);
  }

  /** The types whose F1 is under {@code threshold}, with their F1. */
  List<String> under(double threshold) {
    List<String> under = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      if (row(type).f1() < threshold) {
        under.add(type.code() + " " + format(row(type).f1()));
      }
    }
    return under;
  }

  /** A plain-text table: one line per type and one for all types. */
  String table(String heading) {
    StringBuilder out = new StringBuilder(heading).append('\n');
    out.append(String.format(Locale.ROOT, "%-13s %6s %9s %7s %9s %6s %6s%n",
        "type", "gold", "predicted", "matched", "precision", "recall", "F1"));
    for (EntityType type : EntityType.values()) {
      line(out, type.code(), row(type));
    }
    line(out, "all", total());
    return out.toString();
  }

  private static void line(StringBuilder out, String name, Row r) {
    out.append(String.format(Locale.ROOT, "%-13s %6d %9d %7d %9s %6s %6s%n", name, r.gold(),
        r.predicted(), r.matched(), format(r.precision()), format(r.recall()), format(r.f1())));
  }

  private static String format(double measure) {
    return String.format(Locale.ROOT, "%.3f", measure);
  }
}
