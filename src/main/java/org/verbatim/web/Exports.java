package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Supplier;
import org.verbatim.align.ParallelFormat;
import org.verbatim.align.ParallelWriter;
import org.verbatim.align.VersionPair;
import org.verbatim.archive.CorpusExport;
import org.verbatim.archive.ParallelExport;
import org.verbatim.corpus.CorpusFormat;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/**
 * The parallel text exports, as downloads streamed while they are written:
 * {@code /api/v1/publications/{id}/tmx?lang=ru} (and {@code /tsv}), a publication with its
 * version in another language; {@code /api/v1/search/tmx?q=…&target=ru} (and {@code /tsv}),
 * every hit of a search (the parameters of {@code /api/v1/search}; {@code size}, the hits read per
 * page, defaults to the most) that has a version in the target language; and
 * {@code /api/v1/export?q=…&format=jsonl|csv|tei|tmx|tsv|manifest}, every publication a search
 * matches (the filters of {@code /api/v1/search}), streamed without a cap ({@link CorpusExport}),
 * or its manifest alone (a CSV export's manifest, which the CSV cannot carry).
 */
final class Exports {

  private final TranscriptStore store;
  private final ParallelExport export;
  private final Supplier<Searcher> searcher;

  Exports(TranscriptStore store, Supplier<Searcher> searcher) {
    this.store = store;
    this.export = new ParallelExport(store);
    this.searcher = searcher;
  }

  /**
   * {@code /api/v1/export}: the search's publications in {@code format} ({@code jsonl},
   * {@code csv}, {@code tei}), its manifest ({@code manifest}, as JSON), or its parallel text
   * ({@code tmx}, {@code tsv}, with {@code target}) as {@code /api/v1/search/tmx} writes it.
   */
  Routes.Action corpus() {
    return (req, res) -> {
      String name = single(req, "format");
      if (name == null) {
        throw WebException.badRequest("The parameter 'format' is missing: give jsonl, csv, tei, "
            + "manifest, tmx or tsv");
      }
      if (name.equalsIgnoreCase("tmx") || name.equalsIgnoreCase("tsv")) {
        search(ParallelFormat.ofName(name)).handle(req, res);
        return;
      }
      boolean manifestOnly = name.equalsIgnoreCase("manifest");
      CorpusFormat format = manifestOnly ? CorpusFormat.CSV : CorpusFormat.ofCode(name);
      if (format == null) {
        throw WebException.badRequest("Unknown export format: '" + name
            + "' (allowed: jsonl, csv, tei, manifest, tmx, tsv)");
      }
      SearchRequest request = SearchParams.read("/api/v1/search", req.query()).request();
      CorpusExport corpus = new CorpusExport(store, searcher.get(), version());
      if (manifestOnly) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(corpus.manifest(request, format).toTree().toPrettyString());
        return;
      }
      corpus.export(request, format, manifest -> {
        res.header(HeaderNames.CONTENT_TYPE, format.mediaType());
        res.header(HeaderNames.create("Content-Disposition"), "attachment; filename=\"verbatim-"
            + manifest.fingerprint().substring(0, 12) + "." + format.extension() + "\"");
        return new BufferedOutputStream(res.outputStream(), 1 << 16);
      });
    };
  }

  /** The export of one publication and its version in {@code lang}, in {@code format}. */
  Routes.Action publication(ParallelFormat format) {
    return (req, res) -> {
      String id = req.path().pathParameters().get("id");
      String lang = single(req, "lang");
      VersionPair pair;
      try {
        pair = export.pair(id, lang);
      } catch (IllegalArgumentException e) {
        throw WebException.notFound(e.getMessage());
      }
      String name = pair.leftId() + "-" + pair.right().language() + "." + format.extension();
      try (ParallelWriter writer =
          format.open(attachment(res, format, name), pair.left().language(), version())) {
        writer.write(pair, pair.sentences());
      }
    };
  }

  /** The export of every hit of a search with a version in {@code target}, in {@code format}. */
  Routes.Action search(ParallelFormat format) {
    return (req, res) -> {
      SearchParams params = SearchParams.read("/api/v1/search", req.query());
      SearchRequest request = params.link().first("size").isEmpty()
          ? params.request().withPageSize(SearchRequest.MAX_PAGE_SIZE) : params.request();
      String target = single(req, "target");
      export.search(searcher.get(), request, target, () ->
          format.open(attachment(res, format, "search." + format.extension()), null, version()));
    };
  }

  /** The response's body, as a download named {@code fileName}, in UTF-8. */
  private static Writer attachment(ServerResponse res, ParallelFormat format, String fileName) {
    res.header(HeaderNames.CONTENT_TYPE, format.mediaType());
    res.header(HeaderNames.create("Content-Disposition"),
        "attachment; filename=\"" + fileName + "\"");
    return new BufferedWriter(new OutputStreamWriter(res.outputStream(), UTF_8));
  }

  /** A parameter given at most once; null when absent or blank. */
  private static String single(ServerRequest req, String name) {
    List<String> values = req.query().all(name, List::of).stream().map(String::strip)
        .filter(v -> !v.isEmpty()).toList();
    if (values.size() > 1) {
      throw WebException.badRequest("The parameter '" + name + "' is given " + values.size()
          + " times; give it once");
    }
    return values.isEmpty() ? null : values.getFirst();
  }

  /** This build's version for TMX's header: the jar's, or "development" when run from classes. */
  private static String version() {
    String version = Exports.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
