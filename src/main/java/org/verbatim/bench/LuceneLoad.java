package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.search.SearchRequest;

/**
 * Bare Lucene under load, to set beside the search page: {@code threads} threads run the search
 * page's queries through one shared {@link LuceneEngine} (every query with facets and
 * highlighting, as the page always has them, and as many hits as the page shows), each as soon as
 * its previous one returned, for a warm-up and then a counted time, as {@link LoadClient} loads
 * the server. Nothing of HTTP or
 * rendering: what the search page adds to the engine under it is what the ratio shows.
 */
final class LuceneLoad {

  private LuceneLoad() {}

  static Results.LoadFigures run(Path archive, int threads, Duration warmUp, Duration duration,
      List<BenchQuery> queries) throws IOException, InterruptedException {
    List<BenchQuery> faceted = queries.stream().map(BenchQuery::withFacets).toList();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    try (LuceneEngine engine = new LuceneEngine(archive, SearchRequest.DEFAULT_PAGE_SIZE)) {
      long counted = System.nanoTime() + warmUp.toNanos();
      long end = counted + duration.toNanos();
      List<Thread> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(Thread.ofPlatform().name("lucene-load-" + t).start(() -> {
          while (System.nanoTime() < end) {
            BenchQuery query = faceted.get(ThreadLocalRandom.current().nextInt(faceted.size()));
            long start = System.nanoTime();
            try {
              engine.search(query);
            } catch (IOException | RuntimeException e) {
              if (start >= counted) {
                errors.incrementAndGet();
              }
              System.err.println("lucene load: " + e + " for " + query.verbatim());
              continue;
            }
            if (start >= counted) {
              latencies.add(System.nanoTime() - start);
            }
          }
        }));
      }
      for (Thread t : running) {
        t.join();
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Results.LoadFigures(Results.Latency.ofNanos(sorted),
        sorted.size() / (duration.toMillis() / 1000.0), errors.get(), threads,
        duration.toMillis() / 1000.0);
  }
}
