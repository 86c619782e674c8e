package org.verbatim.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One engine's search latency, in a JVM of its own:
 * {@code SearchChild RESULT_FILE ENGINE QUERIES_FILE ARCHIVE_DIR SQLITE_FILE PG_URL PG_USER PG_PASSWORD}
 * ({@code -} for what the engine does not need).
 *
 * <p>A hand-written loop: the queries are run once to warm up (and to record each query's ten
 * best publications), again until at least {@value #MIN_WARM_UP} searches have run, then once more
 * timed, each query alone, with {@link System#nanoTime()} around the call.
 */
public final class SearchChild {

  static final int MIN_WARM_UP = 300;

  /** Each query's time in nanoseconds, by kind, and each query's ten best ids in query order. */
  record Result(String engine, List<Long> plainNanos, List<Long> facetedNanos,
      List<List<String>> top) {}

  private SearchChild() {}

  public static void main(String[] args) throws Exception {
    ChildJvm.routeJavaLogging();
    Path resultFile = Path.of(args[0]);
    Engine engine = Engine.valueOf(args[1]);
    List<BenchQuery> queries = ChildJvm.JSON.readValue(Path.of(args[2]).toFile(),
        new TypeReference<List<BenchQuery>>() { });
    Result result;
    try (SearchEngine searcher = engine.open(Path.of(args[3]), Path.of(args[4]),
        new PostgresTarget(args[5], args[6], args[7]))) {
      result = measure(engine, searcher, queries);
    }
    ChildJvm.write(resultFile, result);
    System.exit(0); // Solr may leave non-daemon threads behind
  }

  static Result measure(Engine engine, SearchEngine searcher, List<BenchQuery> queries)
      throws Exception {
    List<List<String>> top = new ArrayList<>(queries.size());
    for (BenchQuery query : queries) {
      top.add(searcher.search(query));
    }
    for (int done = queries.size(); done < MIN_WARM_UP; done += queries.size()) {
      for (BenchQuery query : queries) {
        searcher.search(query);
      }
    }
    List<Long> plain = new ArrayList<>();
    List<Long> faceted = new ArrayList<>();
    for (BenchQuery query : queries) {
      long start = System.nanoTime();
      searcher.search(query);
      long took = System.nanoTime() - start;
      (query.faceted() ? faceted : plain).add(took);
    }
    return new Result(engine.name(), plain, faceted, top);
  }
}
