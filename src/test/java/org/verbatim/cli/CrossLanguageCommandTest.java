package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} prints each turn's other versions under it, and with {@code also:} the passage
 * that matched there, on an archive ingested from the pairs of src/test/resources/xlang.
 */
class CrossLanguageCommandTest {

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
  void search_prints_the_russian_turn_and_passage_under_the_english_turn() {
    Cli run = Cli.run("search", "lang:en also:ru Арктика in:answers", "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Showing 1 of 1 results");
    assertThat(lines.get(4)).startsWith("   [4] Tomas Reyvik: The Arctic is where our shipping");
    assertThat(lines.get(5)).matches("       ru \\[4\\] [0-9a-f]{16}: «Арктика» — это то место,"
        + " где будет расти наше судоходство\\..*");
  }

  @Test
  void a_bad_also_is_exit_code_2_with_one_line() {
    Cli run = Cli.run("search", "lang:en also:ru", "--archive", archive);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("verbatim: The filter 'also:ru' needs words, a phrase "
        + "or about: to match in the 'ru' version: lang:en also:ru Arctic");
  }
}
