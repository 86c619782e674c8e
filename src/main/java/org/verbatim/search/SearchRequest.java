package org.verbatim.search;

import java.util.Objects;

/**
 * What to search for and which page of results to return.
 *
 * @param query    the user's query in Verbatim's query language (see {@link Searcher}); blank
 *                 for every publication
 * @param filters  filters given beside the query
 * @param sort     the order of hits
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param cursor   where to continue: null for the first page, else the
 *                 {@link SearchResult#nextCursor()} of the previous page (with the same query,
 *                 filters and sort)
 */
public record SearchRequest(String query, Filters filters, Sort sort, int pageSize, String cursor) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
    }
  }

  /** The first page of {@code query}, by relevance, {@value #DEFAULT_PAGE_SIZE} hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, Sort.RELEVANCE, DEFAULT_PAGE_SIZE, null);
  }

  public SearchRequest withFilters(Filters newFilters) {
    return new SearchRequest(query, newFilters, sort, pageSize, cursor);
  }

  public SearchRequest withSort(Sort newSort) {
    return new SearchRequest(query, filters, newSort, pageSize, cursor);
  }

  public SearchRequest withPageSize(int newPageSize) {
    return new SearchRequest(query, filters, sort, newPageSize, cursor);
  }

  /** The next page: this request continued at {@code nextCursor}. */
  public SearchRequest withCursor(String nextCursor) {
    return new SearchRequest(query, filters, sort, pageSize, nextCursor);
  }
}
