package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.generate.HeaderForm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim demo [--archive DIR] [--count N] [--port N]}: fills a fresh archive with
 * generated pages and serves it.
 */
@Command(
    name = "demo",
    description = {
        "Fills a fresh archive with synthetic pages from the generator (invented speakers and "
            + "text, every kind and header form, the seed's glued header form among them), "
            + "ingested as 'ingest' would: parsed, stored and indexed; then serves it as 'serve' "
            + "does and prints its URL. Every page of the site says the archive is synthetic.",
        "Run again on the same demo archive, it serves what is there without filling it again.",
        "Exit code: 0 stopped, 1 some page failed or the archive holds other publications, "
            + "2 bad usage."})
final class DemoCommand implements Callable<Integer> {

  /** What a demo archive's web pages say of it. */
  static final String NOTICE = "Demo archive: every publication here is synthetic, written by "
      + "Verbatim's generator. The people, their words and the outlets are invented.";

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--count", defaultValue = "2000", paramLabel = "N",
      description = "How many pages (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "The port to serve on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
      description = "The address to serve on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--no-serve", description = "Fill the archive and stop, without serving it.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--count must be at least 1: " + count);
    }
    ServeCommand.checkPort(spec, port);
    PrintWriter out = spec.commandLine().getOut();
    try (Archive opened = archive.open("demo")) {
      long held = opened.store().count();
      if (held == 0) {
        opened.setNotice(NOTICE);
        IngestSummary summary = fill(opened, out);
        if (!summary.failures().isEmpty()) {
          return Main.FAILED;
        }
      } else if (NOTICE.equals(opened.notice())) {
        out.println(String.format(Locale.ROOT,
            "The demo archive %s already holds %,d publications; serving them.", archive.dir, held));
      } else {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the archive %s already holds %,d publications that demo did not make; demo fills "
                + "a fresh archive: give another --archive", archive.dir, held));
      }
      out.println(NOTICE);
      if (noServe) {
        out.flush();
        return Main.OK;
      }
      return ServeCommand.serve(opened, host, port, out);
    }
  }

  private IngestSummary fill(Archive opened, PrintWriter out) throws InterruptedException {
    Generator generator = new Generator(GeneratorOptions.defaults());
    AtomicInteger glued = new AtomicInteger();
    List<PageInput> pages = IntStream.range(0, count)
        .mapToObj(i -> new PageInput("generated page " + i, () -> {
          GeneratedPage page = generator.page(seed, i);
          if (page.header() == HeaderForm.GLUED) {
            glued.incrementAndGet();
          }
          return page.rawPage();
        })).toList();
    IngestSummary summary;
    ProgressLine progress = new ProgressLine(out, Terminal.isTerminal(), "ingest");
    try {
      summary = opened.ingest(pages, progress.every(), progress);
    } finally {
      progress.finish();
    }
    out.print(IngestCommand.summary(summary));
    out.println(String.format(Locale.ROOT,
        "Demo archive %s: %,d generated pages (seed %d), %,d in the seed's glued header form",
        archive.dir, count, seed, glued.get()));
    out.flush();
    return summary;
  }
}
