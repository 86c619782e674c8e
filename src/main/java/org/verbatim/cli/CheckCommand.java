package org.verbatim.cli;

import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.CheckReport;
import org.verbatim.archive.JobJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim check [--repair]}: compares the index with the store of record. */
@Command(
    name = "check",
    description = {
        "Compares the index with the store of record, publication by publication (ids and "
            + "versions) and by turn count, and reports every disagreement with the ids "
            + "concerned. With --repair, puts them right from the store afterwards.",
        "While serve holds the archive, the check (and the repair) is handed to it: the "
            + "report is the server's view.",
        "Exit code: 0 they agree, 1 they disagree (before a repair), 2 bad usage."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--repair", description = "Reindex what is missing or stale, drop strays.")
  boolean repair;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    JobJson.Checked checked = archive.run("check", spec.commandLine().getErr(), opened -> {
      CheckReport found = opened.check();
      return new JobJson.Checked(found, repair && !found.clean() ? opened.repair() : null);
    }, server -> JobJson.result(server.await(server.submit("/api/v1/check?repair=" + repair,
        "text/plain", HttpRequest.BodyPublishers.noBody()), new ProgressLine(out, false,
        "check")), JobJson.Checked.class));
    CheckReport report = checked.report();
    out.print(render(report));
    if (checked.repaired() != null) {
      out.println(String.format(Locale.ROOT, "Repaired %,d publication(s)", checked.repaired()));
    }
    out.flush();
    return report.clean() ? Main.OK : Main.FAILED;
  }

  static String render(CheckReport r) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Store: %,d publications, %,d turns; index: %,d publications, %,d turns%n",
        r.publications(), r.storeTurns(), r.indexed(), r.indexTurns()));
    ids(out, "missing from the index", r.missing());
    ids(out, "indexed in another version",
        r.stale().stream().map(s -> s.id() + " (store v" + s.storeVersion() + ", index v"
            + s.indexVersion() + ")").toList());
    ids(out, "in the index but not in the store", r.stray());
    if (r.turnsDiffer()) {
      out.append(String.format(Locale.ROOT, "turn counts differ: store %,d, index %,d%n",
          r.storeTurns(), r.indexTurns()));
    } else if (r.writing()) {
      out.append("another writer was at work: turn counts not compared")
          .append(System.lineSeparator());
    }
    out.append(r.clean() ? "0 disagreements" : r.disagreements() + " disagreement(s)")
        .append(System.lineSeparator());
    return out.toString();
  }

  private static void ids(StringBuilder out, String what, List<String> ids) {
    if (!ids.isEmpty()) {
      out.append(ids.size()).append(' ').append(what).append(": ")
          .append(String.join(", ", ids)).append(System.lineSeparator());
    }
  }
}
