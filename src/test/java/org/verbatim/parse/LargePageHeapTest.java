package org.verbatim.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Decodes and parses very large pages in a JVM of their own with a small heap, so that the heap a
 * page needs is tested, not assumed (surefire's own JVM has a larger one). The issue asks for a
 * 100 MB page parsed within 512 MB of heap.
 */
class LargePageHeapTest {

  @Test
  void a_100_mb_mostly_ascii_page_of_latin1_range_text_decodes_into_lines_in_288_mb_of_heap()
      throws Exception {
    assertThat(run("lines", "latin1", 100, "288m"))
        .matches("length (\\d+) of \\1, lines (\\d+) of \\2, ends true");
  }

  @Test
  void a_100_mb_mostly_ascii_page_with_curly_quotes_decodes_into_lines_in_384_mb_of_heap()
      throws Exception {
    // Only the lines that hold a curly quote are strings of two bytes a char.
    assertThat(run("lines", "ascii", 100, "384m"))
        .matches("length (\\d+) of \\1, lines (\\d+) of \\2, ends true");
  }

  @Test
  void a_100_mb_page_with_crlf_line_ends_decodes_into_lines_in_384_mb_of_heap() throws Exception {
    assertThat(run("lines", "ascii-crlf", 100, "384m"))
        .matches("length (\\d+) of \\1, lines (\\d+) of \\2, ends true");
  }

  @Test
  void a_100_mb_cyrillic_utf8_page_decodes_into_lines_in_320_mb_of_heap() throws Exception {
    assertThat(run("lines", "cyrillic", 100, "320m"))
        .matches("length (\\d+) of \\1, lines (\\d+) of \\2, ends true");
  }

  @Test
  void a_100_mb_page_with_curly_quotes_parses_in_512_mb_of_heap() throws Exception {
    assertThat(run("parse", "ascii", 100, "512m"))
        .matches("turns (\\d+) of \\1, warnings 0, ends true");
  }

  @Test
  void a_100_mb_cyrillic_utf8_page_parses_in_512_mb_of_heap() throws Exception {
    assertThat(run("parse", "cyrillic", 100, "512m"))
        .matches("turns (\\d+) of \\1, warnings 0, ends true");
  }

  /** Runs {@link LargePage} with these arguments in a JVM of {@code heap}; its output line. */
  private static String run(String action, String kind, int megabytes, String heap)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), LargePage.class.getName(), action, kind,
        String.valueOf(megabytes)))
        .redirectErrorStream(true)
        .start();
    String output;
    try (var out = process.getInputStream()) {
      output = new String(out.readAllBytes(), UTF_8);
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in 2 minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip();
  }
}
