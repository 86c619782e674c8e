package org.verbatim.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns the sentences of two aligned turns, by length with anchors, in the manner of Gale and
 * Church (1993).
 *
 * <pre>{@code
 * SentenceAlignment s = new SentenceAligner().align(english.paragraphs(), russian.paragraphs());
 * s.links();   // [Link[left=[1], right=[1], confidence=0.97], Link[left=[2], right=[2, 3], …]]
 * }</pre>
 *
 * <p>The text is cut by {@link Sentences}. A pairing costs {@code -ln P(move) - ln P(|δ|)}, where
 * {@code δ} measures how far the right length is from the left length times the ratio of the two
 * texts' lengths, in units of the standard deviation Gale and Church found ({@code s² = 6.8}
 * characters per character), and {@code P(|δ|)} is the two-sided normal tail. Moves and their
 * prior probabilities: {@code 1–1} 0.89, {@code 1–2} and {@code 2–1} 0.045 each, {@code 1–0} and
 * {@code 0–1} 0.005 each. Numbers written in digits anchor: a pairing whose numbers disagree
 * costs more, one whose numbers agree costs less; so do capitalised names, compared by their
 * {@link Skeleton}; a question paired with a statement costs more.
 * Confidence is the normal tail at half of {@code δ}, lowered for disagreeing numbers and for
 * the rarer moves. Thread-safe: holds no state.
 */
public final class SentenceAligner {

  private static final double VARIANCE = 6.8;
  private static final double[] PRIOR = {0.89, 0.005, 0.005, 0.045, 0.045};
  private static final double[] MOVE_CONFIDENCE = {1, 0.5, 0.5, 0.85, 0.85};

  // Moves, as in TurnAligner: 1–1, 1–0, 0–1, 2–1, 1–2.
  private static final int[] LEFT_STEP = {1, 1, 0, 2, 1};
  private static final int[] RIGHT_STEP = {1, 0, 1, 1, 2};

  /**
   * Aligns the sentences of {@code left} with those of {@code right} (paragraphs of text),
   * expecting the right text to be as long as the left one times the ratio of their lengths.
   */
  public SentenceAlignment align(List<String> left, List<String> right) {
    return align(left, right, 0);
  }

  /**
   * Aligns the sentences of {@code left} with those of {@code right}, expecting the right text
   * to be {@code ratio} times as long as the left one ({@link TurnAlignment#ratio()}); 0 takes
   * the ratio of these two texts, which a sentence missing on one side skews.
   */
  public SentenceAlignment align(List<String> left, List<String> right, double ratio) {
    if (ratio < 0 || Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("A length ratio is positive, or 0 to measure it: "
          + ratio);
    }
    List<String> a = Sentences.of(left);
    List<String> b = Sentences.of(right);
    return new SentenceAlignment(a, b, alignSentences(a, b, ratio));
  }

