package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.FileIngest;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.input.JsonLinePages;
import org.verbatim.input.PageFiles;
import org.verbatim.input.WarcPages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim ingest PATH... [--archive DIR]}: reads pages, and the pages in WARC files, into
 * the archive.
 */
@Command(
    name = "ingest",
    description = {
        "Reads pages (files, or folders read recursively for .txt, .html and .htm) into the "
            + "archive on all cores: parsed, stored as a new publication or a new version, and "
            + "indexed. Pages the archive holds already are skipped without parsing, unless an "
            + "older parser read them: those are read again, and a changed reading becomes a new "
            + "version (see reparse).",
        "JSON Lines files (.jsonl: what parse --json prints, or export --format jsonl writes, "
            + "its manifest line skipped) are read a publication per line, each stored as the "
            + "publication it describes, under the address or path of its own source.",
        "WARC files (.warc, .warc.gz, named or in folders) are read too: each response record "
            + "with an HTTP 2xx HTML, XHTML or plain-text page is a page, and so is a revisit "
            + "record that repeats such a response earlier in its file; the URL and the fetch "
            + "date come from the WARC headers, the charset from the HTTP Content-Type. A URL "
            + "fetched several times becomes one publication whose versions follow the order of "
            + "the records (files in name order); a fetch the archive holds already counts as "
            + "unchanged, and one older than the archive's latest version of its URL is set "
            + "aside (older). Other records are listed as skipped, with their reason; a "
            + "truncated record ends its file's scan, keeping what precedes.",
        "Ends with a summary: added, updated, re-read, unchanged, skipped (WARC records that "
            + "hold no page), older, failed (each failure named).",
        "While serve holds the archive, the pages are uploaded to it (in ZIP files of at most "
            + "256 MB) and ingested there, its progress shown here; the summary is the same. A "
            + "WARC file's records are then named by the file's path as given here too.",
        "Exit code: 0 all pages handled, 1 some failed, 2 bad usage."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Pages, WARC files, or folders of them.")
  List<Path> paths;

  /** Skipped WARC records listed by name in the summary; the rest are counted. */
  static final int SKIPPED_LISTED = 20;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = PageFiles.find(paths);
    List<Path> warcs = PageFiles.findWarcs(paths);
    List<PageInput> pages = new ArrayList<>(files.stream().map(PageInput::file).toList());
    List<Path> jsonLines = PageFiles.findJsonLines(paths);
    for (Path file : jsonLines) {
      JsonLinePages.entries(file).forEach(entry -> pages.add(PageInput.jsonLine(entry)));
    }
    FileIngest.Outcome outcome = archive.run("ingest", spec.commandLine().getErr(), opened -> {
      ProgressLine progress = new ProgressLine(out, Terminal.isTerminal(), "ingest");
      return FileIngest.run(opened, pages,
          warcs.stream().map(FileIngest.Warc::of).toList(), progress.every(), progress,
          progress::finish);
    }, server -> {
      if (!jsonLines.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "serve holds the archive: "
            + "JSON Lines files (" + jsonLines.getFirst() + ") are ingested into the archive "
            + "itself; stop serve first, or upload the pages they were read from");
      }
      return Uploader.ingest(server, files, warcs, out);
    });
    IngestSummary summary = outcome.summary();
    out.print(summary(summary, outcome.skipped(), outcome.older()));
    out.flush();
    return summary.failures().isEmpty() ? Main.OK : Main.FAILED;
  }

  static String summary(IngestSummary s) {
    return summary(s, null, List.of());
  }

  /**
   * The summary; {@code skipped}, when WARC files were read (else null), adds a line counting
   * the records that held no page, and {@code older}, when not empty, one counting the pages
   * fetched before their publication's latest version; each names the first
   * {@value #SKIPPED_LISTED} with their reasons.
   */
  static String summary(IngestSummary s, List<WarcPages.Skipped> skipped,
      List<WarcPages.Skipped> older) {
    double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Ingested %,d %s (%.1f MB) in %.1f s: %.0f pages/s, %.1f MB/s%n", s.total(),
        s.total() == 1 ? "page" : "pages", s.bytes() / 1e6, seconds, s.total() / seconds, s.bytes() / 1e6 / seconds));
    out.append(String.format(Locale.ROOT, "  added     %,d%n", s.added()));
    out.append(String.format(Locale.ROOT, "  updated   %,d%n", s.updated()));
    out.append(String.format(Locale.ROOT, "  re-read   %,d%n", s.reread()));
    out.append(String.format(Locale.ROOT, "  unchanged %,d%n", s.unchanged()));
    if (skipped != null) {
      List<WarcPages.Skipped> all = new ArrayList<>(skipped);
      s.notTranscripts().forEach(f -> all.add(new WarcPages.Skipped(f.page(), f.reason())));
      listed(out, String.format(Locale.ROOT,
          "  skipped   %,d (WARC records that hold no page, or a page that is no transcript)%n",
          all.size()), all);
    }
    if (!older.isEmpty()) {
      listed(out, String.format(Locale.ROOT, "  older     %,d (WARC pages fetched before the "
          + "archive's latest version of their URL: not stored)%n", older.size()), older);
    }
    failedAndRepaired(out, s.failures(), s.repaired());
    return out.toString();
  }

  /** {@code line}, the first {@value #SKIPPED_LISTED} records with reasons, a count of the rest. */
  private static void listed(StringBuilder out, String line, List<WarcPages.Skipped> records) {
    out.append(line);
    for (WarcPages.Skipped record : records.subList(0, Math.min(records.size(),
        SKIPPED_LISTED))) {
      out.append("    ").append(record.name()).append(": ").append(record.reason())
          .append(System.lineSeparator());
    }
    if (records.size() > SKIPPED_LISTED) {
      out.append(String.format(Locale.ROOT, "    and %,d more%n",
          records.size() - SKIPPED_LISTED));
    }
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
