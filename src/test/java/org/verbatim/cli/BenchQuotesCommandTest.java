package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --quotes} on a tiny corpus, to prove it makes its archive, counts every kind of
 * quote and checks issue 15's targets. Not a timed test: no figure is compared with a target.
 */
class BenchQuotesCommandTest {

  @TempDir
  Path dir;

  @Test
  void counts_each_kind_of_quote_and_writes_the_targets_to_the_json_and_the_markdown()
      throws Exception {
    Path out = dir.resolve("out");
    Cli run = Cli.run("bench", "--quotes", "--sizes", "40", "--quotes-per-kind", "2",
        "--seed", "3", "--out", out.toString(), "--work", dir.resolve("work").toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
    assertThat(dir.resolve("work/quotes-3-40/complete")).exists();
    JsonNode figures = new ObjectMapper().readTree(out.resolve("quotes.json").toFile())
        .path("figures");
    assertThat(figures.path("pages").asInt()).isEqualTo(40);
    assertThat(figures.path("pairs").asInt()).isEqualTo(100);
    assertThat(figures.path("kinds").findValuesAsText("kind"))
        .containsExactly("exact", "shortened", "changed", "translated");
    for (JsonNode kind : figures.path("kinds")) {
      assertThat(kind.path("quotes").asInt()).isEqualTo(2);
      assertThat(kind.path("topThree").asInt()).isBetween(kind.path("first").asInt(), 2);
    }
    assertThat(figures.path("latency").path("samples").asInt()).isEqualTo(8);
    String md = Files.readString(out.resolve("quotes.md"), StandardCharsets.UTF_8);
    assertThat(run.out()).isEqualTo(md);
    assertThat(md).startsWith("# The quote finder on 40 generated pages and 100 version pairs "
        + "(seed 3)").contains("| Source first for at least 95% of changed quotes |",
        "| Source among the first three for at least 99% of translated quotes |");
  }

  @Test
  void refuses_a_count_of_quotes_under_one() {
    Cli run = Cli.run("bench", "--quotes", "--quotes-per-kind", "0", "--work",
        dir.resolve("work").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--quotes-per-kind must be 1 or more: 0");
  }
}
