package org.verbatim.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;

/**
 * What the turn aligner compares of a publication, turn by turn, kept as short text so that a
 * store can record it once at ingest and compare two publications later without reading either:
 * each turn's role, speaker's surname skeleton, length, numbers, names and marks.
 *
 * <pre>{@code
 * String kept = Outline.of(english).text();                 // at ingest
 * double agree = Outline.parse(kept).agreement(Outline.of(russian));
 * }</pre>
 *
 * <p>The text is one line a turn, the fields separated by tabs: role code ({@code -} when
 * unknown), speaker skeleton ({@code -}), length, question marks, exclamation marks, then the
 * numbers and the name skeletons, each space-separated. Immutable; thread-safe.
 */
public final class Outline {

  private static final String NONE = "-";

  private final List<Features> turns;
  private final Set<String> numbers;
  private final Set<String> names;

  private Outline(List<Features> turns) {
    this.turns = List.copyOf(turns);
    Set<String> allNumbers = new HashSet<>();
    Set<String> allNames = new HashSet<>();
    for (Features t : turns) {
      allNumbers.addAll(t.numbers());
      allNames.addAll(t.names());
    }
    this.numbers = Set.copyOf(allNumbers);
    this.names = Set.copyOf(allNames);
  }

  /** The outline of {@code p}'s turns. */
  public static Outline of(Publication p) {
    return new Outline(Features.of(p.turns()));
  }

  /**
   * Reads an outline written by {@link #text()}.
   *
   * @throws IllegalArgumentException naming the line that is not an outline's
   */
  public static Outline parse(String text) {
    List<Features> turns = new ArrayList<>();
    if (text.isEmpty()) {
      return new Outline(turns);
    }
    for (String line : text.split("\n", -1)) {
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new IllegalArgumentException("Not a line of a turn outline (7 fields): '" + line
            + "'");
      }
      try {
        turns.add(new Features(f[0].equals(NONE) ? null : Role.ofCode(f[0]),
            f[1].equals(NONE) ? null : f[1], Integer.parseInt(f[2]), words(f[5]), words(f[6]),
            Integer.parseInt(f[3]), Integer.parseInt(f[4])));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a line of a turn outline (a count is not a"
            + " number): '" + line + "'", e);
      }
    }
    return new Outline(turns);
  }

  /** This outline as text, to be read by {@link #parse}. */
  public String text() {
    StringBuilder out = new StringBuilder(turns.size() * 24);
    for (Features t : turns) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(t.role() == null ? NONE : t.role().code()).append('\t')
          .append(t.speaker() == null ? NONE : t.speaker()).append('\t')
          .append(t.length()).append('\t').append(t.questions()).append('\t')
          .append(t.shouts()).append('\t');
      out.append(String.join(" ", t.numbers().stream().sorted().toList())).append('\t')
          .append(String.join(" ", t.names().stream().sorted().toList()));
    }
    return out.toString();
  }

  /** How many turns. */
  public int turns() {
    return turns.size();
  }

  /** Every number written in digits in the turns, without thousands separators. */
  public Set<String> numbers() {
    return numbers;
  }

  /** The skeletons of the capitalised names in the turns ({@link Skeleton}). */
  public Set<String> names() {
    return names;
  }

  /**
   * How well the turns of this outline and {@code other} align, from 0 to 1: the confidence of
   * each link of {@link TurnAligner}'s alignment, a turn in one version only counting 0, summed
   * over the turns of both and divided by their number. Two versions of one publication score
   * near 1; two publications that merely share a layout of questions and answers score lower.
   */
  public double agreement(Outline other) {
    int total = turns.size() + other.turns.size();
    if (total == 0) {
      return 0;
    }
    double sum = 0;
    for (Link link : TurnAligner.turns(turns, other.turns)) {
      if (!link.left().isEmpty() && !link.right().isEmpty()) {
        sum += link.confidence() * (link.left().size() + link.right().size());
      }
    }
    return sum / total;
  }

  /** Words matched on both sides over words on either, from 0 to 1 (0 when neither has any). */
  public static double overlap(Set<String> a, Set<String> b) {
    return Features.overlap(a, b);
  }

  private static Set<String> words(String field) {
    Set<String> out = new HashSet<>();
    for (String w : field.split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
