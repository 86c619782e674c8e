package org.verbatim.search;

import java.util.Objects;

/**
 * A concordance to read: the lines of {@code query} (Verbatim's query language, with
 * {@code filters} beside it), {@code width} characters of context on each side, in {@code sort}
 * order, one page of {@code pageSize} lines from {@code cursor} (null: the first page).
 */
public record KwicRequest(String query, Filters filters, KwicSort sort, int width, int pageSize,
    String cursor) {

  public static final int DEFAULT_WIDTH = 50;
  public static final int MAX_WIDTH = 500;
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 1000;

  public KwicRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "width must be between 1 and " + MAX_WIDTH + " characters: " + width);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
    }
  }

  /** The first page of {@code query}'s lines in date order, with the default width and size. */
  public static KwicRequest of(String query) {
    return new KwicRequest(query, Filters.NONE, KwicSort.DATE, DEFAULT_WIDTH, DEFAULT_PAGE_SIZE,
        null);
  }

  public KwicRequest withSort(KwicSort newSort) {
    return new KwicRequest(query, filters, newSort, width, pageSize, cursor);
  }

  public KwicRequest withWidth(int newWidth) {
    return new KwicRequest(query, filters, sort, newWidth, pageSize, cursor);
  }

  public KwicRequest withPageSize(int newPageSize) {
    return new KwicRequest(query, filters, sort, width, newPageSize, cursor);
  }

  public KwicRequest withFilters(Filters newFilters) {
    return new KwicRequest(query, newFilters, sort, width, pageSize, cursor);
  }

  /** The next page: this request continued at {@code nextCursor}. */
  public KwicRequest withCursor(String nextCursor) {
    return new KwicRequest(query, filters, sort, width, pageSize, nextCursor);
  }
}
