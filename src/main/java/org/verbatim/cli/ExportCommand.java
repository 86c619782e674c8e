package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.align.ParallelFormat;
import org.verbatim.align.ParallelWriter;
import org.verbatim.align.VersionPair;
import org.verbatim.archive.Archive;
import org.verbatim.archive.CorpusExport;
import org.verbatim.archive.ParallelExport;
import org.verbatim.corpus.CorpusFormat;
import org.verbatim.search.Filters;
import org.verbatim.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export [QUERY] --format jsonl|csv|tei|tmx|tsv [filters] [--id ID] [--lang L]
 * [--out FILE]}: every publication a search matches as JSON Lines, CSV (a row per turn) or
 * ParlaMint TEI, with a manifest; or the sentence pairs of language versions as TMX 1.4b or
 * tab-separated text.
 */
@Command(
    name = "export",
    description = {
        "Writes every publication a search matches, without a cap: as JSON Lines (a manifest "
            + "line, then one publication per line in the shape of show --json with entities), "
            + "CSV (one row per turn; the manifest goes to FILE.manifest.json, or to stderr "
            + "without --out) or TEI in the ParlaMint encoding (the manifest in the corpus "
            + "header). The manifest gives the query, the filters, the time, Verbatim's version, "
            + "the count and a fingerprint of the ids and versions exported (see the README).",
        "With --format tmx or tsv, writes parallel text instead: the sentence pairs of a "
            + "publication and its version in another language (--id), or of every hit of the "
            + "search that has one, aligned turn by turn and sentence by sentence, as TMX 1.4b "
            + "or tab-separated text.",
        "Exit code: 0 written, 1 no such publication or language version, the archive "
            + "could not be read or changed during the export, 2 bad query or usage."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "A search, in the syntax of 'verbatim search'; omitted or \"\" for all.")
  String query;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "jsonl, csv, tei (publications) or tmx, tsv (parallel text).")
  String format;

  @Option(names = "--id", paramLabel = "ID",
      description = "tmx and tsv: one publication's id, instead of a search.")
  String id;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Who spoke (repeatable).")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--kind", split = ",", paramLabel = "KIND", description = "interview, briefing…")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--about", paramLabel = "NAME",
      description = "A person, country or organisation the text names (repeatable).")
  List<String> abouts = new ArrayList<>();

  @Option(names = "--in", split = ",", paramLabel = "ROLE", description = "questions, answers…")
  List<String> in = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
  String to;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "tmx and tsv: the language of the other version (ru…); by default a "
          + "publication's only other version, or each hit's first. For the other formats, "
          + "write lang:xx in the query.")
  String lang;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here rather than to stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    CorpusFormat corpus = CorpusFormat.ofCode(format);
    if (corpus != null) {
      return corpus(corpus);
    }
    ParallelFormat chosen;
    try {
      chosen = ParallelFormat.ofName(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown export format: '"
          + format + "' (allowed: jsonl, csv, tei, tmx, tsv)", e);
    }
    if (id != null && query != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Give a QUERY or --id, not both");
    }
    try (Archive opened = archive.open("export")) {
      ParallelExport export = new ParallelExport(opened.store());
      if (id != null) {
        VersionPair pair = export.pair(id, lang);
        try (ParallelWriter writer = chosen.open(open(), pair.left().language(), Main.version())) {
          writer.write(pair, pair.sentences());
        }
      } else {
        SearchRequest request = request().withPageSize(SearchRequest.MAX_PAGE_SIZE);
        int pairs = export.search(opened.searcher(), request, lang,
            () -> chosen.open(open(), null, Main.version()));
        if (out != null) {
          spec.commandLine().getErr().println("Wrote " + pairs + " pairs of versions to " + out);
        }
      }
    }
    return Main.OK;
  }

  /** A researcher's export: the manifest first (in the file, beside it, or on stderr). */
  private Integer corpus(CorpusFormat corpus) throws Exception {
    if (id != null || lang != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), (id != null ? "--id" : "--lang")
          + " is for tmx and tsv; with --format " + corpus.code() + " give a QUERY"
          + (lang != null ? " (lang:" + lang + " in it)" : ""));
    }
    try (Archive opened = archive.open("export")) {
      CorpusExport export = new CorpusExport(opened.store(), opened.searcher(), Main.version());
      long started = System.nanoTime();
      CorpusExport.Written written = export.export(request(), corpus, manifest -> {
        if (!corpus.carriesManifest()) {
          String json = manifest.toTree().toPrettyString() + System.lineSeparator();
          if (out == null) {
            spec.commandLine().getErr().print(json);
            spec.commandLine().getErr().flush();
          } else {
            Files.writeString(manifestFile(out), json, UTF_8);
          }
        }
        return out == null ? new BufferedOutputStream(StdoutBytes.of(spec.commandLine().getOut()))
            : new BufferedOutputStream(Files.newOutputStream(out));
      });
      if (out != null) {
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT,
            "Wrote %,d publications (%,d turns) to %s in %.1f s: %,.0f turns/s; fingerprint %s%n",
            written.manifest().publications(), written.turns(), out, seconds,
            written.turns() / seconds, written.manifest().fingerprint());
      }
    }
    return Main.OK;
  }

  /** Where a CSV export's manifest goes: {@code FILE.manifest.json}. */
  static Path manifestFile(Path export) {
    return export.resolveSibling(export.getFileName() + ".manifest.json");
  }

  private SearchRequest request() {
    Filters filters = new Filters(speakers, kinds, List.of(), List.of(), List.of(), from, to, in,
        abouts);
    return SearchRequest.of(query == null ? "" : query).withFilters(filters);
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
