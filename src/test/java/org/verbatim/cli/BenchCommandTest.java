package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench on a tiny corpus, to prove the whole pipeline runs and reports every section and
 * engine. Not a timed test: no figure is compared with a target here.
 */
class BenchCommandTest {

  @TempDir
  Path dir;

  @Test
  void writes_every_section_and_engine_to_the_json_and_the_markdown() throws Exception {
    Path out = dir.resolve("out");
    Cli run = Cli.run("bench", "--sizes", "40", "--reps", "1", "--queries", "10",
        "--clients", "2", "--load-seconds", "1", "--out", out.toString(),
        "--work", dir.resolve("work").toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Wrote " + out.resolve("results.json") + " and "
        + out.resolve("results.md") + System.lineSeparator());
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(json.path("machine").path("cores").asInt()).isPositive();
    JsonNode size = json.path("sizes").get(0);
    assertThat(size.path("pages").asInt()).isEqualTo(40);
    assertThat(names(size.path("ingest"))).containsExactly("VERBATIM", "VERBATIM_NO_ENTITIES", "SOLR",
        "LUCENE");
    for (JsonNode ingest : size.path("ingest")) {
      assertThat(ingest.path("pagesPerSecond").asDouble()).isPositive();
      assertThat(ingest.path("peakHeapMegabytes").asDouble()).isPositive();
      assertThat(ingest.path("diskPerTextMegabyte").asDouble()).isPositive();
      assertThat(ingest.path("failed").asInt()).isZero();
    }
    assertThat(names(size.path("search")))
        .containsExactly("VERBATIM", "LUCENE", "SQLITE", "POSTGRES");
    for (JsonNode search : size.path("search")) {
      if (search.path("available").asBoolean()) {
        assertThat(search.path("plain").path("samples").asInt()).isEqualTo(5);
        assertThat(search.path("faceted").path("samples").asInt()).isEqualTo(5);
        assertThat(search.path("faceted").path("p95").asDouble()).isPositive();
      } else {
        assertThat(search.path("engine").asText()).isEqualTo("POSTGRES");
        assertThat(search.path("note").asText()).startsWith("not available");
      }
    }
    assertThat(size.path("search").get(1).path("topTenOverlap").asDouble()).isBetween(0.0, 1.0);
    JsonNode serve = size.path("serve");
    assertThat(serve.path("coldStartJavaSeconds").asDouble()).isPositive();
    assertThat(serve.path("publicationPage").path("errors").asLong()).isZero();
    assertThat(serve.path("searchPage").path("errors").asLong()).isZero();
    assertThat(serve.path("searchPage").path("latency").path("samples").asInt()).isPositive();
    assertThat(serve.path("luceneSearch").path("errors").asLong()).isZero();
    assertThat(serve.path("luceneSearch").path("clients").asInt()).isEqualTo(2);
    assertThat(serve.path("searchToLucene").asDouble()).isPositive();
    assertThat(serve.path("publicationPaths").asInt()).isEqualTo(40);
    assertThat(json.path("targets")).hasSize(14);
    JsonNode align = json.path("align");
    assertThat(align.path("englishTurns").asInt()).isEqualTo(50);
    assertThat(align.path("turnsOnly").path("samples").asInt()).isEqualTo(200);
    assertThat(align.path("withSentences").path("p50").asDouble()).isPositive();

    String markdown = Files.readString(out.resolve("results.md"), StandardCharsets.UTF_8);
    assertThat(markdown).startsWith("Machine: ")
        .contains("### Ingest", "### Search (ms)", "### Serving (40 pages)", "### Targets",
            "### Aligning two versions (ms)", "| turns only | ",
            "| turns and the sentences of every pair of turns | ")
        .contains("| 40 | Verbatim (parse + store + index) |", "| 40 | bare embedded Solr |",
            "| 40 | Verbatim without entity recognition |",
            "| Entity recognition costs ingest at most 10% (pages/s at least 0.90× the same "
                + "ingest's without it) |",
            "| 40 | plain Lucene IndexWriter |", "| 40 | Verbatim |", "| 40 | bare Lucene |",
            "| 40 | SQLite FTS5 |", "| 40 | PostgreSQL FTS |", "| publication `/p/ID` |",
            "| search `/search?q=…` |", "| serve cold start under 3 s |",
            "| bare Lucene, the same queries with facets and highlighting, 20 hits as on the "
                + "page | 2 |",
            "Search page ÷ bare Lucene (requests/s): ",
            "| Search page at least 0.8× bare Lucene's requests/s (facets and highlighting, 2 "
                + "clients) |", "| Publication page at least 1,000 requests/s (2 clients) |",
            "| Publication page p99 under 100 ms |", "| No errors under load |");

    Path again = dir.resolve("again");
    Cli serveOnly = Cli.run("bench", "--sizes", "40", "--serve-only", "--clients", "2",
        "--load-seconds", "1", "--out", again.toString(), "--work",
        dir.resolve("work").toString());
    assertThat(serveOnly.exit()).as(serveOnly.err()).isEqualTo(Main.OK);
    JsonNode only = new ObjectMapper().readTree(again.resolve("results.json").toFile());
    JsonNode onlySize = only.path("sizes").get(0);
    assertThat(onlySize.path("ingest")).isEmpty();
    assertThat(onlySize.path("search")).isEmpty();
    assertThat(onlySize.path("serve").path("publicationPage").path("latency").path("samples")
        .asInt()).isPositive();
    assertThat(only.path("targets")).hasSize(4);
    assertThat(Files.readString(again.resolve("results.md"), StandardCharsets.UTF_8))
        .contains("| 40 | not measured (--serve-only) |", "### Serving (40 pages)",
            "### Aligning two versions (ms)\n\nNot measured (--serve-only).");
  }

  @Test
  void serving_alone_needs_the_archive_of_an_earlier_run() {
    Cli run = Cli.run("bench", "--sizes", "40", "--serve-only", "--out", dir.toString(),
        "--work", dir.resolve("empty").toString());

    assertThat(run.exit()).isNotEqualTo(Main.OK);
    assertThat(run.err()).contains("--serve-only needs the archive of 40 pages that a full run"
        + " leaves in " + dir.resolve("empty").resolve("run-40").resolve("ingest-verbatim"));
  }

  @Test
  void refuses_a_repetition_count_below_one() {
    Cli run = Cli.run("bench", "--reps", "0", "--out", dir.toString());

    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--reps must be 1 or more: 0");
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.path("engine").asText()));
    return names;
  }
}
