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

/** {@code verbatim demo [--archive DIR] [--count N]}: fills a fresh archive with generated pages. */
@Command(
    name = "demo",
    description = {
        "Fills a fresh archive with synthetic pages from the generator (invented speakers and "
            + "text, every kind and header form, the seed's glued header form among them), "
            + "ingested as 'ingest' would: parsed, stored and indexed.",
        "Exit code: 0 filled, 1 some page failed or the archive is not empty, 2 bad usage."})
final class DemoCommand implements Callable<Integer> {

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

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--count must be at least 1: " + count);
    }
    PrintWriter out = spec.commandLine().getOut();
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
    try (Archive opened = archive.open("demo")) {
      long held = opened.store().count();
      if (held > 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the archive %s already holds %,d publications; demo fills a fresh archive: "
                + "give another --archive", archive.dir, held));
      }
      ProgressLine progress = new ProgressLine(out, Terminal.isTerminal());
      try {
        summary = opened.ingest(pages, progress.every(), progress);
      } finally {
        progress.finish();
      }
    }
    out.print(IngestCommand.summary(summary));
    out.println(String.format(Locale.ROOT,
        "Demo archive %s: %,d generated pages (seed %d), %,d in the seed's glued header form",
        archive.dir, count, seed, glued.get()));
    out.flush();
    return summary.failures().isEmpty() ? Main.OK : Main.FAILED;
  }
}
