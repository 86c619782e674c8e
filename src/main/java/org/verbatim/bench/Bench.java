package org.verbatim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.archive.Archive;
import org.verbatim.model.Publication;

/**
 * A bench run: for every size, the corpus, the ingests, the searches and, on the largest, the
 * server; then {@code results.json} and {@code results.md}.
 *
 * <pre>{@code
 * Results results = Bench.run(options, new PrintWriter(System.err, true));
 * }</pre>
 */
public final class Bench {

  /** The heap limit of every measured ingest: issue 5's budget, the same for every engine. */
  static final String INGEST_HEAP = "1g";

  /** Publications read to draw queries from. */
  static final int QUERY_SAMPLE = 2_000;

  /**
   * Distinct queries of the serving load: many more than a load asks in its time at the rates
   * measured, so that Solr's query result cache (512 entries) seldom holds the answer and the
   * search page does the work of a search each time.
   */
  static final int SERVE_QUERIES = 10_000;

  private final BenchOptions options;
  private final PrintWriter progress;
  private final Postgres postgres;

  private Bench(BenchOptions options, PrintWriter progress, Postgres postgres) {
    this.options = options;
    this.progress = progress;
    this.postgres = postgres;
  }

  /** Runs every measure, writes the results into {@code options.out()} and returns them. */
  public static Results run(BenchOptions options, PrintWriter progress) throws Exception {
    long start = System.nanoTime();
    Instant started = Instant.now();
    Files.createDirectories(options.work());
    Files.createDirectories(options.out());
    List<Results.SizeResults> sizes = new ArrayList<>();
    try (FileChannel lockFile = FileChannel.open(options.work().resolve("bench.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        Postgres postgres = lock == null || options.serveOnly() ? null
            : Postgres.connect(options.postgres(), progress)) {
      if (lock == null) {
        throw new IOException("Another bench is running in the work folder " + options.work()
            + ": wait for it, or give another --work");
      }
      Bench bench = new Bench(options, progress, postgres);
      List<Integer> ordered = options.sizes().stream().sorted().toList();
      if (options.serveOnly()) {
        ordered = List.of(ordered.get(ordered.size() - 1));
        sizes.add(bench.serveOnly(ordered.get(0)));
      } else {
        for (int size : ordered) {
          sizes.add(bench.size(size, size == ordered.get(ordered.size() - 1)));
        }
      }
      Results.Settings settings = new Results.Settings(ordered, options.reps(), options.queries(),
          options.seed(), options.clients(), options.load().toMillis() / 1000.0,
          postgres == null ? "not used (--serve-only)" : postgres.description());
      Results.AlignFigures align = null;
      if (!options.serveOnly()) {
        bench.say("aligning pairs of %d-turn versions", AlignBench.TURNS);
        align = AlignBench.measure(options.seed());
      }
      Results results = new Results(machine(), settings, started.toString(),
          (System.nanoTime() - start) / 1e9, sizes, align, Targets.evaluate(sizes));
      Report.write(results, options.out());
      return results;
    }
  }

  static Results.Machine machine() {
    long memory = ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return new Results.Machine(Runtime.getRuntime().availableProcessors(), memory,
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"));
  }

  private Results.SizeResults size(int size, boolean largest) throws Exception {
    say("%,d pages: corpus", size);
    Corpus corpus = Corpus.prepare(options.work(), options.seed(), size);
    Path run = options.work().resolve("run-" + size);
    Files.createDirectories(run);
    List<Results.IngestFigures> ingest = ingest(corpus, run);
    Path archive = run.resolve("ingest-" + IngestChild.Engine.VERBATIM.name().toLowerCase(Locale.ROOT));
    Sample sample = sample(archive);
    List<BenchQuery> queries = Queries.draw(sample.publications(), options.queries(),
        options.seed());
    Path queriesFile = run.resolve("queries.json");
    ChildJvm.JSON.writeValue(queriesFile.toFile(), queries);
    List<Results.SearchFigures> search = search(archive, run, queriesFile, queries);
    Results.ServeFigures serve = null;
    if (largest) {
      serve = serve(archive, run, sample);
    }
    return new Results.SizeResults(corpus.pages(), corpus.megabytes(), ingest, search, serve);
  }

  /** The serving measures alone, on the archive an earlier run of this size left in the work folder. */
  private Results.SizeResults serveOnly(int size) throws Exception {
    Path run = options.work().resolve("run-" + size);
    Path archive = run.resolve("ingest-" + IngestChild.Engine.VERBATIM.name().toLowerCase(Locale.ROOT));
    if (!Files.isDirectory(archive.resolve("index"))) {
      throw new IOException("--serve-only needs the archive of " + size + " pages that a full run"
          + " leaves in " + archive + ", and there is none: run the bench once with --sizes "
          + size + " and without --serve-only");
    }
    say("%,d pages: serving only, on %s", size, archive);
    Sample sample = sample(archive);
    if (sample.ids().size() != size) {
      throw new IOException("The archive " + archive + " holds " + sample.ids().size()
          + " publications, not " + size + ": run the bench once with --sizes " + size);
    }
    Corpus corpus = Corpus.prepare(options.work(), options.seed(), size);
    return new Results.SizeResults(corpus.pages(), corpus.megabytes(), List.of(), List.of(),
        serve(archive, run, sample));
  }

  private List<Results.IngestFigures> ingest(Corpus corpus, Path run) throws Exception {
    Map<IngestChild.Engine, List<IngestChild.Result>> byEngine =
        new EnumMap<>(IngestChild.Engine.class);
    for (int rep = 1; rep <= options.reps(); rep++) {
      for (IngestChild.Engine engine : IngestChild.Engine.values()) {
        say("%,d pages: ingest %s, repetition %d of %d", corpus.pages(),
            engine.name().toLowerCase(Locale.ROOT), rep, options.reps());
        Path target = run.resolve("ingest-" + engine.name().toLowerCase(Locale.ROOT));
        IngestChild.deleteTree(target);
        IngestChild.Result result = ChildJvm.run(IngestChild.class, IngestChild.Result.class,
            run.resolve("ingest-result.json"), 240, List.of("-Xmx" + INGEST_HEAP),
            List.of(engine.name(), corpus.dir().toString(), target.toString()));
        byEngine.computeIfAbsent(engine, e -> new ArrayList<>()).add(result);
      }
    }
    for (IngestChild.Engine engine : List.of(IngestChild.Engine.VERBATIM_NO_ENTITIES,
        IngestChild.Engine.SOLR, IngestChild.Engine.LUCENE)) {
      IngestChild.deleteTree(run.resolve("ingest-" + engine.name().toLowerCase(Locale.ROOT)));
    }
    List<Results.IngestFigures> figures = new ArrayList<>();
    byEngine.forEach((engine, reps) -> figures.add(new Results.IngestFigures(engine.name(),
        Stats.median(reps.stream().map(IngestChild.Result::seconds).toList()),
        Stats.median(reps.stream().map(r -> r.pages() / r.seconds()).toList()),
        Stats.median(reps.stream().map(r -> r.bytes() / 1e6 / r.seconds()).toList()),
        Stats.median(reps.stream().map(r -> r.peakHeap() / 1e6).toList()),
        Stats.median(reps.stream().map(r -> r.diskBytes() / (double) r.bytes()).toList()),
        reps.get(0).failed())));
    return figures;
  }

  /**
   * Publications to draw queries from (about {@value #QUERY_SAMPLE}, spread over the archive),
   * and the ids of every publication of the archive.
   */
  private record Sample(List<Publication> publications, List<String> ids) {}

  private Sample sample(Path archiveDir) throws IOException {
    List<Publication> publications = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Archive archive = Archive.open(archiveDir, "bench")) {
      long every = Math.max(1, archive.store().count() / QUERY_SAMPLE);
      long[] seen = {0};
      archive.store().forEachLatest(stored -> {
        if (seen[0]++ % every == 0) {
          publications.add(stored.publication());
        }
        ids.add(stored.id());
      });
    }
    return new Sample(publications, ids);
  }

  private List<Results.SearchFigures> search(Path archive, Path run, Path queriesFile,
      List<BenchQuery> queries) throws Exception {
    Path sqlite = run.resolve("fts5.sqlite");
    Map<Engine, Double> loadSeconds = new EnumMap<>(Engine.class);
    say("search: loading SQLite FTS5");
    long t = System.nanoTime();
    SqliteEngine.build(archive, sqlite);
    loadSeconds.put(Engine.SQLITE, (System.nanoTime() - t) / 1e9);
    PostgresTarget pg = postgres.target();
    if (pg != null) {
      say("search: loading PostgreSQL");
      t = System.nanoTime();
      PostgresEngine.build(archive, pg);
      loadSeconds.put(Engine.POSTGRES, (System.nanoTime() - t) / 1e9);
    }
    List<Engine> engines = new ArrayList<>(List.of(Engine.VERBATIM, Engine.LUCENE, Engine.SQLITE));
    if (pg != null) {
      engines.add(Engine.POSTGRES);
    }
    Map<Engine, List<SearchChild.Result>> byEngine = new EnumMap<>(Engine.class);
    for (int rep = 1; rep <= options.reps(); rep++) {
      for (Engine engine : engines) {
        say("search: %s, %d queries, repetition %d of %d", engine.label, queries.size(), rep,
            options.reps());
        byEngine.computeIfAbsent(engine, e -> new ArrayList<>()).add(ChildJvm.run(
            SearchChild.class, SearchChild.Result.class, run.resolve("search-result.json"), 120,
            List.of(engine.name(), queriesFile.toString(), archive.toString(), sqlite.toString(),
                pg == null ? "-" : pg.url(), pg == null || pg.user() == null ? "-" : pg.user(),
                pg == null || pg.password() == null ? "-" : pg.password())));
      }
    }
    List<List<String>> verbatimTop = byEngine.get(Engine.VERBATIM).get(0).top();
    List<Results.SearchFigures> figures = new ArrayList<>();
    for (Engine engine : Engine.values()) {
      List<SearchChild.Result> reps = byEngine.get(engine);
      if (reps == null) {
        figures.add(new Results.SearchFigures(engine.name(), false, postgres.description(), null,
            null, null, null));
        continue;
      }
      figures.add(new Results.SearchFigures(engine.name(), true, null,
          Results.Latency.median(reps.stream()
              .map(r -> Results.Latency.ofNanos(r.plainNanos())).toList()),
          Results.Latency.median(reps.stream()
              .map(r -> Results.Latency.ofNanos(r.facetedNanos())).toList()),
          overlap(verbatimTop, reps.get(0).top()), loadSeconds.get(engine)));
    }
    return figures;
  }

  /**
   * The mean, over queries where Verbatim found something, of the share of Verbatim's best
   * publications (ten at most) that the other engine also ranks among its ten best.
   */
  static Double overlap(List<List<String>> verbatim, List<List<String>> other) {
    double sum = 0;
    int counted = 0;
    for (int i = 0; i < verbatim.size(); i++) {
      if (verbatim.get(i).isEmpty()) {
        continue;
      }
      Set<String> common = new LinkedHashSet<>(verbatim.get(i));
      common.retainAll(other.get(i));
      sum += common.size() / (double) verbatim.get(i).size();
      counted++;
    }
    return counted == 0 ? null : sum / counted;
  }

  private Results.ServeFigures serve(Path archive, Path run, Sample sample) throws Exception {
    List<BenchQuery> queries = Queries.draw(sample.publications(),
        Math.max(options.queries(), SERVE_QUERIES), options.seed());
    ServeBench bench = new ServeBench(archive, run.resolve("serve.log"));
    Path script = ServeBench.script();
    Double viaScript = null;
    String note;
    if (script == null) {
      note = "the verbatim script: not measured (the bench did not run from target/verbatim.jar"
          + " of a checkout)";
    } else {
      say("serve: cold start with %s, %d times", script, options.reps());
      viaScript = bench.coldStart(List.of(script.toString()), options.reps());
      note = "with the verbatim script as it is (VERBATIM_JAVA_OPTS="
          + System.getenv().getOrDefault("VERBATIM_JAVA_OPTS", "") + ")";
    }
    List<String> pages = sample.ids().stream().map(id -> "/p/" + id).toList();
    List<String> searches = queries.stream().map(q -> "/search?q="
        + URLEncoder.encode(q.verbatim(), StandardCharsets.UTF_8)).toList();
    say("serve: cold start with java -cp, %d times, then the load on the last one",
        options.reps());
    List<Double> coldStarts = new ArrayList<>();
    List<Results.LoadFigures> loads = bench.coldStartThen(ServeBench.javaLauncher(),
        options.reps(), coldStarts, server -> {
          say("serve: publication pages, %d clients for %d s", options.clients(),
              options.load().toSeconds());
          Results.LoadFigures publication = ServeBench.load(server, options.clients(),
              options.load(), pages);
          say("serve: search pages, %d clients for %d s", options.clients(),
              options.load().toSeconds());
          return List.of(publication,
              ServeBench.load(server, options.clients(), options.load(), searches));
        });
    say("serve: bare Lucene, the same queries with facets and highlighting, %d threads for %d s",
        options.clients(), options.load().toSeconds());
    Results.LoadFigures lucene = LuceneLoad.run(archive, options.clients(),
        ServeBench.warmUp(options.load()), options.load(), queries);
    return new Results.ServeFigures(Stats.median(coldStarts), viaScript, note, loads.get(0),
        loads.get(1), lucene, loads.get(1).requestsPerSecond() / lucene.requestsPerSecond(),
        pages.size(), new java.util.HashSet<>(searches).size());
  }

  private void say(String format, Object... args) {
    progress.println("bench: " + String.format(Locale.ROOT, format, args));
    progress.flush();
  }
}
