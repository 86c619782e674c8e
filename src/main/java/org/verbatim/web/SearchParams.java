package org.verbatim.web;

import io.helidon.common.uri.UriQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.search.Filters;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Sort;

/**
 * The search parameters the page, the API and the feed share: {@code q}, the filters
 * {@code kind}, {@code speaker}, {@code lang}, {@code place}, {@code outlet}, {@code about} (each
 * may repeat),
 * {@code from}, {@code to}, {@code in} ({@code questions}, {@code answers}, {@code remarks}),
 * {@code sort} ({@code relevance}, {@code newest}, {@code oldest}), {@code cursor} and
 * {@code size}. Blank values (an empty form field) count as absent. Values are checked by the
 * searcher, which names a bad one.
 *
 * @param link    the parameters as given (blank ones dropped), for links that change one of them
 * @param request the search they ask for
 */
record SearchParams(Link link, SearchRequest request) {

  static final List<String> NAMES = List.of("q", "kind", "speaker", "lang", "place", "outlet",
      "from", "to", "in", "about", "sort", "cursor", "size");
  private static final List<String> SINGLE = List.of("q", "from", "to", "sort", "cursor", "size");

  /** Reads {@code query} for {@code path}; fails with a 400 naming a bad sort or size. */
  static SearchParams read(String path, UriQuery query) {
    return read(path, query, Sort.RELEVANCE);
  }

  static SearchParams read(String path, UriQuery query, Sort defaultSort) {
    Link link = Link.to(path);
    for (String name : NAMES) {
      List<String> values = query.all(name, List::of).stream().map(String::strip)
          .filter(v -> !v.isEmpty()).toList();
      if (SINGLE.contains(name) && values.size() > 1) {
        throw WebException.badRequest("The parameter '" + name + "' is given "
            + values.size() + " times; give it once");
      }
      for (String value : values) {
        link = link.with(name, value);
      }
    }
    return of(link, defaultSort);
  }

  /** The search a link's parameters ask for. */
  static SearchParams of(Link link, Sort defaultSort) {
    Filters filters = new Filters(all(link, "speaker"), all(link, "kind"), all(link, "lang"),
        all(link, "place"), all(link, "outlet"), blankToNull(link.first("from")),
        blankToNull(link.first("to")), all(link, "in"), all(link, "about"));
    Sort sort = defaultSort;
    if (!link.first("sort").isEmpty()) {
      try {
        sort = Sort.ofCode(link.first("sort"));
      } catch (IllegalArgumentException e) {
        throw WebException.badRequest(e.getMessage());
      }
    }
    int size = SearchRequest.DEFAULT_PAGE_SIZE;
    if (!link.first("size").isEmpty()) {
      size = size(link.first("size"));
    }
    return new SearchParams(link, new SearchRequest(link.first("q"), filters, sort, size,
        blankToNull(link.first("cursor"))));
  }

  /** The same search from its first page (no cursor): what facets and filters link to. */
  Link firstPage() {
    return link.set("cursor", null);
  }

  /** Whether anything narrows the search: words or a filter. */
  boolean narrowed() {
    return NAMES.stream().filter(n -> !List.of("sort", "cursor", "size").contains(n))
        .anyMatch(n -> link.params().containsKey(n));
  }

  private static int size(String text) {
    try {
      int size = Integer.parseInt(text);
      if (size >= 1 && size <= SearchRequest.MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // named below with the allowed range
    }
    throw WebException.badRequest(String.format(Locale.ROOT,
        "The parameter 'size' must be a number from 1 to %d: '%s'",
        SearchRequest.MAX_PAGE_SIZE, text));
  }

  private static List<String> all(Link link, String name) {
    return new ArrayList<>(link.params().getOrDefault(name, List.of()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
