package org.verbatim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.verbatim.internal.Csv;
import org.verbatim.search.Concordance;
import org.verbatim.search.KwicLine;
import org.verbatim.search.KwicPage;
import org.verbatim.search.KwicRequest;
import org.verbatim.search.KwicSort;
import org.verbatim.search.QueryException;
import org.verbatim.search.Searcher;
import org.verbatim.search.TrendRequest;
import org.verbatim.search.TrendSeries;
import org.verbatim.search.Trends;

/**
 * The corpus tools: the concordance ({@code /kwic}, {@code /api/v1/kwic}) and trends
 * ({@code /trends}, {@code /api/v1/trends}). Both take the search's filters
 * ({@link CorpusParams}); the concordance's {@code q} is one query, the trends' one to
 * {@value TrendRequest#MAX_QUERIES}.
 */
final class CorpusRoutes {

  private static final List<String> KWIC_PARAMS = List.of("sort", "width", "size", "cursor",
      "format");
  private static final List<String> TREND_PARAMS = List.of("by", "split", "format");

  private final Supplier<Searcher> searcher;
  private final Templates templates;

  CorpusRoutes(Supplier<Searcher> searcher, Templates templates) {
    this.searcher = searcher;
    this.templates = templates;
  }

  void define(HeadRoutes routes) {
    routes.get("/kwic", Routes.h(this::kwicPage))
        .get("/api/v1/kwic", Routes.h(this::kwicApi))
        .get("/trends", Routes.h(this::trendsPage))
        .get("/api/v1/trends", Routes.h(this::trendsApi));
  }

  // ---- concordance

  private KwicRequest kwic(CorpusParams params) {
    return new KwicRequest(params.value("q", ""), params.filters(),
        params.parsed("sort", "date", KwicSort::ofCode),
        params.number("width", KwicRequest.DEFAULT_WIDTH, 1, KwicRequest.MAX_WIDTH),
        params.number("size", KwicRequest.DEFAULT_PAGE_SIZE, 1, KwicRequest.MAX_PAGE_SIZE),
        params.link().first("cursor").isEmpty() ? null : params.link().first("cursor"));
  }

  private void kwicPage(ServerRequest req, ServerResponse res) throws QueryException {
    CorpusParams params = CorpusParams.read("/kwic", req.query(), 1, KWIC_PARAMS);
    KwicRequest request = kwic(params);
    KwicPage page = request.query().isBlank() ? null
        : new Concordance(searcher.get()).page(request);
    html(req, res, "kwic.jte", new KwicView(params.link(), request, page));
  }

  /** JSON: one page; CSV ({@code format=csv}): every line (no page), in the order asked for. */
  private void kwicApi(ServerRequest req, ServerResponse res) throws QueryException {
    CorpusParams params = CorpusParams.read("/api/v1/kwic", req.query(), 1, KWIC_PARAMS);
    KwicRequest request = kwic(params);
    if (request.query().isBlank()) {
      throw WebException.badRequest("The parameter 'q' is missing: give the words to find");
    }
    Concordance concordance = new Concordance(searcher.get());
    if (params.csv()) {
      List<String> rows = new ArrayList<>();
      rows.add(Csv.row(KwicLine.COLUMNS));
      concordance.each(request, line -> rows.add(Csv.row(line.fields())));
      csv(req, res, "concordance.csv", String.join("", rows));
      return;
    }
    KwicPage page = concordance.page(request);
    ObjectNode out = ApiJson.JSON.createObjectNode();
    out.put("query", request.query());
    out.put("sort", request.sort().code());
    out.put("turns", page.turns());
    if (page.total() != null) {
      out.put("total", page.total());
    }
    ArrayNode lines = out.putArray("lines");
    for (KwicLine line : page.lines()) {
      ObjectNode l = lines.addObject();
      l.put("publication", line.publication());
      l.put("version", line.version());
      l.put("turn", line.turn());
      l.put("title", line.title());
      l.put("published", line.published());
      l.put("speaker", line.speaker());
      l.put("role", line.role() == null ? null : line.role().code());
      l.put("language", line.language());
      l.put("left", line.left());
      l.put("keyword", line.keyword());
      l.put("right", line.right());
      l.put("url", KwicView.permalink(line));
    }
    if (page.nextCursor() != null) {
      out.put("next", params.link().set("cursor", page.nextCursor()).toString());
    }
    Routes.json(req, res, ApiJson.bytes(out));
  }

