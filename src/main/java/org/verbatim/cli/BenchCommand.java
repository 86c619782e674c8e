package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.bench.Bench;
import org.verbatim.bench.BenchOptions;
import org.verbatim.bench.QuoteBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench}: Verbatim against the bare engine and the tools users would pick. */
@Command(
    name = "bench",
    description = {
        "Measures Verbatim against bare embedded Solr, plain Lucene, SQLite FTS5 and PostgreSQL "
            + "full-text search on generated corpora, every comparison taken in the same run, "
            + "each figure the median of --reps repetitions: ingest (pages/s, MB/s, peak heap, "
            + "size on disk), search latency (p50/p95/p99 of generated queries, half with facets "
            + "and highlighting, and the top-10 overlap with Verbatim), and, on the largest "
            + "corpus, serve's cold start and page latency under concurrent clients, beside bare "
            + "Lucene running the search page's queries under as many threads (--serve-only: "
            + "these alone, on the archive an earlier run left).",
        "Writes results.json and results.md into --out. Takes long: minutes for 10,000 pages, "
            + "an hour or more for 100,000. Ingests and searches run in child JVMs.",
        "PostgreSQL: the server of --pg-url, else a throwaway one started from the installed "
            + "PostgreSQL programs (Debian package postgresql), else none (the table says so)."})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--sizes", defaultValue = "10000,100000", split = ",", paramLabel = "N",
      description = "Corpus sizes in pages, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR",
      description = "Where results.json and results.md go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--work", defaultValue = "target/bench-work", paramLabel = "DIR",
      description = "Working folder: corpora (kept and reused for the same seed and size), "
          + "archives and indexes (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--reps", defaultValue = "3", paramLabel = "N",
      description = "Repetitions; each figure is their median (default: ${DEFAULT-VALUE}).")
  int reps;

  @Option(names = "--queries", defaultValue = "500", paramLabel = "N",
      description = "Generated queries per size (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the corpora and the queries (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--clients", defaultValue = "" + BenchOptions.CLIENTS, paramLabel = "N",
      description = "Concurrent clients loading serve, and threads of bare Lucene beside it "
          + "(default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--load-seconds", defaultValue = "" + BenchOptions.LOAD_SECONDS,
      paramLabel = "S",
      description = "How long each page (and bare Lucene) is loaded, after a warm-up of 5 s "
          + "(default: ${DEFAULT-VALUE}).")
  int loadSeconds;

  @Option(names = "--serve-only",
      description = "Only the serving measures (cold start, the pages and bare Lucene under "
          + "load), on the archive an earlier full run at the largest of --sizes left in --work.")
  boolean serveOnly;

  @Option(names = "--quotes",
      description = "Only the quote finder's accuracy and latency, on the largest of --sizes: "
          + "the generated pages of --seed ingested once into --work (quotes-SEED-SIZE) with 100 "
          + "English-Russian version pairs, --quotes-per-kind quotes of each kind (exact, "
          + "shortened, changed, translated); writes quotes.json and quotes.md into --out.")
  boolean quotes;

  @Option(names = "--quotes-per-kind", defaultValue = "50", paramLabel = "N",
      description = "Quotes of each kind with --quotes (default: ${DEFAULT-VALUE}).")
  int quotesPerKind;

  @Option(names = "--pg-url", paramLabel = "URL",
      description = "JDBC URL of a PostgreSQL database to compare with "
          + "(jdbc:postgresql://127.0.0.1:5432/bench); its bench_* tables are replaced.")
  String pgUrl;

  @Option(names = "--pg-user", paramLabel = "USER", description = "PostgreSQL user.")
  String pgUser;

  @Option(names = "--pg-password", paramLabel = "PASSWORD", description = "PostgreSQL password.")
  String pgPassword;

  @Override
  public Integer call() throws Exception {
    BenchOptions options;
    try {
      options = new BenchOptions(sizes, out, work, reps, queries, seed, clients,
          Duration.ofSeconds(loadSeconds), BenchOptions.postgres(pgUrl, pgUser, pgPassword),
          serveOnly);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (quotes) {
      if (quotesPerKind < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--quotes-per-kind must be 1 or more: " + quotesPerKind);
      }
      int size = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(QuoteBench.run(work, out, seed, size, quotesPerKind, err));
      stdout.flush();
      return Main.OK;
    }
    Bench.run(options, err);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote " + out.resolve("results.json") + " and " + out.resolve("results.md"));
    stdout.flush();
    return Main.OK;
  }
}
