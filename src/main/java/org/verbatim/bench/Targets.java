package org.verbatim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of issue 5 checked against a run's figures at its largest size (they are set for
 * 100,000 pages on a 2-core machine: a smaller run only shows the way), growth between its
 * smallest and largest sizes; issue 13's cost of entity recognition on ingest; and issue 12's
 * serving targets (set for 10,000 pages, 2 cores, 50 clients for 30 s). A run of the serving measures alone ({@code --serve-only}) is checked
 * against the serving targets only.
 */
final class Targets {

  private Targets() {}

  /** Issue 13: ingest's pages/s with entity recognition at least this share of without it. */
  static final double RECOGNITION_SHARE = 0.9;
  /** Issue 12: the search page's requests/s at least this share of bare Lucene's. */
  static final double SEARCH_TO_LUCENE = 0.8;
  /** Issue 12: the publication page's requests/s. */
  static final double PUBLICATION_PER_SECOND = 1_000;
  /** Issue 12: the publication page's p99, in ms. */
  static final double PUBLICATION_P99 = 100;

  /** Issue 15: quotes of each kind whose source the quote finder gives first. */
  static final double QUOTE_FIRST = 0.95;
  /** Issue 15: quotes of each kind whose source it gives among its first three answers. */
  static final double QUOTE_TOP_THREE = 0.99;

  /** Issue 15's targets of the quote finder, for each kind of quote. */
  static List<Results.Target> quotes(QuoteBench.Figures figures) {
    List<Results.Target> out = new ArrayList<>();
    for (QuoteBench.KindFigures k : figures.kinds()) {
      double first = k.first() / (double) k.quotes();
      double top = k.topThree() / (double) k.quotes();
      out.add(new Results.Target(format("Source first for at least %.0f%% of %s quotes",
          100 * QUOTE_FIRST, k.kind()), format("%.0f%%", 100 * first), first >= QUOTE_FIRST));
      out.add(new Results.Target(format("Source among the first three for at least %.0f%% of %s "
          + "quotes", 100 * QUOTE_TOP_THREE, k.kind()), format("%.0f%%", 100 * top),
          top >= QUOTE_TOP_THREE));
    }
    return out;
  }

