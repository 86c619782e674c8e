package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.TempFolder;

/** {@code kwic} and {@code trends} through the command line, on a one-page embedded archive. */
class CorpusCommandsTest {

  static final String PAGE = """
      2 March 201718:49
      Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017

      Question: How did the harvest fair go this year?

      Ivan Petrov: The fair went well, and the fair will return.
      """;

  static TempFolder dir;
  static String archive;

  @BeforeAll
  static void ingest() throws Exception {
    dir = TempFolder.create();
    ArchiveBackend.EMBEDDED.newArchive(dir.resolve("archive"));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("fair.txt"), PAGE, UTF_8);
    archive = dir.resolve("archive").toString();
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
  }

  @AfterAll
  static void remove() {
    dir.close();
  }

  @Test
  void kwic_prints_each_occurrence_aligned_on_the_keyword() {
    Cli run = Cli.run("kwic", "fair", "--width", "12", "--archive", archive);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out().lines().toList().get(0)).startsWith("the harvest [fair] go this    ");
    assertThat(run.out().lines().toList().get(1)).startsWith("        The [fair] went well, ");
    assertThat(run.out().lines().toList().get(2)).startsWith("    and the [fair] will         ")
        .contains("/2 · Ivan Petrov · 2017-03-02T18:49");
  }

  @Test
  void kwic_sorts_limits_and_prints_csv() {
    Cli sorted = Cli.run("kwic", "fair", "--sort", "right2", "--csv", "--archive", archive);
    assertThat(sorted.exit()).as(sorted.err()).isZero();
    var rows = sorted.out().split("\r\n");
    assertThat(rows[0]).isEqualTo("publication,version,turn,published,speaker,role,language,"
        + "left,keyword,right,title");
    assertThat(rows).hasSize(4);
    assertThat(rows[1]).contains(",1,2,2017-03-02T18:49,Ivan Petrov,answer,en,"
        + "\"The fair went well, and the \",fair, will return.,");
    assertThat(rows[2]).contains(",1,1,2017-03-02T18:49,").contains(",How did the harvest ,fair,"
        + " go this year?,");
    assertThat(rows[3]).contains(",The ,fair,\" went well, and the fair will return.\",");

    Cli limited = Cli.run("kwic", "fair", "--limit", "2", "--archive", archive);
    assertThat(limited.out().lines()).hasSize(2);

    Cli bad = Cli.run("kwic", "fair", "--sort", "middle", "--archive", archive);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("Unknown concordance sort: 'middle' (allowed: date, left1, "
        + "left2, left3, right1, right2, right3)");
  }

  @Test
  void trends_counts_occurrences_turns_and_words_per_period() {
    Cli run = Cli.run("trends", "fair", "\"harvest fair\"", "--by", "year", "--csv",
        "--archive", archive);
    assertThat(run.exit()).as(run.err()).isZero();
    // 8 words in the question, 9 in the answer: 3 in 17 is 176,470.59 per million.
    assertThat(run.out()).isEqualTo("query,split,period,occurrences,turns,words,per_million\r\n"
        + "fair,,2017,3,2,17,176470.59\r\n"
        + "\"\"\"harvest fair\"\"\",,2017,1,1,17,58823.53\r\n");

    Cli table = Cli.run("trends", "fair", "--archive", archive);
    assertThat(table.out().lines().toList()).containsExactly(
        "query  split  period   occurrences  turns  words  per_million",
        "fair   -      2017-03            3      2     17    176470.59");
  }
}
