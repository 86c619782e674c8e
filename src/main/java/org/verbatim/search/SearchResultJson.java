package org.verbatim.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a {@link SearchResult}, in one place for the command line's
 * {@code search --json} and the web API (which adds links of its own):
 * {@code {"total","hits":[{"id","version","title","published","kind","language",
 * "languageVersions","place","outlets","speakers","matchingTurns","turns":[{"number","label",
 * "speaker","role","section","snippet","versions":[{"language","id","turns","confidence",
 * "doubtful","snippet"}]}]}],"facets":{"kind":{"interview":12,…},…},"nextCursor"}}.
 * Snippets are HTML-escaped with {@code <mark>…</mark>} around the matches; a version's snippet is
 * null but with {@code also:}. Thread-safe.
 */
public final class SearchResultJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchResultJson() {}

  /** The whole result. */
  public static ObjectNode toTree(SearchResult result) {
    ObjectNode out = JSON.createObjectNode();
    out.put("total", result.total());
    ArrayNode hits = out.putArray("hits");
    for (Hit hit : result.hits()) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.id());
      h.put("version", hit.version());
      h.put("title", hit.title());
      h.put("published", hit.published());
      h.put("kind", hit.kind().code());
      h.put("language", hit.language());
      strings(h.putArray("languageVersions"), hit.languageVersions());
      h.put("place", hit.place());
      strings(h.putArray("outlets"), hit.outlets());
      strings(h.putArray("speakers"), hit.speakers());
      h.put("matchingTurns", hit.matchingTurns());
      ArrayNode turns = h.putArray("turns");
      for (TurnHit turn : hit.turns()) {
        ObjectNode t = turns.addObject().put("number", turn.number()).put("label", turn.label())
            .put("speaker", turn.speaker()).put("role", turn.role().code())
            .put("section", turn.section()).put("snippet", turn.snippet());
        ArrayNode versions = t.putArray("versions");
        for (VersionTurn version : turn.versions()) {
          ObjectNode v = versions.addObject().put("language", version.language())
              .put("id", version.id());
          version.turns().forEach(v.putArray("turns")::add);
          v.put("confidence", version.confidence()).put("doubtful", version.doubtful())
              .put("snippet", version.snippet());
        }
      }
    }
    out.set("facets", facets(result));
    out.put("nextCursor", result.nextCursor());
    return out;
  }

  /** The facets alone: {@code {"kind":{"interview":12,…},"speaker":{…},…}}. */
  public static ObjectNode facets(SearchResult result) {
    ObjectNode out = JSON.createObjectNode();
    for (Map.Entry<String, Map<String, Long>> facet : result.facets().asMap().entrySet()) {
      ObjectNode counts = out.putObject(facet.getKey());
      facet.getValue().forEach(counts::put);
    }
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
