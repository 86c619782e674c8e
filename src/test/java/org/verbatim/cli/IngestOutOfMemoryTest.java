package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;

/**
 * A page too large for the heap makes the JVM throw an OutOfMemoryError in the worker reading it:
 * {@code ingest} names that page as failed, stores the others and exits with 1.
 */
class IngestOutOfMemoryTest {

  static final String HEAP = "192m";
  static final int HUGE_MEGABYTES = 300; // more than the whole heap: it can never be read

  @TempDir Path dir;

  @Test
  void a_page_larger_than_the_heap_fails_alone_with_exit_code_1() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < 3; i++) {
      GeneratedPage page = generator.page(5, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
    }
    byte[] line = "Question: Could you say more about the talks?\n".getBytes(UTF_8);
    try (OutputStream out = Files.newOutputStream(pages.resolve("huge.txt"))) {
      for (long written = 0; written < HUGE_MEGABYTES * 1_000_000L; written += line.length) {
        out.write(line);
      }
    }
    Path archive = dir.resolve("archive");

    Process ingest = ChildJvm.startMerged(HEAP, Main.class, "ingest", pages.toString(),
        "--archive", archive.toString());
    String out = new String(ingest.getInputStream().readAllBytes(), UTF_8);
    assertThat(ingest.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(ingest.exitValue()).as(out).isEqualTo(Main.FAILED);
    assertThat(out).contains("huge.txt", "java.lang.OutOfMemoryError");
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().count()).isEqualTo(3);
    }
  }
}
