package org.verbatim.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Decodes very large pages in a JVM of their own with a small heap, so that the heap a page
 * needs is tested, not assumed. The page stays alive throughout, as {@link Parser} keeps it.
 */
class LargePageDecodingTest {

  @Test
  void a_100_mb_mostly_ascii_page_of_latin1_range_text_decodes_in_320_mb_of_heap()
      throws Exception {
    assertDecodes("latin1", 100, "320m");
  }

  @Test
  void a_100_mb_mostly_ascii_page_with_curly_quotes_decodes_in_768_mb_of_heap() throws Exception {
    // One character beyond Latin-1 makes the whole text two bytes a char: 200 MB of string, and
    // the JDK's UTF-8 decoder needs as much again for a moment while it builds it.
    assertDecodes("ascii", 100, "768m");
  }

  @Test
  void a_50_mb_cyrillic_utf8_page_decodes_in_384_mb_of_heap() throws Exception {
    assertDecodes("cyrillic", 50, "384m");
  }

  private static void assertDecodes(String kind, int megabytes, String heap) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), LargePage.class.getName(), kind,
        String.valueOf(megabytes)))
        .redirectErrorStream(true)
        .start();
    String output;
    try (var out = process.getInputStream()) {
      output = new String(out.readAllBytes(), UTF_8);
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in 2 minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.strip()).matches("length (\\d+) of \\1, lines (\\d+) of \\2, ends true");
  }
}
