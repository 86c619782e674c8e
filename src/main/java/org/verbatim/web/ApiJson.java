package org.verbatim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.verbatim.entity.EntityType;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognizer;
import org.verbatim.search.EntityReport;
import org.verbatim.search.Related;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchResultJson;
import org.verbatim.store.PostTerm;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredPublicationJson;
import org.verbatim.store.StoredVersion;

/** The JSON API's bodies, in the shapes {@code /api/openapi.json} describes. */
final class ApiJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private ApiJson() {}

  /**
   * The parser's shape of the publication plus {@code id}, {@code version}, {@code versions},
   * and what recognition finds in it, knowing the people the archive knows: {@code entities} and
   * each participant's {@code entity}.
   */
  static ObjectNode publication(StoredPublication shown, List<StoredVersion> history,
      KnownPeople known) {
    return StoredPublicationJson.toTree(shown,
        Recognizer.standard().analyse(shown.publication(), known), history);
  }

  /**
   * An entity's report: {@code {"id","type","name","publications","turnsSpoken","posts":[…],"byMonth":{…},
   * "namedWith":{"country":{…},…},"spoken":[…],"mentions":[…]}}, each turn with its {@code url}.
   */
  static ObjectNode entity(EntityView view) {
    EntityReport report = view.report();
    ObjectNode out = JSON.createObjectNode();
    out.put("id", report.id());
    out.put("type", report.type().code());
    out.put("name", report.name());
    out.put("url", "/entity/" + Link.segment(report.id()));
    out.put("publications", report.publications());
    out.put("turnsSpoken", report.turnsSpoken());
    if (report.type() == EntityType.PERSON) {
      ArrayNode posts = out.putArray("posts");
      for (PostTerm term : view.posts()) {
        posts.addObject().put("post", term.post()).put("first", term.first())
            .put("last", term.last()).put("publications", term.publications());
      }
    }
    ObjectNode months = out.putObject("byMonth");
    report.byMonth().forEach(c -> months.put(c.value(), c.count()));
    ObjectNode with = out.putObject("namedWith");
    report.namedWith().forEach((type, counts) -> {
      ObjectNode byName = with.putObject(type.code());
      counts.forEach(c -> byName.put(c.value(), c.count()));
    });
    turns(out.putArray("spoken"), report.spoken());
    turns(out.putArray("mentions"), report.mentions());
    return out;
  }

  private static void turns(ArrayNode out, List<EntityReport.TurnRef> turns) {
    for (EntityReport.TurnRef turn : turns) {
      out.addObject()
          .put("publication", turn.publication())
          .put("title", turn.title())
          .put("published", turn.published())
          .put("number", turn.number())
          .put("speaker", turn.speaker())
          .put("text", turn.text())
          .put("url", "/p/" + Link.segment(turn.publication()) + "#t" + turn.number());
    }
  }

  /**
   * The searcher's JSON ({@link SearchResultJson}) with links: each hit's, turn's and turn's
   * other version's {@code url} and the {@code next} page's path.
   */
  static ObjectNode search(SearchResult result, Link page) {
    ObjectNode out = SearchResultJson.toTree(result);
    for (JsonNode hit : out.withArray("hits")) {
      String url = "/p/" + Link.segment(hit.get("id").asText());
      ((ObjectNode) hit).put("url", url);
      for (JsonNode turn : hit.withArray("turns")) {
        ((ObjectNode) turn).put("url", url + "#t" + turn.get("number").asInt());
        for (JsonNode version : turn.withArray("versions")) {
          ((ObjectNode) version).put("url", "/p/" + Link.segment(version.get("id").asText())
              + "#t" + version.get("turns").get(0).asInt());
        }
      }
    }
    out.put("next", result.nextCursor() == null ? null
        : page.set("cursor", result.nextCursor()).toString());
    return out;
  }

  static ObjectNode facets(SearchResult result) {
    return SearchResultJson.facets(result);
  }

  static ObjectNode related(String id, List<Related> related) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    ArrayNode list = out.putArray("related");
    for (Related r : related) {
      list.addObject().put("id", r.id()).put("title", r.title()).put("published", r.published())
          .put("kind", r.kind().code()).put("language", r.language())
          .put("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .put("why", r.why()).put("url", "/p/" + Link.segment(r.id()));
    }
    return out;
  }

  /** An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}. */
  static ObjectNode problem(int status, String title, String detail, String instance) {
    ObjectNode out = JSON.createObjectNode();
    out.put("type", "about:blank");
    out.put("title", title);
    out.put("status", status);
    out.put("detail", detail);
    out.put("instance", instance);
    return out;
  }

  static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
    }
  }
}
