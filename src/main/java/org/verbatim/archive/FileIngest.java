package org.verbatim.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.verbatim.input.WarcPages;

/**
 * An ingest of page files and WARC files as {@code verbatim ingest} runs it, whether from the
 * command line or in a server that received them: the WARC files are scanned, their pages
 * planned so that a URL's versions are stored in the order they were fetched
 * ({@link WarcInputs}), and the rounds ingested one after the other.
 *
 * <pre>{@code
 * FileIngest.Outcome done = FileIngest.run(archive, List.of(PageInput.file(page)),
 *     List.of(FileIngest.Warc.of(warc)),
 *     Duration.ofSeconds(5), progress -> {}, () -> {});
 * }</pre>
 */
public final class FileIngest {

  private FileIngest() {}

  /**
   * A WARC file to read, and its name in messages and in the store: its path where it came
   * from (for a WARC file uploaded to a server, the uploader's path, not the server's copy).
   */
  public record Warc(Path file, String name) {

    /** A WARC file named by its own path. */
    public static Warc of(Path file) {
      return new Warc(file, file.toString());
    }

    /** {@code scanned}'s records named by {@link #name} rather than by the file read. */
    WarcPages.Scan named(WarcPages.Scan scanned) {
      String read = file.toString();
      if (read.equals(name)) {
        return scanned;
      }
      List<WarcPages.Entry> pages = scanned.pages().stream().map(e -> new WarcPages.Entry(
          e.file(), e.offset(), e.url(), e.date(), renamed(e.name(), read))).toList();
      List<WarcPages.Skipped> skipped = scanned.skipped().stream().map(s ->
          new WarcPages.Skipped(renamed(s.name(), read), s.reason())).toList();
      return new WarcPages.Scan(pages, skipped);
    }

    private String renamed(String record, String read) {
      return record.startsWith(read) ? name + record.substring(read.length()) : record;
    }
  }

  /**
   * What an ingest of files did.
   *
   * @param summary what became of the pages
   * @param skipped WARC records that held no page, with their reasons; null when no WARC file
   *                was read
   * @param older   WARC pages fetched before their publication's latest version: not stored
   */
  public record Outcome(IngestSummary summary, List<WarcPages.Skipped> skipped,
      List<WarcPages.Skipped> older) {

    public Outcome {
      skipped = skipped == null ? null : List.copyOf(skipped);
      older = List.copyOf(older);
    }

    /** This outcome and {@code other}'s as one: two uploads of one ingest. */
    public Outcome plus(Outcome other) {
      List<WarcPages.Skipped> records = skipped == null && other.skipped == null ? null
          : new ArrayList<>();
      if (records != null) {
        records.addAll(skipped == null ? List.of() : skipped);
        records.addAll(other.skipped == null ? List.of() : other.skipped);
      }
      List<WarcPages.Skipped> earlier = new ArrayList<>(older);
      earlier.addAll(other.older);
      return new Outcome(summary.plus(other.summary), records, earlier);
    }
  }

  /**
   * Ingests {@code files} and the pages of {@code warcs} into {@code archive}, reporting each
   * round's progress to {@code progress} every {@code every} and calling {@code roundEnded}
   * after each round.
   *
   * @throws IOException when a WARC file cannot be read
   */
  public static Outcome run(Archive archive, List<PageInput> files, List<Warc> warcs,
      Duration every, Consumer<IngestProgress> progress, Runnable roundEnded)
      throws IOException, InterruptedException {
    List<WarcPages.Entry> entries = new ArrayList<>();
    List<WarcPages.Skipped> skipped = new ArrayList<>();
    for (Warc warc : warcs) {
      WarcPages.Scan scan = warc.named(WarcPages.scan(warc.file()));
      entries.addAll(scan.pages());
      skipped.addAll(scan.skipped());
    }
    WarcInputs.Plan plan = WarcInputs.plan(archive.store(), files, entries);
    IngestSummary summary = null;
    for (List<PageInput> round : plan.rounds()) {
      try {
        IngestSummary done = archive.ingest(round, every, progress);
        summary = summary == null ? done : summary.plus(done);
      } finally {
        roundEnded.run();
      }
    }
    if (plan.held() > 0) {
      summary = summary.plus(new IngestSummary(plan.held(), 0, 0, 0, plan.held(), List.of(), 0,
          0, Duration.ZERO));
    }
    return new Outcome(summary, warcs.isEmpty() ? null : skipped, plan.older());
  }
}
