package org.verbatim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.verbatim.archive.SpeakerStats;
import org.verbatim.corpus.KeyTerm;
import org.verbatim.corpus.SpeakerReport;
import org.verbatim.search.QueryException;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/**
 * Speaker statistics: {@code /speakers?speaker=…} (any parameters of {@code /search}) as a page,
 * {@code /api/v1/speakers?…} as JSON: words, turns, answers by outlet and key terms of the set of
 * turns the search chooses ({@link SpeakerStats}); each key term links to its concordance.
 */
final class SpeakerRoutes {

  private final TranscriptStore store;
  private final Supplier<Searcher> searcher;
  private final Templates templates;

  SpeakerRoutes(TranscriptStore store, Supplier<Searcher> searcher, Templates templates) {
    this.store = store;
    this.searcher = searcher;
    this.templates = templates;
  }

  void define(HeadRoutes routes) {
    routes.get("/speakers", this::page).get("/api/v1/speakers", this::api);
  }

  private void page(ServerRequest req, ServerResponse res) {
    SpeakerView view = view(req, "/speakers");
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    Compression.send(req, res, templates.render("speakers.jte", "view", view));
  }

  private void api(ServerRequest req, ServerResponse res) {
    SpeakerView view = view(req, "/api/v1/speakers");
    SpeakerReport report = view.report();
    ObjectNode out = ApiJson.JSON.createObjectNode();
    out.put("query", report.query());
    out.put("publications", report.publications());
    out.put("turns", report.turns());
    out.put("words", report.words());
    out.put("answers", report.answers());
    ObjectNode outlets = out.putObject("answersByOutlet");
    for (Map.Entry<String, Long> outlet : report.byOutlet().entrySet()) {
      outlets.put(outlet.getKey(), outlet.getValue());
    }
    ArrayNode terms = out.putArray("keyTerms");
    for (KeyTerm term : report.keyTerms()) {
      terms.addObject().put("word", term.word()).put("term", term.term())
          .put("field", term.field()).put("inSet", term.inSet()).put("inRest", term.inRest())
          .put("g2", term.g2()).put("logRatio", term.logRatio()).put("kwic", view.kwic(term));
    }
    Routes.json(req, res, ApiJson.bytes(out));
  }

  private SpeakerView view(ServerRequest req, String path) {
    SearchParams params = SearchParams.read(path, req.query());
    if (params.request().query().isBlank() && !params.narrowed()) {
      throw WebException.badRequest("Say whose turns: give a speaker (speaker=…) or another "
          + "filter or query, as /speakers?speaker=Ivan+Petrov");
    }
    try {
      return new SpeakerView(params, new SpeakerStats(store, searcher.get())
          .report(params.request(), SpeakerStats.KEY_TERMS));
    } catch (QueryException e) {
      throw WebException.badRequest(e.getMessage());
    }
  }
}
