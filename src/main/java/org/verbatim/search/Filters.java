package org.verbatim.search;

import java.util.List;

/**
 * Filters given beside the query text (command-line options, form fields): the same as writing
 * {@code kind:interview} in the query, without the need to quote values. Several values of one
 * filter are alternatives; different filters must all hold. Values are checked like the query's.
 *
 * @param speakers  {@code speaker:} values
 * @param kinds     {@code kind:} values ({@code interview}, {@code press-release} …)
 * @param languages {@code lang:} values ({@code en}, {@code ru} …)
 * @param places    {@code place:} values
 * @param outlets   {@code outlet:} values
 * @param from      {@code from:} date (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param to        {@code to:} date, or null
 * @param in        {@code in:} values ({@code questions}, {@code answers}, {@code remarks})
 * @param abouts    {@code about:} values: people, countries, organisations… named in the text
 */
public record Filters(List<String> speakers, List<String> kinds, List<String> languages,
    List<String> places, List<String> outlets, String from, String to, List<String> in,
    List<String> abouts) {

  /** No filters. */
  public static final Filters NONE =
      new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
          List.of());

  public Filters {
    speakers = List.copyOf(speakers);
    kinds = List.copyOf(kinds);
    languages = List.copyOf(languages);
    places = List.copyOf(places);
    outlets = List.copyOf(outlets);
    in = List.copyOf(in);
    abouts = List.copyOf(abouts);
  }

  /** The same filters with these kinds. */
  public Filters withKinds(String... values) {
    return new Filters(speakers, List.of(values), languages, places, outlets, from, to, in,
        abouts);
  }

  /** The same filters with this date range; either end may be null. */
  public Filters withDates(String fromDate, String toDate) {
    return new Filters(speakers, kinds, languages, places, outlets, fromDate, toDate, in, abouts);
  }

  /** The filters as query nodes, one per filter name given. */
  List<Node> nodes() throws QueryException {
    List<Node> nodes = new java.util.ArrayList<>();
    add(nodes, FilterName.SPEAKER, speakers);
    add(nodes, FilterName.KIND, kinds);
    add(nodes, FilterName.LANG, languages);
    add(nodes, FilterName.PLACE, places);
    add(nodes, FilterName.OUTLET, outlets);
    if (from != null) {
      nodes.add(FilterName.FROM.of(from));
    }
    if (to != null) {
      nodes.add(FilterName.TO.of(to));
    }
    add(nodes, FilterName.IN, in);
    add(nodes, FilterName.ABOUT, abouts);
    return nodes;
  }

  private static void add(List<Node> nodes, FilterName name, List<String> values)
      throws QueryException {
    if (values.isEmpty()) {
      return;
    }
    List<Node> options = new java.util.ArrayList<>();
    for (String value : values) {
      options.add(name.of(value));
    }
    nodes.add(options.size() == 1 ? options.get(0) : new Node.Or(options));
  }
}
