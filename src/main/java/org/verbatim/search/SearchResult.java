package org.verbatim.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total      the exact number of publications that match
 * @param hits       this page's publications, in the order asked for
 * @param facets     counts over all matching publications (not only this page)
 * @param nextCursor the cursor for the next page, or null when this is the last
 */
public record SearchResult(long total, List<Hit> hits, Facets facets, String nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
