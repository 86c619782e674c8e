package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.store.LanguageVersion;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim versions list|link|unlink}: a publication's language versions, and the groups
 * set by hand. They open the store of record alone, without the archive's lock: they work while
 * {@code serve} runs, and the site shows the change at its next request.
 */
@Command(
    name = "versions",
    description = {
        "Shows and sets which publications are language versions of one another. Versions are "
            + "found, in another language, by the first tie of: the same document id on the "
            + "same site (by the site profiles); the same kind and printed date and time, and "
            + "the same principal speaker where the archive knows both; the same kind printed "
            + "within a day, with contents that match. A group set by hand (link, "
            + "unlink) replaces what is found, for its publications, until set by hand again; "
            + "it is kept by publication id, so reingests and reparses keep it.",
        "These commands work while serve runs.",
        "Exit code: 0 done, 1 failed (an unknown id, two versions in one language), 2 bad "
            + "usage."},
    subcommands = {VersionsCommand.ListVersions.class, VersionsCommand.LinkVersions.class,
        VersionsCommand.Unlink.class})
final class VersionsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Say what to do: versions list, versions link or versions unlink");
  }

  /** {@code ID  ru  2024-05-14T11:20  Title}: one version, one line. */
  static String line(LanguageVersion v) {
    return String.format(Locale.ROOT, "  %-16s %-5s %-16s %s", v.id(),
        v.language() == null ? "?" : v.language(), v.published() == null ? "-" : v.published(),
        v.title() == null ? "(no title)" : v.title());
  }

  /** The publication's own line, then its versions, then how the group was made. */
  static void print(PrintWriter out, TranscriptStore store, String id) {
    StoredPublication stored = store.publication(id).orElseThrow(
        () -> new IllegalArgumentException("No publication with id '" + id + "' in the archive"));
    var p = stored.publication();
    out.println(line(new LanguageVersion(id, p.title(), p.published() == null ? null
        : p.published().toString(), p.kind(), p.language())).substring(2));
    List<LanguageVersion> versions = store.languageVersions(id, p);
    versions.forEach(v -> out.println(line(v)));
    boolean byHand = store.versionsSetByHand(id);
    out.println(versions.isEmpty()
        ? (byHand ? "No language versions: set by hand (versions link to group it again)."
            : "No language versions found.")
        : (byHand ? "Grouped by hand." : "Grouped as found: by site document id, printed date "
            + "and time, or content; another language."));
  }

  /** {@code versions list ID}. */
  @Command(name = "list", description = {
      "Shows a publication (id, language, printed date, title) and its language versions, and "
          + "whether the group was found or set by hand."})
  static final class ListVersions implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
    String id;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        print(out, store, id);
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code versions link ID OTHER}. */
  @Command(name = "link", description = {
      "Groups two publications, each with the versions it has now, as language versions of "
          + "one publication, by hand. Refused when the group would hold two publications in "
          + "one language: unlink one of them first. Prints the group after."})
  static final class LinkVersions implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Parameters(index = "0", paramLabel = "ID", description = "A publication's id.")
    String id;

    @Parameters(index = "1", paramLabel = "OTHER", description = "Its version's id.")
    String other;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        store.linkVersions(id, other);
        out.println("Linked " + id + " and " + other + " by hand.");
        print(out, store, id);
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code versions unlink ID}. */
  @Command(name = "unlink", description = {
      "Takes a publication out of its group of language versions, by hand: it has none, and "
          + "its former versions keep the others, until versions link groups it again."})
  static final class Unlink implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
    String id;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        List<LanguageVersion> had = store.unlinkVersion(id);
        out.println("Unlinked " + id + " by hand; it was grouped with:"
            + (had.isEmpty() ? " none" : ""));
        had.forEach(v -> out.println(line(v)));
      }
      out.flush();
      return Main.OK;
    }
  }
}
