package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ChangingPage;

/**
 * {@code diff} and {@code history} over an archive holding one interview in three versions, each
 * ingested from the same file after it changed ({@link ChangingPage}).
 */
class DiffCommandTest {

  @TempDir Path dir;
  String id;

  @BeforeEach
  void threeVersions() throws Exception {
    Path page = Files.createDirectories(dir.resolve("pages")).resolve("fair.txt");
    for (String text : List.of(ChangingPage.V1, ChangingPage.V2, ChangingPage.V3)) {
      Files.writeString(page, text, UTF_8);
      Cli ingested = Cli.run("ingest", page.toString(), "--archive", archive());
      assertThat(ingested.exit()).as(ingested.err()).isZero();
    }
    try (TranscriptStore store = Archive.openStore(dir.resolve("archive"))) {
      id = store.ids().get(0);
    }
  }

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void diff_prints_each_changed_turn_with_its_words_deleted_and_inserted() {
    Cli diff = Cli.run("diff", id, "--archive", archive());

    assertThat(diff.exit()).as(diff.err()).isZero();
    assertThat(diff.out()).isEqualTo(id + ": version 2 to version 3: edited 7 (was 8); removed 6\n"
        + "\n"
        + "turn 6 of version 2 (removed)\n"
        + "[-Ivan Petrov: Growers from four neighbouring countries brought their apples and "
        + "pears.-]\n"
        + "\n"
        + "turn 7, was 8 (edited)\n"
        + "Ivan Petrov: It will, on the same meadow by the river, in the [-second-]{+third+} week "
        + "of [-September-]{+October+}.\n");
  }

  @Test
  void diff_of_two_versions_named_prints_json_as_the_api_does() throws Exception {
    Cli diff = Cli.run("diff", id, "--from", "1", "--to", "2", "--json", "--archive", archive());

    assertThat(diff.exit()).as(diff.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(diff.out());
    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(json.get("summary").asText()).isEqualTo("inserted 3, 4");
    assertThat(json.get("turns").get(0).get("pieces").get(0).get("text").asText())
        .isEqualTo("Question: Was the new bridge open for the visitors?");
    assertThat(json.get("turns").get(0).get("pieces").get(0).get("op").asText())
        .isEqualTo("inserted");
  }

  @Test
  void an_unknown_id_or_version_is_exit_code_1_with_one_line_and_a_bad_number_exit_code_2() {
    Cli unknown = Cli.run("diff", "0123456789abcdef", "--archive", archive());
    Cli version = Cli.run("diff", id, "--from", "7", "--archive", archive());
    Cli bad = Cli.run("diff", id, "--to", "latest", "--archive", archive());

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err())
        .isEqualTo("verbatim: No publication with id '0123456789abcdef' in the archive\n");
    assertThat(version.exit()).isEqualTo(1);
    assertThat(version.err()).isEqualTo("verbatim: Publication '" + id + "' has no version 7: "
        + "its versions are 1 to 3\n");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'latest' is not an int");
  }

  @Test
  void history_says_which_turns_each_version_changed() {
    Cli history = Cli.run("history", id, "--archive", archive());

    assertThat(history.exit()).as(history.err()).isZero();
    assertThat(history.out().lines().toList()).endsWith(
        "version  turns changed (verbatim diff " + id + " --from N --to M shows the words)",
        "2        inserted 3, 4",
        "3        edited 7 (was 8); removed 6");
  }
}
