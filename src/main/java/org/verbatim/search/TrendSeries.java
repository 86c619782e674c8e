package org.verbatim.search;

import java.util.List;

/**
 * The counts of one query (and one split value) in every period of a {@link Trends} answer.
 *
 * @param query  the query as given
 * @param split  the speaker, role or language counted, {@value #NONE} for turns without one;
 *               null when not split
 * @param points one per period, in the answer's order
 */
public record TrendSeries(String query, String split, List<Point> points) {

  /** The split value of turns that have none (no speaker). */
  public static final String NONE = "(none)";

  public TrendSeries {
    points = List.copyOf(points);
  }

  /**
   * A period's counts.
   *
   * @param period      {@code 2019-02} or {@code 2019}
   * @param occurrences how many times the query's words occur in the turns it finds
   * @param turns       how many of those turns there are
   * @param words       the words of the corpus counted in: the turns of that period (and split
   *                    value) that the query's filters choose, whatever their words
   * @param perMillion  occurrences per million of those words (0 when there are none)
   */
  public record Point(String period, long occurrences, long turns, long words,
      double perMillion) {}
}
