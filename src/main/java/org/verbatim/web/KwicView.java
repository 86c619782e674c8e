package org.verbatim.web;

import java.util.Arrays;
import java.util.List;
import org.verbatim.search.KwicLine;
import org.verbatim.search.KwicPage;
import org.verbatim.search.KwicRequest;
import org.verbatim.search.KwicSort;

/**
 * The concordance page: its form, and the lines of one page when a query was given.
 *
 * @param link    the page's parameters as given
 * @param request the concordance asked for
 * @param page    its lines, or null before a query is given
 */
record KwicView(Link link, KwicRequest request, KwicPage page) {

  /** The sort orders the form offers. */
  static final List<String> SORTS = Arrays.stream(KwicSort.values()).map(KwicSort::code).toList();

  /** The turn's permalink, at the version the index holds: {@code /p/ID/t/N?v=V}. */
  static String permalink(KwicLine line) {
    return "/p/" + Link.segment(line.publication()) + "/t/" + line.turn() + "?v=" + line.version();
  }

  /** The value of form field {@code name}, as given. */
  String param(String name) {
    return link.first(name);
  }

  /** What the page shows: how many turns and lines. */
  String showing() {
    if (page == null) {
      return "";
    }
    String turns = page.turns() == 1 ? "1 turn" : page.turns() + " turns";
    String lines = page.total() == null ? "" : ", " + page.total() + " lines";
    return "Found in " + turns + lines + "; showing " + page.lines().size() + " lines";
  }

  /** The next page's address, or null on the last. */
  String next() {
    return page == null || page.nextCursor() == null ? null
        : link.set("cursor", page.nextCursor()).toString();
  }

  /** The whole concordance as CSV. */
  String csv() {
    return link.at("/api/v1/kwic").set("cursor", null).set("size", null).set("format", "csv")
        .toString();
  }

  /** The date as shown: the day of {@code published} ({@code 2019-02-24}). */
  static String day(KwicLine line) {
    return line.published() == null ? "" : line.published().substring(0, Math.min(10,
        line.published().length()));
  }
}
