package org.verbatim.search;

import java.util.List;

/**
 * One page of a concordance.
 *
 * @param turns      how many turns the query's words occur in (all of them, not this page's)
 * @param total      how many lines the whole concordance has: known when sorted by context
 *                   (every line was read to sort), null in date order
 * @param lines      this page's lines
 * @param nextCursor where the next page starts (give it as the request's cursor), or null after
 *                   the last
 */
public record KwicPage(long turns, Long total, List<KwicLine> lines, String nextCursor) {

  public KwicPage {
    lines = List.copyOf(lines);
  }
}
