package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.cite.TurnHash;
import org.verbatim.model.Publication;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ChangingPage;

/** {@code cite} over an archive holding one interview in two versions ({@link ChangingPage}). */
class CiteCommandTest {

  static final String TITLE = "Foreign Minister Ivan Petrov’s interview with the Northern "
      + "Courier, Newtown, March 2, 2017";

  @TempDir Path dir;
  String id;
  Publication v1;

  @BeforeEach
  void twoVersions() throws Exception {
    Path page = Files.createDirectories(dir.resolve("pages")).resolve("fair.txt");
    for (String text : List.of(ChangingPage.V1, ChangingPage.V2)) {
      Files.writeString(page, text, UTF_8);
      Cli ingested = Cli.run("ingest", page.toString(), "--archive", archive());
      assertThat(ingested.exit()).as(ingested.err()).isZero();
    }
    try (TranscriptStore store = Archive.openStore(dir.resolve("archive"))) {
      id = store.ids().get(0);
      v1 = store.version(id, 1).orElseThrow().publication();
    }
  }

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void a_turn_of_a_version_is_cited_in_apa_by_default_with_its_hashed_link() {
    // read from a file, not from an address: no site to name
    Cli cite = Cli.run("cite", id, "--turn", "2", "--version", "1", "--archive", archive(),
        "--site", "https://verbatim.example.org/");

    assertThat(cite.exit()).as(cite.err()).isZero();
    assertThat(cite.out()).isEqualTo("Ivan Petrov. (2017, March 2). " + TITLE + ", turn 2 "
        + "[Interview]. https://verbatim.example.org/p/" + id + "/t/2?v=1&h="
        + TurnHash.of(v1.turns().get(1)) + "\n");
  }

  @Test
  void the_latest_version_is_cited_in_the_format_asked_with_the_default_site() {
    Cli cite = Cli.run("cite", id, "--format", "ris", "--archive", archive());

    assertThat(cite.exit()).as(cite.err()).isZero();
    assertThat(cite.out()).startsWith("TY  - GEN\r\nID  - " + id + "-v2\r\n")
        .contains("\r\nUR  - http://localhost:8080/p/" + id + "?v=2\r\n");
  }

  @Test
  void an_unknown_format_is_exit_code_2_and_a_turn_the_version_lacks_exit_code_1() {
    Cli format = Cli.run("cite", id, "--format", "harvard", "--archive", archive());
    Cli turn = Cli.run("cite", id, "--turn", "9", "--version", "1", "--archive", archive());
    Cli unknown = Cli.run("cite", "0123456789abcdef", "--archive", archive());

    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("Unknown citation format: 'harvard' (allowed: apa, chicago, "
        + "mla, bibtex, ris, csl-json), as --format");
    assertThat(turn.exit()).isEqualTo(1);
    assertThat(turn.err()).contains("Version 1 of publication '" + id + "' has no turn 9: its "
        + "turns are 1 to 6");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("No publication with id '0123456789abcdef' in the archive");
  }
}
