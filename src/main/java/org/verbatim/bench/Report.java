package org.verbatim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.verbatim.search.SearchRequest;

/** Writes {@code results.json} and {@code results.md}: the tables the README shows. */
final class Report {

  static final String JSON_FILE = "results.json";
  static final String MARKDOWN_FILE = "results.md";

  private Report() {}

  static void write(Results results, Path out) throws IOException {
    ChildJvm.JSON.writeValue(out.resolve(JSON_FILE).toFile(), results);
    Files.writeString(out.resolve(MARKDOWN_FILE), markdown(results), StandardCharsets.UTF_8);
  }

  static String markdown(Results r) {
    StringBuilder md = new StringBuilder();
    Results.Machine m = r.machine();
    line(md, "Machine: %d cores, %.1f GB memory, %s, %s. Run started %s, took %.0f s; "
        + "each figure the median of %d repetition(s); %d queries per size; PostgreSQL: %s.",
        m.cores(), m.memoryBytes() / 1e9, m.jdk(), m.os(), r.startedAt(), r.elapsedSeconds(),
        r.settings().reps(), r.settings().queries(), r.settings().postgres());
    line(md, "");
    line(md, "### Ingest");
    line(md, "");
    line(md, "| pages | engine | pages/s | MB/s | Verbatim's pages/s ÷ this | peak heap MB | disk per MB of text |");
    line(md, "|---:|---|---:|---:|---:|---:|---:|");
    for (Results.SizeResults size : r.sizes()) {
      if (size.ingest().isEmpty()) {
        line(md, "| %,d | not measured (--serve-only) |  |  |  |  |  |", size.pages());
        continue;
      }
      double ours = Targets.ingest(size, IngestChild.Engine.VERBATIM).seconds();
      for (Results.IngestFigures f : size.ingest()) {
        line(md, "| %,d | %s | %.0f | %.2f | %.2f | %.0f | %.2f MB |", size.pages(),
            ingestLabel(f.engine()), f.pagesPerSecond(), f.megabytesPerSecond(),
            f.seconds() / ours, f.peakHeapMegabytes(), f.diskPerTextMegabyte());
      }
    }
    line(md, "");
    line(md, "### Search (ms)");
    line(md, "");
    line(md, "| pages | engine | p50 | p95 | p99 | p50 facets+hl | p95 facets+hl | p99 facets+hl "
        + "| this ÷ Verbatim (p50 facets+hl) | this ÷ Verbatim (p95 facets+hl) "
        + "| top-10 overlap with Verbatim |");
    line(md, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Results.SizeResults size : r.sizes()) {
      if (size.search().isEmpty()) {
        line(md, "| %,d | not measured (--serve-only) |  |  |  |  |  |  |  |  |  |", size.pages());
        continue;
      }
      Results.Latency ours = Targets.search(size, Engine.VERBATIM).faceted();
      for (Results.SearchFigures f : size.search()) {
        Engine engine = Engine.valueOf(f.engine());
        if (!f.available()) {
          line(md, "| %,d | %s | %s |  |  |  |  |  |  |  |  |", size.pages(), engine.label,
              f.note());
          continue;
        }
        line(md, "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %s |",
            size.pages(), engine.label, f.plain().p50(), f.plain().p95(), f.plain().p99(),
            f.faceted().p50(), f.faceted().p95(), f.faceted().p99(),
            f.faceted().p50() / ours.p50(), f.faceted().p95() / ours.p95(),
            engine == Engine.VERBATIM ? "—" : format("%.0f%%", 100 * f.topTenOverlap()));
      }
    }
    for (Results.SizeResults size : r.sizes()) {
      Results.ServeFigures s = size.serve();
      if (s == null) {
        continue;
      }
      line(md, "");
      line(md, "### Serving (%,d pages)", size.pages());
      line(md, "");
      line(md, "Cold start to the first answered request: %.2f s with `java -cp`; %s %s.",
          s.coldStartJavaSeconds(), s.note(), s.coldStartScriptSeconds() == null ? "—"
              : format("%.2f s", s.coldStartScriptSeconds()));
      line(md, "");
      line(md, "Each load: %d clients (bare Lucene: threads) for %.0f s after a %d s warm-up; "
          + "the publication page drawn from all %,d publications, the search page and bare "
          + "Lucene from %,d distinct queries; the load client asks with `Accept-Encoding: gzip` "
          + "and decodes, and counts only full 200 pages.", s.searchPage().clients(),
          s.searchPage().seconds(), ServeBench.warmUp(java.time.Duration.ofMillis(
              (long) (s.searchPage().seconds() * 1000))).toSeconds(), s.publicationPaths(),
          s.searchQueries());
      line(md, "");
      line(md, "| page | clients | requests/s | p50 ms | p95 ms | p99 ms | errors |");
      line(md, "|---|---:|---:|---:|---:|---:|---:|");
      load(md, "publication `/p/ID`", s.publicationPage());
      load(md, "search `/search?q=…`", s.searchPage());
      load(md, "bare Lucene, the same queries with facets and highlighting, "
          + SearchRequest.DEFAULT_PAGE_SIZE + " hits as on the page", s.luceneSearch());
      line(md, "");
      line(md, "Search page ÷ bare Lucene (requests/s): %.2f×.", s.searchToLucene());
    }
    line(md, "");
    line(md, "### Aligning two versions (ms)");
    line(md, "");
    Results.AlignFigures a = r.align();
    if (a == null) {
      line(md, "Not measured (--serve-only).");
    } else {
      line(md, "%d pairs of generated versions, the English of %d turns, the Russian of %.1f on "
          + "average; each pair timed once in each of %d rounds after %d s of warm-up.",
          a.pairs(), a.englishTurns(), a.russianTurns(), AlignBench.ROUNDS,
          AlignBench.WARM_UP.toSeconds());
      line(md, "");
      line(md, "| alignment | p50 | p95 | p99 |");
      line(md, "|---|---:|---:|---:|");
      line(md, "| turns only | %.2f | %.2f | %.2f |", a.turnsOnly().p50(), a.turnsOnly().p95(),
          a.turnsOnly().p99());
      line(md, "| turns and the sentences of every pair of turns | %.2f | %.2f | %.2f |",
          a.withSentences().p50(), a.withSentences().p95(), a.withSentences().p99());
    }
    line(md, "");
    line(md, "### Targets (issue 5, set for 100,000 pages; issue 12's serving, set for 10,000; "
        + "checked at %,d)", r.sizes().get(r.sizes().size() - 1).pages());
    line(md, "");
    line(md, "| target | measured | met |");
    line(md, "|---|---|---|");
    for (Results.Target t : r.targets()) {
      line(md, "| %s | %s | %s |", t.target(), t.measured(),
          t.met() == null ? "cannot tell" : t.met() ? "met" : "not met");
    }
    return md.toString();
  }

  private static void load(StringBuilder md, String page, Results.LoadFigures f) {
    line(md, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |", page, f.clients(),
        f.requestsPerSecond(), f.latency().p50(), f.latency().p95(), f.latency().p99(),
        f.errors());
  }

  private static String ingestLabel(String engine) {
    return switch (IngestChild.Engine.valueOf(engine)) {
      case VERBATIM -> "Verbatim (parse + store + index)";
      case VERBATIM_NO_ENTITIES -> "Verbatim without entity recognition";
      case SOLR -> "bare embedded Solr";
      case LUCENE -> "plain Lucene IndexWriter";
    };
  }

  private static void line(StringBuilder md, String format, Object... args) {
    md.append(format(format, args)).append('\n');
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
