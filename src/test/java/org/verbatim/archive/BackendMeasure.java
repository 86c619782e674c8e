package org.verbatim.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.input.PageFiles;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.TempFolder;

/**
 * Not a test: the same pages ingested into an archive on each backend (SQLite and embedded Solr;
 * PostgreSQL and the in-process 2-node SolrCloud of the tests), then the same searches on each,
 * one client. Prints pages/s and search p50/p95 per backend.
 *
 * <pre>
 * ./build test-compile
 * java -cp "target/test-classes:target/classes:target/lib/*" \
 *   org.verbatim.archive.BackendMeasure PAGES_DIR [ROUNDS]
 * </pre>
 *
 * <p>Each search of the list runs with the searcher's facets and highlighted best turns, as the
 * web's search page asks; three rounds warm up, then ROUNDS (default 20) rounds are timed.
 */
public final class BackendMeasure {

  /** Words, a phrase, speakers, roles, dates, kinds, OR, exclusion, a prefix and Cyrillic. */
  static final List<String> QUERIES = List.of(
      "bridge", "\"the talks\"", "speaker:Petrov", "in:answers sanctions", "kind:briefing",
      "from:2015-01-01 to:2016-12-31 energy", "trade OR tariffs", "security -military",
      "lang:ru переговоры", "coop*", "in:questions kind:interview agreement",
      "place:Geneva negotiations");

  private BackendMeasure() {}

  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<PageInput> inputs = PageFiles.find(List.of(pages)).stream().map(PageInput::file)
        .toList();
    long bytes = 0;
    for (PageInput input : inputs) {
      bytes += Files.size(Path.of(input.name()));
    }
    System.out.printf(Locale.ROOT, "%,d pages, %.1f MB; %d queries × %d rounds%n",
        inputs.size(), bytes / 1e6, QUERIES.size(), rounds);
    for (ArchiveBackend backend : ArchiveBackend.values()) {
      try (TempFolder folder = TempFolder.create()) {
        measure(backend, folder.resolve("archive"), inputs, bytes, rounds);
      }
    }
    System.exit(0); // the test harness's PostgreSQL and cluster stop in their shutdown hooks
  }

  private static void measure(ArchiveBackend backend, Path dir, List<PageInput> inputs,
      long bytes, int rounds) throws Exception {
    ArchiveConfig config = backend.newArchive(dir);
    try {
      double seconds;
      try (Archive archive = Archive.open(dir, "measure")) {
        archive.index(); // a cluster's collection is created here, before the clock starts
        long start = System.nanoTime();
        IngestSummary summary = archive.ingest(inputs, Duration.ofMinutes(1), progress -> {});
        seconds = (System.nanoTime() - start) / 1e9;
        if (!summary.failures().isEmpty()) {
          throw new IllegalStateException(summary.failures().size() + " pages failed on "
              + backend + ", the first " + summary.failures().get(0));
        }
      }
      try (Archive archive = Archive.open(dir, "measure")) {
        Searcher searcher = archive.searcher();
        for (int i = 0; i < 3; i++) {
          searchAll(searcher);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          nanos.addAll(searchAll(searcher));
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT,
            "%-8s ingest %.1f s = %.0f pages/s, %.2f MB/s; search p50 %.1f ms, p95 %.1f ms%n",
            backend, seconds, inputs.size() / seconds, bytes / 1e6 / seconds,
            percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6);
        System.out.println("         on " + archive.config().describe());
      }
    } finally {
      backend.dispose(config);
    }
  }

  private static List<Long> searchAll(Searcher searcher) throws Exception {
    List<Long> nanos = new ArrayList<>();
    for (String query : QUERIES) {
      long start = System.nanoTime();
      searcher.search(SearchRequest.of(query));
      nanos.add(System.nanoTime() - start);
    }
    return nanos;
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