  static List<Results.Target> evaluate(List<Results.SizeResults> sizes) {
    List<Results.Target> out = new ArrayList<>();
    Results.SizeResults largest = sizes.get(sizes.size() - 1);
    if (largest.ingest().isEmpty()) { // --serve-only
      serving(largest.serve(), out);
      return out;
    }
    Results.SizeResults smallest = sizes.get(0);
    Results.IngestFigures verbatim = ingest(largest, IngestChild.Engine.VERBATIM);
    Results.IngestFigures solr = ingest(largest, IngestChild.Engine.SOLR);
    double ingestRatio = verbatim.pagesPerSecond() / solr.pagesPerSecond();
    out.add(new Results.Target("Ingest at least 0.8× bare Solr (pages/s)",
        format("%.2f×", ingestRatio), ingestRatio >= 0.8));
    double recognition = verbatim.pagesPerSecond()
        / ingest(largest, IngestChild.Engine.VERBATIM_NO_ENTITIES).pagesPerSecond();
    out.add(new Results.Target(format("Entity recognition costs ingest at most %.0f%% (pages/s"
        + " at least %.2f× the same ingest's without it)", 100 * (1 - RECOGNITION_SHARE),
        RECOGNITION_SHARE), format("%.2f×", recognition), recognition >= RECOGNITION_SHARE));
    out.add(new Results.Target("Ingest peak heap under 1 GB",
        format("%.0f MB", verbatim.peakHeapMegabytes()), verbatim.peakHeapMegabytes() < 1000));

    Results.SearchFigures us = search(largest, Engine.VERBATIM);
    Results.SearchFigures lucene = search(largest, Engine.LUCENE);
    double p50Ratio = us.faceted().p50() / lucene.faceted().p50();
    out.add(new Results.Target("Search p50 at most 1.25× bare Lucene (with facets)",
        format("%.2f×", p50Ratio), p50Ratio <= 1.25));
    out.add(new Results.Target("Search p95 under 50 ms with facets and highlighting",
        format("%.1f ms", us.faceted().p95()), us.faceted().p95() < 50));
    for (Engine other : List.of(Engine.SQLITE, Engine.POSTGRES)) {
      Results.SearchFigures them = search(largest, other);
      String name = "At least 3× faster than " + other.label + " at p95 with facets";
      if (!them.available()) {
        out.add(new Results.Target(name, "not available", null));
      } else {
        double speedup = them.faceted().p95() / us.faceted().p95();
        out.add(new Results.Target(name, format("%.1f×", speedup), speedup >= 3));
      }
    }
    Results.ServeFigures serve = largest.serve();
    double cold = serve.coldStartScriptSeconds() != null ? serve.coldStartScriptSeconds()
        : serve.coldStartJavaSeconds();
    out.add(new Results.Target("serve cold start under 3 s", format("%.2f s", cold), cold < 3));
    serving(serve, out);

    if (sizes.size() < 2) {
      out.add(new Results.Target("Ingest cost per page roughly flat with size",
          "one size only", null));
      out.add(new Results.Target("Search latency growing well below linearly",
          "one size only", null));
    } else {
      double sizeRatio = largest.pages() / (double) smallest.pages();
      double perPage = (1 / verbatim.pagesPerSecond())
          / (1 / ingest(smallest, IngestChild.Engine.VERBATIM).pagesPerSecond());
      out.add(new Results.Target("Ingest cost per page roughly flat with size (within 1.25×)",
          format("%.2f× per page for %.0f× the pages", perPage, sizeRatio), perPage <= 1.25));
      double growth = us.faceted().p50() / search(smallest, Engine.VERBATIM).faceted().p50();
      out.add(new Results.Target(
          "Search latency growing well below linearly (p50 with facets, under half the size ratio)",
          format("%.2f× for %.0f× the pages", growth, sizeRatio), growth < sizeRatio / 2));
    }
    return out;
  }

  /** Issue 12's targets of the pages under load. */
  private static void serving(Results.ServeFigures serve, List<Results.Target> out) {
    Results.LoadFigures search = serve.searchPage();
    Results.LoadFigures lucene = serve.luceneSearch();
    Results.LoadFigures publication = serve.publicationPage();
    out.add(new Results.Target(format("Search page at least %.1f× bare Lucene's requests/s "
        + "(facets and highlighting, %d clients)", SEARCH_TO_LUCENE, search.clients()),
        format("%.2f× (%.0f/s and %.0f/s)", serve.searchToLucene(), search.requestsPerSecond(),
            lucene.requestsPerSecond()), serve.searchToLucene() >= SEARCH_TO_LUCENE));
    out.add(new Results.Target(format("Publication page at least %,.0f requests/s (%d clients)",
        PUBLICATION_PER_SECOND, publication.clients()),
        format("%.0f/s", publication.requestsPerSecond()),
        publication.requestsPerSecond() >= PUBLICATION_PER_SECOND));
    out.add(new Results.Target(format("Publication page p99 under %.0f ms", PUBLICATION_P99),
        format("%.1f ms", publication.latency().p99()),
        publication.latency().p99() < PUBLICATION_P99));
    long errors = search.errors() + lucene.errors() + publication.errors();
    out.add(new Results.Target("No errors under load", format("%d", errors), errors == 0));
  }

  static Results.IngestFigures ingest(Results.SizeResults size, IngestChild.Engine engine) {
    return size.ingest().stream().filter(f -> f.engine().equals(engine.name())).findFirst()
        .orElseThrow();
  }

  static Results.SearchFigures search(Results.SizeResults size, Engine engine) {
    return size.search().stream().filter(f -> f.engine().equals(engine.name())).findFirst()
        .orElseThrow();
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