  // ---- trends

  private TrendRequest trends(CorpusParams params) {
    List<String> queries = params.queries();
    if (queries.isEmpty()) {
      return null;
    }
    return new TrendRequest(queries, params.filters(),
        params.parsed("by", "month", TrendRequest.Period::ofCode),
        params.value("split", "").isEmpty() ? null
            : params.parsed("split", "", TrendRequest.Split::ofCode));
  }

  private void trendsPage(ServerRequest req, ServerResponse res) throws QueryException {
    CorpusParams params = CorpusParams.read("/trends", req.query(), TrendRequest.MAX_QUERIES,
        TREND_PARAMS);
    TrendRequest request = trends(params);
    Trends.TrendResult result = request == null ? null
        : new Trends(searcher.get()).count(request);
    html(req, res, "trends.jte", new TrendsView(params.link(), request, result,
        result == null ? "" : new String(ApiJson.bytes(json(request, result)),
            StandardCharsets.UTF_8)));
  }

  private void trendsApi(ServerRequest req, ServerResponse res) throws QueryException {
    CorpusParams params = CorpusParams.read("/api/v1/trends", req.query(),
        TrendRequest.MAX_QUERIES, TREND_PARAMS);
    TrendRequest request = trends(params);
    if (request == null) {
      throw WebException.badRequest("The parameter 'q' is missing: give 1 to "
          + TrendRequest.MAX_QUERIES + " queries to count");
    }
    Trends.TrendResult result = new Trends(searcher.get()).count(request);
    if (params.csv()) {
      StringBuilder out = new StringBuilder(Csv.row(Trends.TrendResult.COLUMNS));
      result.rows().forEach(row -> out.append(Csv.row(row)));
      csv(req, res, "trends.csv", out.toString());
      return;
    }
    Routes.json(req, res, ApiJson.bytes(json(request, result)));
  }

  /** The trends as the API gives them, and as the chart reads them. */
  static ObjectNode json(TrendRequest request, Trends.TrendResult result) {
    ObjectNode out = ApiJson.JSON.createObjectNode();
    out.put("by", request.by().code());
    if (request.split() != null) {
      out.put("split", request.split().code());
    }
    ArrayNode periods = out.putArray("periods");
    result.periods().forEach(periods::add);
    ArrayNode series = out.putArray("series");
    for (TrendSeries s : result.series()) {
      ObjectNode one = series.addObject();
      one.put("query", s.query());
      if (s.split() != null) {
        one.put("split", s.split());
      }
      ArrayNode occurrences = one.putArray("occurrences");
      ArrayNode turns = one.putArray("turns");
      ArrayNode words = one.putArray("words");
      ArrayNode perMillion = one.putArray("perMillion");
      for (TrendSeries.Point p : s.points()) {
        occurrences.add(p.occurrences());
        turns.add(p.turns());
        words.add(p.words());
        if (p.words() == 0) {
          perMillion.addNull(); // no rate without a corpus: a gap in the chart, not a zero
        } else {
          perMillion.add(Math.round(p.perMillion() * 100) / 100.0);
        }
      }
    }
    return out;
  }

  // ---- helpers

  private void html(ServerRequest req, ServerResponse res, String template, Object view) {
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    Compression.send(req, res, templates.render(template, "view", view));
  }

  private static void csv(ServerRequest req, ServerResponse res, String file, String body) {
    res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
    res.header(HeaderNames.create("Content-Disposition"), "inline; filename=\"" + file + "\"");
    Compression.send(req, res, body.getBytes(StandardCharsets.UTF_8));
  }
}
