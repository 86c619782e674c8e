package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.TempFolder;

/**
 * {@code search} and {@code show} through the command line, on a small real archive on each
 * backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class SearchCommandTest {

  @Parameter
  ArchiveBackend backend;
  TempFolder dir;
  ArchiveConfig config;
  String archive;

  @BeforeParameterizedClassInvocation
  void ingest() throws Exception {
    dir = TempFolder.create();
    config = backend.newArchive(dir.resolve("archive"));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("fair.txt"), ArchiveCommandsTest.PAGE_CORRECTED, UTF_8);
    Cli.run("generate", "--count", "15", "--seed", "9", "--out", pages.toString());
    archive = dir.resolve("archive").toString();
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
  }

  @AfterParameterizedClassInvocation
  void dispose() {
    try (TempFolder folder = dir) {
      backend.dispose(config);
    }
  }

  @Test
  void search_json_is_one_object_with_total_hits_turns_facets_and_cursor() throws Exception {
    Cli run = Cli.run("search", "meadow", "--json", "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("total").asLong()).isEqualTo(1);
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("Foreign Minister Ivan Petrov’s interview "
        + "with the Northern Courier, Newtown, March 2, 2017");
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(hit.get("published").asText()).isEqualTo("2017-03-02T18:49");
    assertThat(hit.get("kind").asText()).isEqualTo("interview");
    assertThat(hit.get("language").asText()).isEqualTo("en");
    JsonNode turn = hit.get("turns").get(0);
    assertThat(turn.get("number").asInt()).isEqualTo(4);
    assertThat(turn.get("label").asText()).isEqualTo("Ivan Petrov");
    assertThat(turn.get("speaker").asText()).isEqualTo("Ivan Petrov");
    assertThat(turn.get("snippet").asText())
        .isEqualTo("It will, on the same <mark>meadow</mark> by the river.");
    assertThat(json.get("facets").get("kind").get("interview").asLong()).isEqualTo(1);
    assertThat(json.has("nextCursor")).isTrue();
    assertThat(json.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void search_prints_each_hit_with_its_best_turns_marked_off_a_terminal() {
    Cli run = Cli.run("search", "meadow", "--kind", "interview", "--from", "2017",
        "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Showing 1 of 1 results");
    assertThat(lines.get(2)).isEqualTo("1. Foreign Minister Ivan Petrov’s interview with the "
        + "Northern Courier, Newtown, March 2, 2017");
    assertThat(lines.get(3)).startsWith("   2017-03-02T18:49 · interview · en · ");
    assertThat(lines.get(4)).isEqualTo("   [4] Ivan Petrov: It will, on the same «meadow» by the "
        + "river.");
  }

  @Test
  void solr_syntax_in_a_query_is_refused_in_one_line_or_searched_as_text() {
    for (String injected : List.of("{!func}sum(1,1)", "_query_:\"{!lucene}meadow\"",
        "{!join from=id to=publication}meadow", "unknownfield:x", "title:meadow")) {
      Cli run = Cli.run("search", injected, "--json", "--archive", archive);

      if (run.exit() == 0) {
        assertThat(run.out()).as(injected).contains("\"total\":");
      } else {
        assertThat(run.exit()).as(injected).isEqualTo(2);
        assertThat(run.out()).as(injected).isEmpty();
        assertThat(run.err().lines()).as(injected).hasSize(1);
        assertThat(run.err()).as(injected).startsWith("verbatim: ").doesNotContain("Exception");
      }
    }
  }

  @Test
  void a_bad_query_gets_one_line_and_exit_2() {
    Cli run = Cli.run("search", "\"never closed", "--archive", archive);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("verbatim: ");
  }

  @Test
  void show_json_is_the_parsers_shape_with_the_archive_id_and_versions() throws Exception {
    JsonNode hit = new ObjectMapper().readTree(
        Cli.run("search", "meadow", "--json", "--archive", archive).out()).get("hits").get(0);
    String id = hit.get("id").asText();

    Cli run = Cli.run("show", id, "--json", "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("versions")).hasSize(1);
    assertThat(json.get("versions").get(0).get("number").asInt()).isEqualTo(1);
    assertThat(json.get("kind").asText()).isEqualTo("interview");
    assertThat(json.get("turns")).hasSize(4);
    assertThat(json.get("turns").get(3).get("paragraphs").get(0).asText())
        .isEqualTo("It will, on the same meadow by the river.");
  }
}
