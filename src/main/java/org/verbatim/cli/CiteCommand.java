package org.verbatim.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.VersionChanges;
import org.verbatim.cite.CitationFormat;
import org.verbatim.cite.Citations;
import org.verbatim.cite.CitedWork;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim cite ID [--turn N] [--version V] [--format F]}: the citation of a publication or
 * of one of its turns, as the site's {@code /p/ID/cite} gives it. Opens the store alone, so it
 * works while {@code serve} runs.
 */
@Command(
    name = "cite",
    description = {
        "Prints the citation of a publication, or of one of its turns, in a citation style (APA, "
            + "Chicago author-date, MLA) or a reference format (BibTeX, RIS, CSL-JSON). The "
            + "link cited names the version; a turn's link also carries the hash of its words "
            + "(&h=5f2a9c1e), so that opening it later tells whether they changed.",
        "Exit code: 0 printed, 1 no such publication, version or turn, 2 bad usage."})
final class CiteCommand implements Callable<Integer> {

  /** Where links start when neither {@code --site} nor the archive's configuration says. */
  static final String DEFAULT_SITE = "http://localhost:8080";

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "ID", description = "The publication's id (16 hex digits).")
  String id;

  @Option(names = "--turn", paramLabel = "N", description = "Cite turn N (from 1), not the whole "
      + "publication.")
  Integer turn;

  @Option(names = "--version", paramLabel = "V", description = "The version cited (default: the "
      + "latest).")
  Integer version;

  @Option(names = "--format", paramLabel = "F", defaultValue = "apa", description = "apa, "
      + "chicago, mla, bibtex, ris or csl-json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--site", paramLabel = "URL", description = "The site's address that links "
      + "start with (default: the archive's web.public-url, else " + DEFAULT_SITE + ").")
  String site;

  @Override
  public Integer call() throws Exception {
    CitationFormat chosen;
    try {
      chosen = CitationFormat.ofCode(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage() + ", as --format");
    }
    String address = site != null ? site : ArchiveConfig.of(archive.dir).publicUrl();
    address = address == null ? DEFAULT_SITE : address.replaceAll("/+$", "");
    CitedWork work;
    try (TranscriptStore store = Archive.openStore(archive.dir)) {
      StoredPublication stored = version == null
          ? store.publication(id).orElseThrow(() -> new NoSuchElementException(
              "No publication with id '" + id + "' in the archive"))
          : new VersionChanges(store).version(id, version);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      work = turn == null
          ? CitedWork.publication(stored.id(), stored.version(), stored.publication(), address,
              today)
          : CitedWork.turn(stored.id(), stored.version(), stored.publication(), turn, address,
              today);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(Citations.format(chosen, work));
    out.flush();
    return Main.OK;
  }
}
