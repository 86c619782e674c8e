package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verbatim.testing.TempFolder;
import org.verbatim.testing.TmxFiles;

/** {@code export} through the command line, on an archive of an English and a Russian version. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {

  private static final String ENGLISH = """
      14 June 201911:30
      Foreign Minister Ivan Petrov’s interview with the Harbour Gazette, Moscow, June 14, 2019
        • en-GB1 ru-RU1

      Question: Will the new bridge over the bay open in 2020?

      Ivan Petrov: It will open in July 2020. The builders have finished 3 of its 4 spans.

      Question: And the tolls?

      Ivan Petrov: There will be no tolls for the first year.
      """;
  private static final String RUSSIAN = """
      14 июня 201911:30
      Интервью Министра иностранных дел И.П.Петрова «Портовой газете», Москва, 14 июня 2019 года
        • en-GB1 ru-RU1

      Вопрос: Откроется ли новый мост через залив в 2020 году?

      И.П.Петров: Он откроется в июле 2020 года. Строители закончили 3 из 4 его пролётов.

      Вопрос: А плата за проезд?

      И.П.Петров: В первый год платы за проезд не будет.
      """;

  TempFolder dir;
  String archive;
  String en;
  String ru;

  @BeforeAll
  void ingest() throws Exception {
    dir = TempFolder.create();
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("en.txt"), ENGLISH, UTF_8);
    Files.writeString(pages.resolve("ru.txt"), RUSSIAN, UTF_8);
    archive = dir.resolve("archive").toString();
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    en = idOf("bridge");
    ru = idOf("мост");
  }

  @AfterAll
  void dispose() {
    dir.close();
  }

  @Test
  void writes_a_pairs_tmx_to_a_file() throws Exception {
    Path out = dir.resolve("pair.tmx");

    Cli run = Cli.run("export", "--format", "tmx", "--id", en, "--lang", "ru", "--out", out.toString(),
        "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    byte[] tmx = Files.readAllBytes(out);
    TmxFiles.validate(tmx);
    List<TmxFiles.Unit> units = TmxFiles.read(tmx, "en", "ru");
    assertThat(units).extracting(TmxFiles.Unit::source).containsExactly(
        "Will the new bridge over the bay open in 2020?", "It will open in July 2020.",
        "The builders have finished 3 of its 4 spans.", "And the tolls?",
        "There will be no tolls for the first year.");
    assertThat(units).extracting(TmxFiles.Unit::target).containsExactly(
        "Откроется ли новый мост через залив в 2020 году?", "Он откроется в июле 2020 года.",
        "Строители закончили 3 из 4 его пролётов.", "А плата за проезд?",
        "В первый год платы за проезд не будет.");
    assertThat(units.get(2).properties()).containsEntry("x-verbatim-speaker", "Ivan Petrov")
        .containsEntry("en:x-verbatim-turn", "2").containsEntry("ru:x-verbatim-publication", ru);
  }

  @Test
  void writes_a_searchs_tsv_to_stdout() {
    Cli run = Cli.run("export", "tolls OR проезд", "--format", "tsv", "--lang", "ru",
        "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(4)).startsWith(en + "\t" + ru + "\ten\tru\t3\t3\tQuestion\t"
        + "2019-06-14T11:30\tAnd the tolls?\tА плата за проезд?\t");
  }

  @Test
  void names_a_missing_version_and_a_bad_format() {
    Cli french = Cli.run("export", "--format", "tmx", "--id", en, "--lang", "fr",
        "--archive", archive);
    assertThat(french.exit()).isEqualTo(Main.FAILED);
    assertThat(french.err()).isEqualTo("verbatim: Publication '" + en + "' (en) has no 'fr' "
        + "version in the archive; it has: ru " + ru + System.lineSeparator());

    Cli format = Cli.run("export", "--format", "xliff", "--id", en, "--archive", archive);
    assertThat(format.exit()).isEqualTo(Main.USAGE);
    assertThat(format.err())
        .contains("Unknown export format: 'xliff' (allowed: jsonl, csv, tei, tmx, tsv)");

    Cli both = Cli.run("export", "bridge", "--format", "tmx", "--id", en, "--archive", archive);
    assertThat(both.exit()).isEqualTo(Main.USAGE);
    assertThat(both.err()).contains("Give a QUERY or --id, not both");

    Cli none = Cli.run("export", "bridge", "--archive", archive);
    assertThat(none.exit()).isEqualTo(Main.USAGE);
    assertThat(none.err()).contains("--format");
  }

  private String idOf(String query) throws Exception {
    Cli search = Cli.run("search", query, "--json", "--archive", archive);
    assertThat(search.exit()).as(search.err()).isZero();
    JsonNode hits = new ObjectMapper().readTree(search.out()).get("hits");
    assertThat(hits).hasSize(1);
    return hits.get(0).get("id").asText();
  }
}
