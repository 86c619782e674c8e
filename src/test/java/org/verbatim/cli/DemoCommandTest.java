package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void fills_a_fresh_archive_that_says_it_is_synthetic_and_reuses_it_when_run_again() {
    Path archive = dir.resolve("demo");

    Cli first = Cli.run("demo", "--archive", archive.toString(), "--count", "12", "--no-serve");
    Cli again = Cli.run("demo", "--archive", archive.toString(), "--count", "12", "--no-serve");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("  added     12\n", DemoCommand.NOTICE);
    assertThat(archive.resolve("notice.txt")).hasContent(DemoCommand.NOTICE);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).startsWith(
        "The demo archive " + archive + " already holds 12 publications; serving them.\n");
  }

  @Test
  void refuses_an_archive_holding_publications_it_did_not_make() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"),
        "3 May 202114:05\n\nStatement by Foreign Minister Ivan Petrov\n\nWe welcome the talks.\n");
    Path archive = dir.resolve("real");
    assertThat(Cli.run("ingest", pages.toString(), "--archive", archive.toString()).exit())
        .isZero();

    Cli demo = Cli.run("demo", "--archive", archive.toString(), "--count", "5", "--no-serve");

    assertThat(demo.exit()).isEqualTo(Main.FAILED);
    assertThat(demo.err()).isEqualTo("verbatim: the archive " + archive + " already holds 1 "
        + "publications that demo did not make; demo fills a fresh archive: give another "
        + "--archive\n");
  }
}