  private static List<Link> alignSentences(List<String> a, List<String> b, double expected) {
    int n = a.size();
    int m = b.size();
    Unit[] left = units(a);
    Unit[] right = units(b);
    double ratio = expected > 0 ? expected : ratio(left, right);
    double[][] best = new double[n + 1][m + 1];
    int[][] move = new int[n + 1][m + 1];
    double[][] confidence = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        best[i][j] = Double.POSITIVE_INFINITY;
        for (int k = 0; k < PRIOR.length; k++) {
          int di = LEFT_STEP[k];
          int dj = RIGHT_STEP[k];
          if (i < di || j < dj || best[i - di][j - dj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          Unit x = Unit.join(left, i - di, i);
          Unit y = Unit.join(right, j - dj, j);
          boolean skip = di == 0 || dj == 0;
          double delta = skip ? 0 : delta(x.length, y.length, ratio);
          double cost = -Math.log(PRIOR[k]) - Math.log(Math.max(1e-12, tail(delta)))
              + anchors(x, y, di, dj);
          if (best[i - di][j - dj] + cost < best[i][j]) {
            best[i][j] = best[i - di][j - dj] + cost;
            move[i][j] = k;
            double agreement = skip || (x.numbers.isEmpty() && y.numbers.isEmpty())
                ? 1 : Features.overlap(x.numbers, y.numbers);
            confidence[i][j] = tail(delta / 2)
                * MOVE_CONFIDENCE[k] * (0.5 + 0.5 * agreement);
          }
        }
      }
    }
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = move[i][j];
      links.add(new Link(Link.span(i - LEFT_STEP[k] + 1, i), Link.span(j - RIGHT_STEP[k] + 1, j),
          confidence[i][j]));
      i -= LEFT_STEP[k];
      j -= RIGHT_STEP[k];
    }
    return links.reversed();
  }

  /** Numbers and question marks as anchors: a cost added to the length cost. */
  private static double anchors(Unit x, Unit y, int di, int dj) {
    if (di == 0 || dj == 0) {
      return x.numbers.isEmpty() && y.numbers.isEmpty() ? 0 : 2;
    }
    double cost = 0;
    if (!x.numbers.isEmpty() || !y.numbers.isEmpty()) {
      double agreement = Features.overlap(x.numbers, y.numbers);
      cost += agreement == 1 ? -1 : 5 * (1 - agreement);
    }
    if (!x.names.isEmpty() || !y.names.isEmpty()) {
      cost += 2 * (1 - Features.overlap(x.names, y.names));
    }
    if (x.question != y.question) {
      cost += 2;
    }
    return cost;
  }

  /** Gale and Church's δ: how many standard deviations the right length is from the expected. */
  private static double delta(int leftLength, int rightLength, double ratio) {
    if (leftLength == 0 && rightLength == 0) {
      return 0;
    }
    double mean = (leftLength + rightLength / ratio) / 2;
    return (rightLength - leftLength * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
  }

  /** The chance that a standard normal variable lies at least {@code |z|} from 0. */
  static double tail(double z) {
    return 2 * (1 - phi(Math.abs(z)));
  }

  /** The standard normal distribution function, after Abramowitz and Stegun 26.2.17. */
  private static double phi(double z) {
    double t = 1 / (1 + 0.2316419 * z);
    double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
        + t * (-1.821255978 + t * 1.330274429))));
    return 1 - density * poly;
  }

  private static double ratio(Unit[] left, Unit[] right) {
    long l = 0;
    long r = 0;
    for (Unit u : left) {
      l += u.length;
    }
    for (Unit u : right) {
      r += u.length;
    }
    return l == 0 || r == 0 ? 1 : r / (double) l;
  }

  private static Unit[] units(List<String> sentences) {
    Unit[] out = new Unit[sentences.size()];
    for (int k = 0; k < out.length; k++) {
      String s = sentences.get(k);
      Set<String> numbers = new HashSet<>();
      Features.numbers(s, numbers);
      Set<String> names = new HashSet<>();
      Features.names(s, names);
      out[k] = new Unit(s.length(), numbers, names, s.endsWith("?"));
    }
    return out;
  }

  /** A sentence, or two taken together, as the aligner measures it. */
  private record Unit(int length, Set<String> numbers, Set<String> names, boolean question) {

    /** Sentences {@code from..to-1} of {@code units} as one (none: an empty unit). */
    static Unit join(Unit[] units, int from, int to) {
      if (to - from == 1) {
        return units[from];
      }
      if (to == from) {
        return new Unit(0, Set.of(), Set.of(), false);
      }
      Set<String> numbers = new HashSet<>(units[from].numbers);
      numbers.addAll(units[to - 1].numbers);
      Set<String> names = new HashSet<>(units[from].names);
      names.addAll(units[to - 1].names);
      return new Unit(units[from].length + units[to - 1].length + 1, numbers, names,
          units[from].question || units[to - 1].question);
    }
  }
}
