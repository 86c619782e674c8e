package org.verbatim.bench;

import java.util.List;

/**
 * Everything one bench run measured, as written to {@code results.json}. Times are in
 * milliseconds or seconds as the names say; each figure is the median of the repetitions.
 */
public record Results(Machine machine, Settings settings, String startedAt, double elapsedSeconds,
    List<SizeResults> sizes, AlignFigures align, List<Target> targets) {

  /** The machine the run took place on. */
  public record Machine(int cores, long memoryBytes, String jdk, String os) {}

  /** What was asked for. */
  public record Settings(List<Integer> sizes, int reps, int queries, long seed, int clients,
      double loadSeconds, String postgres) {}

  /** Every figure of one corpus size. */
  public record SizeResults(int pages, double textMegabytes, List<IngestFigures> ingest,
      List<SearchFigures> search, ServeFigures serve) {}

  /**
   * One engine's ingest.
   *
   * @param peakHeapMegabytes  see {@link Heap}: the sum of the heap pools' peaks, in 10^6 bytes
   * @param diskPerTextMegabyte bytes on disk per byte of page text
   */
  public record IngestFigures(String engine, double seconds, double pagesPerSecond,
      double megabytesPerSecond, double peakHeapMegabytes, double diskPerTextMegabyte,
      int failed) {}

  /** Latency quantiles of a set of requests, in milliseconds. */
  public record Latency(double p50, double p95, double p99, int samples) {

    static Latency ofNanos(List<Long> nanos) {
      return new Latency(Stats.quantile(nanos, 0.50) / 1e6, Stats.quantile(nanos, 0.95) / 1e6,
          Stats.quantile(nanos, 0.99) / 1e6, nanos.size());
    }

    static Latency median(List<Latency> reps) {
      return new Latency(Stats.median(reps.stream().map(Latency::p50).toList()),
          Stats.median(reps.stream().map(Latency::p95).toList()),
          Stats.median(reps.stream().map(Latency::p99).toList()), reps.get(0).samples());
    }
  }

  /**
   * One engine's search latency: the plain queries, the queries with facets and highlighting, and
   * the mean share of Verbatim's ten best publications it also ranks in its ten best.
   *
   * @param note why the engine is not available, or how its data were loaded
   */
  public record SearchFigures(String engine, boolean available, String note, Latency plain,
      Latency faceted, Double topTenOverlap, Double loadSeconds) {}

  /**
   * {@code serve}: its cold start, and latency under load: the publication page and the search
   * page, each under {@code clients} clients; bare Lucene running the search page's queries with
   * facets and highlighting under as many threads; and the search page's requests per second
   * divided by bare Lucene's.
   *
   * @param publicationPaths how many publications the publication page's load drew from
   * @param searchQueries    how many distinct queries the search load drew from
   */
  public record ServeFigures(Double coldStartJavaSeconds, Double coldStartScriptSeconds,
      String note, LoadFigures publicationPage, LoadFigures searchPage, LoadFigures luceneSearch,
      double searchToLucene, int publicationPaths, int searchQueries) {}

  /** One page's latency under {@code clients} concurrent clients (or bare Lucene's threads). */
  public record LoadFigures(Latency latency, double requestsPerSecond, long errors, int clients,
      double seconds) {}

  /**
   * The time to align a pair of versions ({@link AlignBench}); null when not measured
   * ({@code --serve-only}).
   *
   * @param englishTurns  turns of each English version
   * @param russianTurns  turns of each Russian version, on average (a turn may be split, merged
   *                      or missing in one version)
   * @param pairs         how many pairs of versions were timed
   * @param turnsOnly     the turn alignment of one pair
   * @param withSentences the turn alignment and the sentence alignment of every pair of turns
   */
  public record AlignFigures(int englishTurns, double russianTurns, int pairs, Latency turnsOnly,
      Latency withSentences) {}

  /** A target of issue 5 or 12, and whether this run met it (null when it could not tell). */
  public record Target(String target, String measured, Boolean met) {}
}
