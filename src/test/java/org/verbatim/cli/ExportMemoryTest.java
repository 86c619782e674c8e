package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.PageInput;

/**
 * An export of a search of more than 100,000 turns runs in a heap much smaller than what it
 * writes: the export holds one publication at a time. The pages are interviews of short turns
 * written here (500 pages of 200 turns ingest in seconds; generated pages would need 3,800).
 * Prints the throughput it measured.
 */
class ExportMemoryTest {

  static final int TURNS = 100_000;
  static final String HEAP = "48m";
  static final long HEAP_BYTES = 48L << 20;
  /** Questions and answers per page. */
  static final int PAIRS = 100;
  private static final String[] WORDS = {"bridge", "harbour", "tolls", "ferries", "spans",
      "builders", "season", "traffic", "cargo", "pilots", "weather", "schedule", "budget",
      "tenders", "engineers", "lighthouse", "channel", "dredging", "moorings", "tugboats"};

  @TempDir Path dir;

  @Test
  void a_100000_turn_export_runs_in_a_48_mb_heap() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    List<PageInput> inputs = new ArrayList<>();
    for (int i = 0; i * PAIRS * 2 < TURNS; i++) {
      Path file = pages.resolve(String.format(Locale.ROOT, "%04d.txt", i));
      Files.writeString(file, page(i), UTF_8);
      inputs.add(PageInput.file(file));
    }
    Path archive = dir.resolve("archive");
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.ingest(inputs, Duration.ofHours(1), p -> {}).failures()).isEmpty();
      assertThat(opened.store().latestTurns()).isEqualTo((long) inputs.size() * PAIRS * 2);
    }
    Path out = dir.resolve("all.jsonl");

    Process export = ChildJvm.startMerged(HEAP, Main.class, "export", "", "--format", "jsonl",
        "--out", out.toString(), "--archive", archive.toString());
    String printed = new String(export.getInputStream().readAllBytes(), UTF_8);
    assertThat(export.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(export.exitValue()).as(printed).isZero();
    Matcher wrote = Pattern.compile("Wrote ([\\d,]+) publications \\(([\\d,]+) turns\\)")
        .matcher(printed);
    assertThat(wrote.find()).as(printed).isTrue();
    long publications = Long.parseLong(wrote.group(1).replace(",", ""));
    long written = Long.parseLong(wrote.group(2).replace(",", ""));
    assertThat(written).isGreaterThanOrEqualTo(TURNS);
    assertThat(Files.size(out)).isGreaterThan(HEAP_BYTES);
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(out, UTF_8)) {
      while (reader.readLine() != null) {
        lines++;
      }
    }
    assertThat(lines).isEqualTo(publications + 1);
    System.out.println("ExportMemoryTest: " + printed.strip() + " (" + inputs.size()
        + " pages, " + Files.size(out) / 1_000_000 + " MB, heap " + HEAP + ")");
  }

  /** An interview of {@value #PAIRS} questions and answers, dated {@code i} days after 2010. */
  static String page(int i) {
    LocalDate date = LocalDate.of(2010, 1, 1).plusDays(i);
    StringBuilder page = new StringBuilder()
        .append(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
        .append("11:30\n")
        .append("Foreign Minister Ivan Petrov’s interview with the Harbour Gazette, Moscow, ")
        .append(date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)))
        .append("\n\n");
    for (int t = 0; t < PAIRS; t++) {
      page.append("Question: What about the ").append(word(i, t, 0)).append(" and the ")
          .append(word(i, t, 1)).append(" this year?\n\n");
      page.append("Ivan Petrov:");
      for (int s = 0; s < 14; s++) {
        page.append(" The ").append(word(i, t, s + 2)).append(" and the ").append(word(i, t, s + 3))
            .append(" are on schedule in week ").append(t + 1).append(" of page ").append(i)
            .append('.');
      }
      page.append("\n\n");
    }
    return page.toString();
  }

  private static String word(int page, int turn, int k) {
    return WORDS[Math.floorMod(page * 31 + turn * 7 + k * 3, WORDS.length)];
  }
}
