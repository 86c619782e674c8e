package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.align.ParallelFormat;
import org.verbatim.align.ParallelWriter;
import org.verbatim.align.VersionPair;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ParallelExport;
import org.verbatim.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export tmx|tsv (--id ID [--lang L] | --query Q [--lang L]) [--out FILE]}:
 * writes the sentence pairs of language versions as TMX 1.4b or tab-separated text.
 */
@Command(
    name = "export",
    description = {
        "Writes parallel text: the sentence pairs of a publication and its version in another "
            + "language (--id), or of every hit of a search that has one (--query), aligned "
            + "turn by turn and sentence by sentence, as TMX 1.4b or tab-separated text "
            + "(see the README).",
        "Exit code: 0 written, 1 no such publication or language version, or the archive "
            + "could not be read, 2 bad query or usage."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "tmx or tsv.")
  String format;

  @ArgGroup(multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--id", paramLabel = "ID", description = "One publication's id.")
    String id;

    @Option(names = "--query", paramLabel = "QUERY",
        description = "A search, in the syntax of 'verbatim search'; \"\" for all.")
    String query;
  }

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language of the other version (ru…); by default a publication's only "
          + "other version, or each hit's first.")
  String lang;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here rather than to stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ParallelFormat chosen;
    try {
      chosen = ParallelFormat.ofName(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    try (Archive opened = archive.open("export")) {
      ParallelExport export = new ParallelExport(opened.store());
      if (what.id != null) {
        VersionPair pair = export.pair(what.id, lang);
        try (ParallelWriter writer = chosen.open(open(), pair.left().language(), Main.version())) {
          writer.write(pair, pair.sentences());
        }
      } else {
        SearchRequest request =
            SearchRequest.of(what.query).withPageSize(SearchRequest.MAX_PAGE_SIZE);
        int pairs = export.search(opened.searcher(), request, lang,
            () -> chosen.open(open(), null, Main.version()));
        if (out != null) {
          spec.commandLine().getErr().println("Wrote " + pairs + " pairs of versions to " + out);
        }
      }
    }
    return Main.OK;
  }

  /** The file asked for, or stdout (left open: it is the command line's). */
  private Writer open() throws IOException {
    if (out != null) {
      return Files.newBufferedWriter(out, UTF_8);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }
}
