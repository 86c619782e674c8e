package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.search.Related;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredPublicationJson;
import org.verbatim.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim show ID [--lang L] [--json]}: prints a publication as the archive holds it. */
@Command(
    name = "show",
    description = {
        "Prints a publication's latest version: its facts and turns, or with --json the parser's "
            + "JSON plus the archive's id, version and versions. With --lang, its version in that "
            + "language (another publication, found by the index as a language version).",
        "Exit code: 0 shown, 1 no such publication or language version, 2 bad usage."})
final class ShowCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
  String id;

  @Option(names = "--lang", paramLabel = "LANG", description = "Its version in this language.")
  String lang;

  @Option(names = "--json", description = "Print the publication as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StoredPublication shown;
    List<StoredVersion> versions;
    try (Archive opened = archive.open("show")) {
      StoredPublication asked = opened.store().publication(id).orElseThrow(() ->
          new IllegalArgumentException("no publication with id '" + id + "' in the archive "
              + archive.dir));
      shown = lang == null || lang.equalsIgnoreCase(asked.publication().language()) ? asked
          : inLanguage(opened, asked);
      versions = opened.store().history(shown.id());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? StoredPublicationJson.toTree(shown, versions).toString() + System.lineSeparator()
        : render(shown, versions));
    out.flush();
    return Main.OK;
  }

  private StoredPublication inLanguage(Archive opened, StoredPublication asked) throws Exception {
    List<Related> related = opened.searcher().related(id);
    Optional<String> other = related.stream()
        .filter(r -> r.reason() == Related.Reason.LANGUAGE_VERSION)
        .filter(r -> lang.equalsIgnoreCase(r.language()))
        .map(Related::id).findFirst();
    if (other.isEmpty()) {
      List<String> held = related.stream()
          .filter(r -> r.reason() == Related.Reason.LANGUAGE_VERSION)
          .map(r -> r.language() + " " + r.id()).toList();
      throw new IllegalArgumentException("publication " + id + " ("
          + asked.publication().language() + ") has no '" + lang
          + "' version in the archive" + (held.isEmpty() ? "" : "; it has: "
          + String.join(", ", held)));
    }
    return opened.store().publication(other.get()).orElseThrow(() -> new IllegalStateException(
        "the index names " + other.get() + " as a language version, but the store lacks it;"
            + " run `verbatim check --repair`"));
  }

  static String render(StoredPublication shown, List<StoredVersion> versions) {
    Publication p = shown.publication();
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(p.title() == null ? "(no title)" : p.title()).append(nl);
    out.append(p.published() == null ? "no date" : p.published().toString())
        .append(" · ").append(p.kind().code())
        .append(p.place() == null ? "" : " · " + p.place())
        .append(p.language() == null ? "" : " · " + p.language())
        .append(" · ").append(shown.id())
        .append(String.format(Locale.ROOT, " · version %d of %d", shown.version(),
            versions.size())).append(nl);
    int number = 0;
    for (Turn turn : p.turns()) {
      number++;
      String who = turn.label() != null ? turn.label()
          : turn.speaker() != null ? turn.speaker() : turn.role().code();
      out.append(nl).append('[').append(number).append("] ").append(who).append(':').append(nl);
      for (String paragraph : turn.paragraphs()) {
        out.append("  ").append(paragraph).append(nl);
      }
    }
    return out.toString();
  }
}
