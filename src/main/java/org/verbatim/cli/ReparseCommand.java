package org.verbatim.cli;

import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.JobJson;
import org.verbatim.archive.ReparseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim reparse [--all]}: reads the stored sources again with this parser. */
@Command(
    name = "reparse",
    description = {
        "Reads the stored source of each publication's latest version again with this "
            + "Verbatim's parser, on all cores, when an older parser read it: a changed reading "
            + "is stored as a new version (history shows it as a re-read of the version before) "
            + "and indexed; an unchanged one only records the parser's version. Nothing is "
            + "fetched. Older versions stay as they were read. Run again, it reads nothing.",
        "A source the parser now refuses keeps what it had and is named with its reason. Each "
            + "publication is one transaction: interrupted, every publication is as before or "
            + "read again, and running it again completes the rest.",
        "Ends with a summary: read, changed, unchanged, failed (each failure named), time. "
            + "While serve holds the archive, the work is handed to it and its progress "
            + "shown here; the summary and exit code are the same.",
        "Exit code: 0 all read, 1 some failed, 2 bad usage."})
final class ReparseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--all", description = "Read every publication's latest source again, also "
      + "those this parser's version has read already (the latest versions only, still).")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progress = new ProgressLine(out, Terminal.isTerminal(), "reparse");
    ReparseSummary summary = archive.run("reparse", spec.commandLine().getErr(), opened -> {
      try {
        return opened.reparse(all, progress.every(), progress);
      } finally {
        progress.finish();
      }
    }, server -> JobJson.result(server.await(server.submit("/api/v1/reparse?all=" + all,
        "text/plain", HttpRequest.BodyPublishers.noBody()), progress), ReparseSummary.class));
    out.print(summary(summary));
    out.flush();
    return summary.failures().isEmpty() ? Main.OK : Main.FAILED;
  }

  static String summary(ReparseSummary s) {
    double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Read %,d %s again with parser %d in %.1f s: %.0f pages/s%n", s.read(),
        s.read() == 1 ? "publication" : "publications", s.parser(), seconds, s.read() / seconds));
    out.append(String.format(Locale.ROOT, "  changed   %,d%n", s.changed()));
    out.append(String.format(Locale.ROOT, "  unchanged %,d%n", s.unchanged()));
    IngestCommand.failedAndRepaired(out, s.failures(), s.repaired());
    return out.toString();
  }
}
