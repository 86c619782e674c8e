package org.verbatim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.function.Supplier;
import org.verbatim.search.QueryException;
import org.verbatim.search.QuoteFinder;
import org.verbatim.search.QuoteJson;
import org.verbatim.search.QuoteMatch;
import org.verbatim.search.Searcher;

/**
 * The quote finder: the page {@code /quote?q=…} and the API {@code GET /api/v1/quote?q=…} or
 * {@code POST /api/v1/quote} with {@code {"quote":"…","lang":"en","limit":5}} (a long quote does
 * not fit in an address). A quote that matches nothing is said plainly: a page saying so, or
 * {@code "found": false} with no matches.
 */
final class QuoteRoutes {

  static final int DEFAULT_LIMIT = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<Searcher> searcher;
  private final Templates templates;

  /** What the quote page shows: the form's values and, once asked, what was found. */
  record View(String quote, String lang, int limit, boolean asked, List<QuoteMatch> matches) {}

  QuoteRoutes(Supplier<Searcher> searcher, Templates templates) {
    this.searcher = searcher;
    this.templates = templates;
  }

  void define(HeadRoutes routes, HttpRouting.Builder routing) {
    routes.get("/quote", this::page).get("/api/v1/quote", this::apiGet);
    routing.post("/api/v1/quote", this::apiPost);
  }

  private void page(ServerRequest req, ServerResponse res) {
    String quote = req.query().first("q").orElse("").strip();
    String lang = blankToNull(req.query().first("lang").orElse(null));
    int limit = limit(req.query().first("limit").orElse(null));
    List<QuoteMatch> found = quote.isEmpty() ? List.of() : find(quote, lang, limit);
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    Compression.send(req, res, templates.render("quote.jte", "view",
        new View(quote, lang == null ? "" : lang, limit, !quote.isEmpty(), found)));
  }

  private void apiGet(ServerRequest req, ServerResponse res) {
    String quote = req.query().first("q").orElseThrow(
        () -> WebException.badRequest("Give the quote as the parameter q: /api/v1/quote?q=…"));
    answer(req, res, quote, blankToNull(req.query().first("lang").orElse(null)),
        limit(req.query().first("limit").orElse(null)));
  }

  private void apiPost(ServerRequest req, ServerResponse res) {
    String body = req.content().as(String.class);
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw WebException.badRequest("The body is not JSON: " + e.getOriginalMessage()
          + "; send {\"quote\": \"…\"}");
    }
    if (tree == null || !tree.path("quote").isTextual()) {
      throw WebException.badRequest("The body needs \"quote\" as a string: {\"quote\": \"…\"}");
    }
    JsonNode limit = tree.path("limit");
    if (!limit.isMissingNode() && !limit.canConvertToInt()) {
      throw WebException.badRequest("\"limit\" must be a whole number from 1 to "
          + QuoteFinder.MAX_LIMIT + ": " + limit);
    }
    answer(req, res, tree.get("quote").asText(), blankToNull(tree.path("lang").asText(null)),
        limit.isMissingNode() ? DEFAULT_LIMIT : limit.asInt());
  }

  private void answer(ServerRequest req, ServerResponse res, String quote, String lang,
      int limit) {
    Routes.json(req, res, ApiJson.bytes(QuoteJson.toTree(quote, find(quote, lang, limit))));
  }

  private List<QuoteMatch> find(String quote, String lang, int limit) {
    try {
      return new QuoteFinder(searcher.get()).find(quote, lang, limit);
    } catch (QueryException e) {
      throw WebException.badRequest(e.getMessage());
    }
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw WebException.badRequest("Bad limit '" + text + "': give a whole number from 1 to "
          + QuoteFinder.MAX_LIMIT);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
