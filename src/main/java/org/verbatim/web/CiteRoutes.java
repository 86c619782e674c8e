package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.verbatim.archive.VersionChanges;
import org.verbatim.cite.CitationFormat;
import org.verbatim.cite.Citations;
import org.verbatim.cite.CitedWork;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * The citation of a publication or of one turn, as text of the format's media type:
 * {@code /p/ID/cite?format=apa|chicago|mla|bibtex|ris|csl-json[&t=N][&v=V]}, and the same under
 * {@code /api/v1/publications/ID/cite}. Without {@code v}, the latest version is cited.
 */
final class CiteRoutes {

  private final TranscriptStore store;
  private final VersionChanges changes;
  private final Supplier<String> base;

  CiteRoutes(TranscriptStore store, VersionChanges changes, Supplier<String> base) {
    this.store = store;
    this.changes = changes;
    this.base = base;
  }

  void define(HeadRoutes routes) {
    routes.get("/p/{id}/cite", this::cite).get("/api/v1/publications/{id}/cite", this::cite);
  }

  private void cite(ServerRequest req, ServerResponse res) {
    String id = req.path().pathParameters().get("id");
    CitationFormat format = format(req);
    StoredPublication latest = store.publication(id).orElseThrow(
        () -> WebException.notFound("No publication with id '" + id + "' in the archive"));
    int version = req.query().contains("v")
        ? ChangeRoutes.number(req.query().get("v"), "version number, as parameter 'v'")
        : latest.version();
    StoredPublication stored = ChangeRoutes.found(() -> changes.version(latest.id(), version));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    CitedWork work;
    if (req.query().contains("t")) {
      int turn = ChangeRoutes.number(req.query().get("t"), "turn number, as parameter 't'");
      work = ChangeRoutes.found(() -> CitedWork.turn(stored.id(), version, stored.publication(),
          turn, base.get(), today));
    } else {
      work = CitedWork.publication(stored.id(), version, stored.publication(), base.get(), today);
    }
    res.header(HeaderNames.CONTENT_TYPE, format.mediaType() + "; charset=UTF-8");
    Compression.send(req, res,
        (Citations.format(format, work) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static CitationFormat format(ServerRequest req) {
    if (!req.query().contains("format")) {
      throw WebException.badRequest("The parameter 'format' is missing: "
          + CitationFormat.allowed());
    }
    try {
      return CitationFormat.ofCode(req.query().get("format"));
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest(e.getMessage());
    }
  }
}
