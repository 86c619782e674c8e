package org.verbatim.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.cite.CitationFormat;
import org.verbatim.cite.TurnHash;
import org.verbatim.model.Publication;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;
import org.verbatim.search.Related;
import org.verbatim.store.StoredPublication;

/**
 * What the publication page shows, worked out before the template runs.
 *
 * @param id          the archive id
 * @param version     the version shown
 * @param latest      the publication's latest version number
 * @param p           the publication as parsed
 * @param url         the page's absolute address, for citations
 * @param languages   the language switcher's entries, in the page's order
 * @param turns       the turns in reading order, numbered from 1
 * @param related     "Additional materials": its other language versions, from the store
 *                    (publications with similar content are a page of their own,
 *                    {@link #similarHref})
 * @param versions    its versions, what each changed, and where an earlier version's turns are
 * @param cite        its citations, and the metadata reference managers read
 */
record PublicationView(String id, int version, int latest, Publication p, String url,
    List<LanguageLink> languages, List<TurnView> turns, List<Related> related,
    VersionHistory versions, PageCitations cite) {

  /**
   * An entry of the language switcher.
   *
   * @param tag     the version as the page names it ({@code en-GB}), or the bare language
   * @param href    the archive's page of that version, or null when the archive lacks it
   * @param current whether it is the version shown
   */
  record LanguageLink(String tag, String href, boolean current) {

    /**
     * The side-by-side page of this version and the one shown, or null (the version shown, or
     * one the archive lacks). The switcher's links go through {@code /p/ID/version/LANG}, which
     * the page's script gives the turn read ({@code ?t=12}) to land on the aligned turn.
     */
    String compareHref() {
      return href == null || current ? null : href.replace("/version/", "/compare/");
    }
  }

  /**
   * A turn as laid out.
   *
   * @param number     its number from 1 in reading order ({@code id="t12"})
   * @param turn       the turn
   * @param paragraphs its paragraphs cut at editorial insertions
   * @param section    the section this turn opens, or null when it opens none
   * @param citation   the text to cite it by
   */
  record TurnView(int number, Turn turn, List<List<Segment>> paragraphs, Section section,
      String citation) {

    String role() {
      return turn.role().code();
    }
  }

  /**
   * @param site     the archive's public address, without a final {@code /}
   * @param accessed the day the page's citations say it was accessed
   */
  static PublicationView of(StoredPublication stored, List<Related> related,
      String site, VersionHistory versions, LocalDate accessed) {
    Publication p = stored.publication();
    String url = site + "/p/" + Link.segment(stored.id());
    return new PublicationView(stored.id(), stored.version(), stored.latestVersion(), p, url,
        languages(stored.id(), p, related), turns(p, url, stored.version()), related, versions,
        PageCitations.of(stored.id(), stored.version(), p, site, accessed));
  }

  /** The address of turn {@code number}'s citation in {@code format}. */
  String citeHref(CitationFormat format, int number) {
    return PageCitations.href(id, format, version, number);
  }

  /** The page of the changes this version made, or null for a first version. */
  String changesHref() {
    return version == 1 ? null
        : "/p/" + Link.segment(id) + "/changes?from=" + (version - 1) + "&to=" + version;
  }

  /** The path that follows turn {@code number} of this version to the latest. */
  String turnHref(int number) {
    return "/p/" + Link.segment(id) + "/t/" + number + "?v=" + version;
  }

  String title() {
    return p.title() == null ? "Untitled publication " + id : p.title();
  }

  String published() {
    return p.published() == null ? null : p.published().toString();
  }

  /** The page's original address when it is a web address, else null (never a script URL). */
  String originalUrl() {
    String url = p.source() == null ? null : p.source().url();
    if (url == null) {
      return null;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
  }

  /** The page of publications with similar content, which the script brings into this one. */
  String similarHref() {
    return "/p/" + Link.segment(id()) + "/similar";
  }

  private static List<LanguageLink> languages(String id, Publication p, List<Related> related) {
    Map<String, String> held = new LinkedHashMap<>();
    related.stream().filter(r -> r.reason() == Related.Reason.LANGUAGE_VERSION && r.language() != null)
        .forEach(r -> held.putIfAbsent(r.language(),
            "/p/" + Link.segment(id) + "/version/" + Link.segment(r.language())));
    List<LanguageLink> out = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (String tag : p.languageVersions()) {
      String language = VersionPair.primary(tag);
      named.add(language);
      boolean current = language.equals(p.language());
      out.add(new LanguageLink(tag, current ? "/p/" + Link.segment(id) : held.get(language), current));
    }
    if (out.isEmpty() && held.isEmpty()) {
      return out;
    }
    if (p.language() != null && !named.contains(p.language())) {
      out.add(0, new LanguageLink(p.language(), "/p/" + Link.segment(id), true));
    }
    held.forEach((language, href) -> {
      if (!named.contains(language)) {
        out.add(new LanguageLink(language, href, false));
      }
    });
    return out;
  }

  private static List<TurnView> turns(Publication p, String url, int version) {
    List<TurnView> out = new ArrayList<>(p.turns().size());
    Integer section = null;
    for (int i = 0; i < p.turns().size(); i++) {
      Turn turn = p.turns().get(i);
      Section opens = null;
      if (turn.section() != null && !turn.section().equals(section)) {
        section = turn.section();
        int n = section;
        opens = p.sections().stream().filter(s -> s.number() == n).findFirst().orElse(null);
      }
      List<List<Segment>> paragraphs = new ArrayList<>();
      for (int k = 0; k < turn.paragraphs().size(); k++) {
        paragraphs.add(Segment.of(turn.paragraphs().get(k), k, turn.editorial()));
      }
      out.add(new TurnView(i + 1, turn, paragraphs, opens, citation(p, turn, i + 1, url, version)));
    }
    return out;
  }

  /**
   * {@code Title, 24 February 2019, 08:00, Ivan Petrov, turn 12. https://…/p/ID/t/12?v=2&h=5f2a9c1e}:
   * the link names the version cited, so that it follows the turn when a later version moves it,
   * and the hash of the turn's words ({@link TurnHash}), so that it tells whether they changed.
   */
  private static String citation(Publication p, Turn turn, int number, String url,
      int version) {
    StringBuilder out = new StringBuilder();
    out.append('“').append(p.title() == null ? "Untitled" : p.title()).append("”, ");
    out.append(Dates.human(p.published() == null ? null : p.published().toString()));
    String who = turn.speaker() != null ? turn.speaker() : turn.label();
    if (who != null) {
      out.append(", ").append(who);
    }
    out.append(", turn ").append(number).append(". ").append(url).append("/t/").append(number)
        .append("?v=").append(version).append("&h=").append(TurnHash.of(turn));
    return out.toString();
  }
}
