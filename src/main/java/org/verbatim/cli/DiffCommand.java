package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.VersionChanges;
import org.verbatim.diff.DiffJson;
import org.verbatim.diff.Piece;
import org.verbatim.diff.TurnChange;
import org.verbatim.diff.VersionDiff;
import org.verbatim.store.TranscriptStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim diff ID [--from N] [--to M] [--json]}: the words that changed between two
 * versions of a publication. Opens the store alone, so it works while {@code serve} runs.
 */
@Command(
    name = "diff",
    description = {
        "Shows what changed between two versions of a publication, turn by turn: each turn "
            + "edited, inserted, removed, split or merged, with its words as in git diff "
            + "--word-diff: [-deleted-]{+inserted+}. Turns are numbered as in each version "
            + "(#t12); unchanged turns are left out.",
        "Without --to, the latest version; without --from, the version before --to.",
        "Exit code: 0 shown, 1 no such publication or version, 2 bad usage."})
final class DiffCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
  String id;

  @Option(names = "--from", paramLabel = "N",
      description = "The earlier version (default: the one before --to).")
  Integer from;

  @Option(names = "--to", paramLabel = "M", description = "The later version (default: the latest).")
  Integer to;

  @Option(names = "--json", description = "Print one JSON object (the API's shape).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    VersionDiff diff;
    try (TranscriptStore store = Archive.openStore(archive.dir)) {
      diff = new VersionChanges(store).between(id, from, to);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(DiffJson.toTree(id, diff)));
    } else {
      out.print(render(id, diff));
    }
    out.flush();
    return Main.OK;
  }

  /**
   * {@code ID: version 1 to version 3: edited 2; inserted 7}, then each change's heading and its
   * words, {@code [-deleted-]} and {@code {+inserted+}}, a blank line between changes.
   */
  static String render(String id, VersionDiff diff) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(id).append(": version ").append(diff.from()).append(" to version ")
        .append(diff.to()).append(": ").append(diff.summary()).append(nl);
    for (TurnChange change : diff.changed()) {
      out.append(nl).append(change.heading(diff.from())).append(nl);
      for (Piece p : change.pieces()) {
        switch (p.op()) {
          case SAME -> out.append(p.text());
          case DELETED -> out.append("[-").append(p.text()).append("-]");
          case INSERTED -> out.append("{+").append(p.text()).append("+}");
        }
      }
      out.append(nl);
    }
    return out.toString();
  }
}
