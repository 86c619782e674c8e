package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.ingest.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim ingest PATH... [--archive DIR]}: reads pages into the archive. */
@Command(
    name = "ingest",
    description = {
        "Reads pages (files, or folders read recursively for .txt, .html and .htm) into the "
            + "archive on all cores: parsed, stored as a new publication or a new version, and "
            + "indexed. Pages the archive holds already are skipped without parsing, unless an "
            + "older parser read them: those are read again, and a changed reading becomes a new "
            + "version (see reparse).",
        "Ends with a summary: added, updated, re-read, unchanged, failed (each failure named).",
        "Exit code: 0 all pages handled, 1 some failed, 2 bad usage."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages, or folders of pages.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<PageInput> pages = PageFiles.find(paths).stream().map(PageInput::file).toList();
    IngestSummary summary;
    try (Archive opened = archive.open("ingest")) {
      ProgressLine progress = new ProgressLine(out, Terminal.isTerminal(), "ingest");
      try {
        summary = opened.ingest(pages, progress.every(), progress);
      } finally {
        progress.finish();
      }
    }
    out.print(summary(summary));
    out.flush();
    return summary.failures().isEmpty() ? Main.OK : Main.FAILED;
  }

  static String summary(IngestSummary s) {
    double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Ingested %,d %s (%.1f MB) in %.1f s: %.0f pages/s, %.1f MB/s%n", s.total(),
        s.total() == 1 ? "page" : "pages", s.bytes() / 1e6, seconds, s.total() / seconds, s.bytes() / 1e6 / seconds));
    out.append(String.format(Locale.ROOT, "  added     %,d%n", s.added()));
    out.append(String.format(Locale.ROOT, "  updated   %,d%n", s.updated()));
    out.append(String.format(Locale.ROOT, "  re-read   %,d%n", s.reread()));
    out.append(String.format(Locale.ROOT, "  unchanged %,d%n", s.unchanged()));
    failedAndRepaired(out, s.failures(), s.repaired());
    return out.toString();
  }

  /** The summary's last lines: the failures, each named with its reason, and the index repair. */
  static void failedAndRepaired(StringBuilder out, List<IngestSummary.Failure> failures,
      int repaired) {
    out.append(String.format(Locale.ROOT, "  failed    %,d%n", failures.size()));
    for (IngestSummary.Failure failure : failures) {
      out.append("    ").append(failure.page()).append(": ").append(failure.reason())
          .append(System.lineSeparator());
    }
    if (repaired > 0) {
      out.append(String.format(Locale.ROOT,
          "  index repaired: %,d publication(s) it lacked or held in another version%n",
          repaired));
    }
  }
}
