package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.json.PublicationJson;

class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void writes_each_page_with_its_truth_file_beside_it() throws IOException {
    Run run = run("generate", "--count", "6", "--seed", "3", "--out", dir.resolve("a").toString());

    assertThat(run.code).isEqualTo(Main.OK);
    assertThat(run.err).isEmpty();
    List<GeneratedPage> pages = new Generator(GeneratorOptions.defaults()).pages(3, 6).toList();
    assertThat(names(dir.resolve("a"))).hasSize(12);
    for (GeneratedPage page : pages) {
      assertThat(dir.resolve("a").resolve(page.fileName())).hasBinaryContent(page.bytes());
      String truth = Files.readString(dir.resolve("a").resolve(page.truthFileName()),
          StandardCharsets.UTF_8);
      assertThat(PublicationJson.fromJson(truth)).isEqualTo(page.truth());
      assertThat(truth).contains("\"path\" : \"" + page.fileName() + "\"");
    }
    assertThat(run.out).startsWith("Wrote 6 pages (");
  }

  @Test
  void writes_the_same_bytes_for_the_same_seed() throws IOException {
    run("generate", "--count", "5", "--seed", "9", "--out", dir.resolve("a").toString());
    run("generate", "--count", "5", "--seed", "9", "--out", dir.resolve("b").toString());
    run("generate", "--count", "5", "--seed", "10", "--out", dir.resolve("c").toString());

    assertThat(names(dir.resolve("a"))).isEqualTo(names(dir.resolve("b")));
    for (String name : names(dir.resolve("a"))) {
      assertThat(dir.resolve("b").resolve(name))
          .hasSameBinaryContentAs(dir.resolve("a").resolve(name));
    }
    assertThat(names(dir.resolve("c")).stream()
        .anyMatch(name -> !Files.exists(dir.resolve("a").resolve(name)) || !same(name)))
        .isTrue();
  }

  @Test
  void writes_only_the_languages_asked_for() throws IOException {
    run("generate", "--count", "8", "--seed", "1", "--lang", "ru", "--out", dir.toString());

    assertThat(names(dir)).hasSize(16).allMatch(name -> name.contains("_ru_"));
  }

  @Test
  void refuses_an_unknown_language_as_bad_usage() {
    Run run = run("generate", "--count", "2", "--lang", "en,xx", "--out", dir.toString());

    assertThat(run.code).isEqualTo(Main.USAGE);
    assertThat(run.err).contains("Unknown language: 'xx' (allowed: en, ru)");
  }

  @Test
  void refuses_a_missing_count_as_bad_usage() {
    Run run = run("generate", "--out", dir.toString());

    assertThat(run.code).isEqualTo(Main.USAGE);
    assertThat(run.err).contains("Missing required option: '--count=N'");
  }

  private boolean same(String name) {
    try {
      return java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(name)),
          Files.readAllBytes(dir.resolve("c").resolve(name)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
