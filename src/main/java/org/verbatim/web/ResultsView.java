package org.verbatim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.entity.EntityType;
import org.verbatim.model.Kind;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Hit;
import org.verbatim.search.VersionTurn;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Sort;

/**
 * What a list of publications shows: the search page, the browse pages and the speaker page.
 *
 * @param heading  the page's heading
 * @param search   the search page's own form shown (false on browse pages)
 * @param page     this page's link with its parameters, for paging
 * @param params   the search it shows, with any filter the path implies
 * @param result   the results
 * @param feed     the Atom feed that mirrors the list
 * @param speakerTurns on the speaker page, each hit's turns by that speaker; else empty
 */
record ResultsView(String heading, boolean search, Link page, SearchParams params,
    SearchResult result, Link feed, Map<String, List<SpeakerTurn>> speakerTurns) {

  /**
   * A turn of the speaker page: its number and its first words.
   */
  record SpeakerTurn(int number, String role, String text) {}

  /** A value of a facet: the link narrows the search to it (or widens it again when selected). */
  record FacetLink(String value, long count, String href, boolean selected) {}

  /** A facet: its title and values. */
  record FacetGroup(String title, List<FacetLink> values) {}

  static final List<String> KINDS = java.util.Arrays.stream(Kind.values()).map(Kind::code).toList();
  static final List<String> SORTS = java.util.Arrays.stream(Sort.values()).map(Sort::code).toList();

  String q() {
    return params.link().first("q");
  }

  String param(String name) {
    return params.link().first(name);
  }

  /** Whether a filter or the sort is set: the advanced settings panel then opens. */
  boolean advancedOpen() {
    return java.util.stream.Stream.of("kind", "speaker", "lang", "place", "outlet", "from", "to",
        "in", "sort").anyMatch(n -> !param(n).isEmpty());
  }

  /**
   * The export of every hit in {@code format} ({@code jsonl}, {@code csv}, {@code tei},
   * {@code manifest}): {@code /api/v1/export} with this search's query and filters.
   */
  String export(String format) {
    return params.firstPage().at("/api/v1/export").set("sort", null).set("size", null)
        .set("format", format).toString();
  }

  /** The statistics of this search's turns ({@code /speakers}), once it is narrowed. */
  String speakers() {
    return params.narrowed() ? params.firstPage().at("/speakers").set("sort", null)
        .set("size", null).toString() : null;
  }

  boolean has(String name, String value) {
    return params.link().has(name, value);
  }

  /** "Showing 1 result" or "Showing 1,234 results". */
  String showing() {
    long n = result.total();
    return String.format(java.util.Locale.ROOT, "Showing %,d result%s", n, n == 1 ? "" : "s");
  }

  String next() {
    return result.nextCursor() == null ? null : page.set("cursor", result.nextCursor()).toString();
  }

  String first() {
    return page.first("cursor").isEmpty() ? null : page.set("cursor", null).toString();
  }

  String href(Hit hit) {
    return "/p/" + Link.segment(hit.id());
  }

  String href(Hit hit, int turn) {
    return href(hit) + "#t" + turn;
  }

  /** The turn of another language version: {@code /p/OTHER#t12}. */
  String href(VersionTurn version) {
    return "/p/" + Link.segment(version.id()) + "#t" + version.turn();
  }

  /** How sure an alignment is of a link, as a reader reads it: {@code 42%}. */
  static String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  List<FacetGroup> facets() {
    Link base = params.firstPage().at("/search");
    List<FacetGroup> out = new ArrayList<>();
    out.add(group("Kind", "kind", result.facets().kind(), base));
    out.add(group("Speaker", "speaker", result.facets().speaker(), base));
    out.add(group("Language", "lang", result.facets().language(), base));
    List<FacetLink> years = new ArrayList<>();
    for (FacetCount year : result.facets().year()) {
      boolean selected = base.first("from").equals(year.value()) && base.first("to").equals(year.value());
      Link href = selected ? base.set("from", null).set("to", null)
          : base.set("from", year.value()).set("to", year.value());
      years.add(new FacetLink(year.value(), year.count(), href.toString(), selected));
    }
    out.add(new FacetGroup("Year", years));
    out.add(group("Place", "place", result.facets().place(), base));
    out.add(group("Outlet", "outlet", result.facets().outlet(), base));
    for (EntityType type : EntityType.values()) {
      out.add(group(ABOUT_TITLES.get(type), "about", result.facets().about(type), base));
    }
    return out.stream().filter(g -> !g.values().isEmpty()).toList();
  }

  /** The facet groups of what the publications name, by entity type. */
  private static final Map<EntityType, String> ABOUT_TITLES = Map.of(
      EntityType.PERSON, "People named", EntityType.COUNTRY, "Countries named",
      EntityType.ORGANIZATION, "Organisations named", EntityType.PLACE, "Places named",
      EntityType.DOCUMENT, "Documents named", EntityType.EVENT, "Events named",
      EntityType.GROUP, "Groups named", EntityType.OUTLET, "Outlets named");

  private static FacetGroup group(String title, String param, List<FacetCount> counts, Link base) {
    List<FacetLink> values = new ArrayList<>();
    for (FacetCount c : counts) {
      boolean selected = base.has(param, c.value());
      Link href = selected ? base.without(param, c.value()) : base.with(param, c.value());
      values.add(new FacetLink(c.value(), c.count(), href.toString(), selected));
    }
    return new FacetGroup(title, values);
  }
}
