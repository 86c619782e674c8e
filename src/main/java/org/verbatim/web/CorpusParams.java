package org.verbatim.web;

import io.helidon.common.uri.UriQuery;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.verbatim.search.Filters;
import org.verbatim.search.Sort;

/**
 * The parameters of the concordance and trends pages and APIs: the search's filters
 * ({@code kind}, {@code speaker}, {@code lang}, {@code place}, {@code outlet}, {@code from},
 * {@code to}, {@code in}, {@code about}, as {@link SearchParams} reads them), {@code q} and the
 * page's own ({@code sort}, {@code width}, {@code size}, {@code cursor}, {@code by},
 * {@code split}, {@code format}). Blank values count as absent.
 *
 * @param link    the parameters as given, for links that change one of them
 * @param filters the filters they ask for
 */
record CorpusParams(Link link, Filters filters) {

  private static final List<String> FILTERS = List.of("kind", "speaker", "lang", "place",
      "outlet", "from", "to", "in", "about");

  /**
   * Reads {@code query} for {@code path}: the filters, {@code q} (once, or up to
   * {@code maxQueries} times) and the {@code single} parameters, each at most once.
   */
  static CorpusParams read(String path, UriQuery query, int maxQueries, List<String> single) {
    Link link = Link.to(path);
    for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.concat(
        java.util.stream.Stream.of("q"), FILTERS.stream()), single.stream()).toList()) {
      List<String> values = query.all(name, List::of).stream().map(String::strip)
          .filter(v -> !v.isEmpty()).toList();
      boolean once = single.contains(name) || List.of("from", "to").contains(name)
          || (name.equals("q") && maxQueries == 1);
      if (once && values.size() > 1) {
        throw WebException.badRequest("The parameter '" + name + "' is given "
            + values.size() + " times; give it once");
      }
      if (name.equals("q") && values.size() > maxQueries) {
        throw WebException.badRequest("The parameter 'q' is given " + values.size()
            + " times; give 1 to " + maxQueries + " queries");
      }
      for (String value : values) {
        link = link.with(name, value);
      }
    }
    Link filtersOnly = Link.to(path);
    for (String name : FILTERS) {
      for (String value : link.params().getOrDefault(name, List.of())) {
        filtersOnly = filtersOnly.with(name, value);
      }
    }
    return new CorpusParams(link, SearchParams.of(filtersOnly, Sort.RELEVANCE).request()
        .filters());
  }

  /** The queries given ({@code q}), in order. */
  List<String> queries() {
    return link.params().getOrDefault("q", List.of());
  }

  /** The value of {@code name}, or {@code fallback} when absent. */
  String value(String name, String fallback) {
    String value = link.first(name);
    return value.isEmpty() ? fallback : value;
  }

  /** {@code name} read by {@code parse}; a value it refuses is a 400 with its message. */
  <T> T parsed(String name, String fallback, Function<String, T> parse) {
    try {
      return parse.apply(value(name, fallback));
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest(e.getMessage());
    }
  }

  /** A whole number from {@code min} to {@code max}, else a 400 naming the parameter. */
  int number(String name, int fallback, int min, int max) {
    String text = value(name, String.valueOf(fallback));
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below with the allowed range
    }
    throw WebException.badRequest(String.format(Locale.ROOT,
        "The parameter '%s' must be a number from %d to %d: '%s'", name, min, max, text));
  }

  /** Whether the answer is asked for as CSV ({@code format=csv}); json is the default. */
  boolean csv() {
    String format = value("format", "json");
    if (!List.of("json", "csv").contains(format)) {
      throw WebException.badRequest("The parameter 'format' must be json or csv: '" + format + "'");
    }
    return format.equals("csv");
  }
}
