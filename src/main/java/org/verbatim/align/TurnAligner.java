package org.verbatim.align;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Publication;

/**
 * Aligns the turns of two language versions of one publication.
 *
 * <pre>{@code
 * TurnAlignment alignment = new TurnAligner().align(english, russian);
 * alignment.turns();      // [Link[left=[1], right=[1], confidence=0.93], …]
 * alignment.doubtful();   // the links a reader should check
 * }</pre>
 *
 * <p>Where the structure agrees (as many turns on each side, the same role and no disagreeing
 * speaker at every position, and no pair far off in length) the turns are paired one to one.
 * Otherwise a monotone alignment is found by dynamic programming over five moves: {@code 1–1},
 * {@code 1–2} and {@code 2–1} (a turn split in one version), {@code 1–0} and {@code 0–1} (a turn
 * missing in one). The cost of pairing compares role, speaker (surnames compared by their
 * {@link Skeleton}, so {@code Ivan Lodygin} meets {@code И.П.Лодыгин}), length against the ratio
 * of the two versions' total lengths (a Russian text runs about 1.1 times the English), the
 * numbers written in digits, the capitalised names, and question and exclamation marks. Section
 * headings are paired through the turns that open them, so a heading printed in one version only
 * gets a link with an empty side. Thread-safe: holds no state.
 */
public final class TurnAligner {

  /** The cost of leaving a turn unpaired. */
  static final double MISSING = 2.5;
  /** The extra cost of pairing one turn with two. */
  static final double SPLIT = 0.8;
  /** Pairs above this cost send a structurally agreeing pair of versions to the full search. */
  private static final double DOUBTFUL_PAIR = 2.0;
  /** How fast confidence falls with cost: {@code exp(-cost / SCALE)}. */
  private static final double SCALE = 2.5;

  /** Aligns the turns and sections of {@code left} with those of {@code right}. */
  public TurnAlignment align(Publication left, Publication right) {
    List<Features> a = Features.of(left.turns());
    List<Features> b = Features.of(right.turns());
    List<Link> turns = turns(a, b);
    return new TurnAlignment(turns, Headings.align(left, right, turns), ratio(a, b));
  }

  /** The links between turns {@code a} and turns {@code b}. */
  static List<Link> turns(List<Features> a, List<Features> b) {
    double ratio = ratio(a, b);
    List<Link> oneToOne = agreeing(a, b, ratio);
    return oneToOne != null ? oneToOne : search(a, b, ratio);
  }

  /** One-to-one links when the structure agrees throughout, else null. */
  private static List<Link> agreeing(List<Features> a, List<Features> b, double ratio) {
    if (a.size() != b.size()) {
      return null;
    }
    List<Link> links = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      Features x = a.get(i);
      Features y = b.get(i);
      boolean speakersDiffer = x.speaker() != null && y.speaker() != null
          && !x.speaker().equals(y.speaker());
      double cost = cost(x, y, ratio);
      if (x.role() != y.role() || speakersDiffer || cost > DOUBTFUL_PAIR) {
        return null;
      }
      links.add(new Link(List.of(i + 1), List.of(i + 1), confidence(cost)));
    }
    return links;
  }

  private static List<Link> search(List<Features> a, List<Features> b, double ratio) {
    List<Features> leftPairs = pairs(a);
    List<Features> rightPairs = pairs(b);
    Monotone.Costs costs = new Monotone.Costs() {
      @Override
      public double oneOne(int i, int j) {
        return cost(a.get(i), b.get(j), ratio);
      }

      @Override
      public double oneZero(int i) {
        return MISSING;
      }

      @Override
      public double zeroOne(int j) {
        return MISSING;
      }

      @Override
      public double twoOne(int i, int j) {
        return SPLIT + cost(leftPairs.get(i), b.get(j), ratio);
      }

      @Override
      public double oneTwo(int i, int j) {
        return SPLIT + cost(a.get(i), rightPairs.get(j), ratio);
      }
    };
    return Monotone.align(a.size(), b.size(), costs).stream()
        .map(step -> new Link(step.left(), step.right(), confidence(step.cost())))
        .toList();
  }

  /** The cost of saying that {@code x} and {@code y} hold the same text: 0 for a perfect match. */
  static double cost(Features x, Features y, double ratio) {
    double cost = 0;
    if (x.role() == null || y.role() == null) {
      cost += 3;
    } else if (x.role() != y.role()) {
      cost += 2;
    }
    if (x.speaker() != null && y.speaker() != null && !x.speaker().equals(y.speaker())) {
      cost += x.speaker() == Features.MIXED || y.speaker() == Features.MIXED ? 3 : 1.5;
    }
    cost += 2 * Math.abs(Math.log((y.length() + 30.0) / (ratio * (x.length() + 30.0))));
    if (!x.numbers().isEmpty() || !y.numbers().isEmpty()) {
      cost += 1.5 * (1 - Features.overlap(x.numbers(), y.numbers()));
    }
    if (!x.names().isEmpty() || !y.names().isEmpty()) {
      cost += 0.8 * (1 - Features.overlap(x.names(), y.names()));
    }
    cost += (x.questions() > 0) != (y.questions() > 0) ? 0.5 : 0;
    cost += (x.shouts() > 0) != (y.shouts() > 0) ? 0.3 : 0;
    return cost;
  }

  static double confidence(double cost) {
    return Math.exp(-cost / SCALE);
  }

  /** Right length over left length, over the whole of both versions (1 when either is empty). */
  private static double ratio(List<Features> a, List<Features> b) {
    long left = a.stream().mapToLong(Features::length).sum();
    long right = b.stream().mapToLong(Features::length).sum();
    return left == 0 || right == 0 ? 1 : right / (double) left;
  }

  /** Each turn taken with the next: entry {@code k} is turns {@code k} and {@code k+1}. */
  private static List<Features> pairs(List<Features> turns) {
    List<Features> out = new ArrayList<>(Math.max(0, turns.size() - 1));
    for (int k = 0; k + 1 < turns.size(); k++) {
      out.add(turns.get(k).plus(turns.get(k + 1)));
    }
    return out;
  }
}
