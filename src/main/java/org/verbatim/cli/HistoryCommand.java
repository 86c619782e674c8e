package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.VersionChanges;
import org.verbatim.diff.VersionDiff;
import org.verbatim.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim history ID}: the versions of a publication and what changed between them. */
@Command(
    name = "history",
    description = {
        "Lists every version of a publication, oldest first: when it was ingested, its printed "
            + "date, its source (the first digits of the SHA-256 of the bytes it was read from), "
            + "its size in bytes, turns and characters, with the change from the version before, "
            + "and the version of the parser that read it. A version that a newer parser made "
            + "by reading an earlier version's source again (reparse) says \"re-read of version "
            + "N\"; \"read the same by P\" says parser P read the source again and changed "
            + "nothing.",
        "Then, for each version after the first, the turns it changed: edited, inserted, "
            + "removed, split or merged (verbatim diff shows their words).",
        "Exit code: 0 shown, 1 no such publication, 2 bad usage."})
final class HistoryCommand implements Callable<Integer> {

  /** How many hex digits of a source's SHA-256 the table shows. */
  static final int SOURCE_DIGITS = 12;

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
  String id;

  @Override
  public Integer call() throws Exception {
    List<StoredVersion> versions;
    List<VersionDiff> changes;
    try (Archive opened = archive.open("history")) {
      versions = opened.store().history(id);
      if (versions.isEmpty()) {
        throw new IllegalArgumentException(
            "no publication with id '" + id + "' in the archive " + archive.dir);
      }
      changes = new VersionChanges(opened.store()).history(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(id, versions, changes));
    out.flush();
    return Main.OK;
  }

  /**
   * The table of versions, then, for a publication of several, the turns each version changed
   * ({@code 2        edited 2; inserted 3, 4}), from {@code changes}: the diff of each version
   * after the first with the one before.
   */
  static String render(String id, List<StoredVersion> versions, List<VersionDiff> changes) {
    StringBuilder out = new StringBuilder();
    StoredVersion latest = versions.get(versions.size() - 1);
    out.append(id).append(": ").append(latest.title() == null ? "(no title)" : latest.title())
        .append(System.lineSeparator());
    String columns = "%-8s %-20s %-17s %-13s %-18s %-12s %-18s %s%n";
    out.append(String.format(Locale.ROOT, columns, "version", "ingested", "published", "source",
        "bytes", "turns", "characters", "parser"));
    StoredVersion before = null;
    for (StoredVersion v : versions) {
      out.append(String.format(Locale.ROOT, columns, v.number(),
          v.ingestedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
          v.published() == null ? "-" : v.published(),
          v.sourceSha256().substring(0, SOURCE_DIGITS),
          change(v.sourceBytes(), before == null ? null : before.sourceBytes()),
          change(v.turns(), before == null ? null : (long) before.turns()),
          change(v.textChars(), before == null ? null : before.textChars()),
          parser(v)));
      before = v;
    }
    if (!changes.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%-8s %s%n", "version",
          "turns changed (verbatim diff " + id + " --from N --to M shows the words)"));
      for (VersionDiff diff : changes) {
        out.append(String.format(Locale.ROOT, "%-8s %s%n", diff.to(), diff.summary()));
      }
    }
    return out.toString();
  }

  /**
   * The parser that made a version, and what it re-read: {@code 2, re-read of version 1}; with
   * {@code , read the same by 3} when a newer parser read its source again and changed nothing.
   */
  static String parser(StoredVersion v) {
    return v.parserVersion()
        + (v.isReread() ? ", re-read of version " + v.rereadOf() : "")
        + (v.readBy() > v.parserVersion() ? ", read the same by " + v.readBy() : "");
  }

  /** {@code 1,234 (+56)}: the value and its change from the version before. */
  static String change(long value, Long before) {
    String shown = String.format(Locale.ROOT, "%,d", value);
    if (before == null) {
      return shown;
    }
    long delta = value - before;
    return shown + String.format(Locale.ROOT, " (%s%,d)", delta >= 0 ? "+" : "", delta);
  }
}
