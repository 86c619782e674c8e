package org.verbatim.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a bench run measures and where it works.
 *
 * @param sizes    corpus sizes in pages, each measured in turn
 * @param out      where {@code results.json} and {@code results.md} are written
 * @param work     where corpora (kept between runs) and the run's archives and indexes live
 * @param reps     repetitions; each figure is their median
 * @param queries  generated queries per size
 * @param seed     the generator's and the query drawing's seed
 * @param clients  concurrent clients of the serving load
 * @param load     how long each page (and bare Lucene beside the search page) is loaded
 * @param postgres a PostgreSQL server to use, or null to start a throwaway one when PostgreSQL is
 *                 installed
 * @param serveOnly only the serving measures, on the archive an earlier run left in
 *                 {@code work} for the largest size (no corpus, ingest or search measures)
 */
public record BenchOptions(List<Integer> sizes, Path out, Path work, int reps, int queries,
    long seed, int clients, Duration load, PostgresTarget postgres, boolean serveOnly) {

  /** The default concurrency of the serving load: issue 12's 50 clients. */
  public static final int CLIENTS = 50;
  /** The default length of each serving load: issue 12's 30 s. */
  public static final int LOAD_SECONDS = 30;

  public BenchOptions {
    sizes = List.copyOf(sizes);
    if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 10)) {
      throw new IllegalArgumentException("--sizes must name page counts of 10 or more: " + sizes);
    }
    if (reps < 1) {
      throw new IllegalArgumentException("--reps must be 1 or more: " + reps);
    }
    if (queries < 10) {
      throw new IllegalArgumentException("--queries must be 10 or more: " + queries);
    }
    if (clients < 1) {
      throw new IllegalArgumentException("--clients must be 1 or more: " + clients);
    }
    if (load.isNegative() || load.isZero()) {
      throw new IllegalArgumentException("--load-seconds must be 1 or more: " + load.toSeconds());
    }
  }

  /** A PostgreSQL server given by URL, user and password (the user and password may be null). */
  public static PostgresTarget postgres(String url, String user, String password) {
    return url == null ? null : new PostgresTarget(url, user, password);
  }
}
