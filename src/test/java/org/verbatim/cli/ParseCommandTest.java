package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.json.PublicationJson;

/**
 * {@code parse}: one JSON line per page in file order, the same bytes whether the JSON goes
 * through a text writer (as here, in a test) or as bytes to the process's standard output, and
 * a page that fails named on stderr while the others are printed.
 */
class ParseCommandTest {

  @TempDir
  Path dir;

  @Test
  void prints_one_json_line_per_page_in_file_order_as_the_generator_says_it_must()
      throws IOException {
    List<GeneratedPage> pages = write(40);

    Cli run = Cli.run("parse", "--json", dir.toString());

    assertThat(run.exit()).isEqualTo(Main.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      assertThat(PublicationJson.fromJson(lines.get(i)).withSource(null))
          .isEqualTo(pages.get(i).truth().withSource(null));
    }
  }

  @Test
  void json_written_as_bytes_to_standard_output_is_the_text_writers_byte_for_byte()
      throws IOException {
    write(40);
    Cli text = Cli.run("parse", "--json", dir.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StandardOut out = StandardOut.of(bytes);
    StringWriter err = new StringWriter();

    int exit = Main.run(out, new PrintWriter(err, true), "parse", "--json", dir.toString());
    out.flush();

    assertThat(exit).isEqualTo(Main.OK);
    assertThat(err.toString()).isEqualTo(text.err());
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.out());
    assertThat(text.out()).contains("Министр"); // the corpus holds more than ASCII
  }

  @Test
  void a_page_that_fails_is_named_on_stderr_and_the_others_are_printed() throws IOException {
    write(3);
    Files.write(dir.resolve("zz-empty.txt"), new byte[0]);

    Cli run = Cli.run("parse", "--json", dir.toString());

    assertThat(run.exit()).isEqualTo(Main.FAILED);
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.err()).contains("zz-empty.txt", "empty file");
  }

  @Test
  void a_closed_standard_output_ends_the_command_saying_so() throws IOException {
    write(2);
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StringWriter err = new StringWriter();

    int exit = Main.run(StandardOut.of(closed), new PrintWriter(err, true), "parse", "--json",
        dir.toString());

    assertThat(exit).isEqualTo(Main.FAILED);
    assertThat(err.toString()).contains("cannot write to standard output: Broken pipe")
        .doesNotContain("cannot read");
  }

  private List<GeneratedPage> write(int count) throws IOException {
    List<GeneratedPage> pages = new Generator(GeneratorOptions.defaults()).pages(5, count).toList();
    for (GeneratedPage page : pages) {
      Files.write(dir.resolve(page.fileName()), page.bytes());
    }
    return pages.stream().sorted((a, b) -> a.fileName().compareTo(b.fileName())).toList();
  }
}
