package org.verbatim.web;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.search.TrendRequest;
import org.verbatim.search.Trends;

/**
 * The trends page: its form, and when queries were given, the chart's data (read by
 * {@code trends.js} from a data attribute: no inline script under the site's CSP) and the table.
 *
 * @param link    the page's parameters as given
 * @param request the trends asked for, or null before a query is given
 * @param result  their counts, or null
 * @param data    the counts as the API's JSON, for the chart; empty without a result
 */
record TrendsView(Link link, TrendRequest request, Trends.TrendResult result, String data) {

  /** The query fields of the form: those given, then empty ones up to the most allowed. */
  List<String> queryFields() {
    List<String> fields = new ArrayList<>(link.params().getOrDefault("q", List.of()));
    while (fields.size() < TrendRequest.MAX_QUERIES) {
      fields.add("");
    }
    return fields;
  }

  String param(String name) {
    return link.first(name);
  }

  /** The same counts from the API as CSV. */
  String csv() {
    return link.at("/api/v1/trends").set("format", "csv").toString();
  }

  /** The header row of the table. */
  List<String> columns() {
    return Trends.TrendResult.COLUMNS;
  }
}
