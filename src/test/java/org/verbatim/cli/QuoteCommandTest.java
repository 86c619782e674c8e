package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quote} on an archive ingested from a pair of src/test/resources/xlang: a shortened quote
 * with a word changed finds its turn, marks the differences and names the Russian turn; a quote
 * that nothing says is exit code 1; a quote without words is exit code 2.
 */
class QuoteCommandTest {

  @TempDir
  static Path dir;
  static String archive;

  @BeforeAll
  static void ingest() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (String file : List.of("01-shelf.en.txt", "01-shelf.ru.txt")) {
      Files.copy(Path.of("src/test/resources/xlang", file), pages.resolve(file));
    }
    archive = dir.resolve("archive").toString();
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
  }

  @Test
  void a_shortened_quote_with_a_word_changed_finds_the_turn_and_its_russian_version() {
    Cli run = Cli.run("quote", "We agreed that four convoys a month … will be shared",
        "--archive", archive, "--limit", "1");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("1\\. \\d+%  “Foreign Minister Tomas Reyvik’s interview with"
        + " the Harbour Gazette, Moscow, March 5, 2024”, 2024-03-05, Tomas Reyvik, turn 2\\. "
        + "/p/[0-9a-f]{16}/t/2\\?v=1");
    assertThat(lines.get(1)).isEqualTo("   source: We agreed that[- 4-] convoys a month[- will "
        + "leave the southern ports, and that the inspections-] will be shared");
    assertThat(lines.get(2)).isEqualTo("   quote:  We agreed that{+ four+} convoys a month …"
        + " will be shared");
    assertThat(lines.get(3)).startsWith("   ru version, turn 2 (");
  }

  @Test
  void a_quote_nothing_says_is_exit_code_1_said_plainly() {
    Cli run = Cli.run("quote", "Zyxwv plonkish grimbleworth", "--archive", archive);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip()).isEqualTo("No source found: no turn in the archive says this "
        + "quote.");
  }

  @Test
  void a_quote_without_words_is_exit_code_2() {
    Cli run = Cli.run("quote", "… ?!", "--archive", archive);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("verbatim: The quote '… ?!' has no words to look "
        + "for: paste the words as said, with … where words are left out");
  }
}
