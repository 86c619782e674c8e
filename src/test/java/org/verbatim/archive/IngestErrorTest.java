package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;

/**
 * An {@link Error} while one page is read (an OutOfMemoryError on a huge page) costs that page
 * alone: it is listed as failed with the error, and the other pages are stored.
 */
class IngestErrorTest {

  @TempDir Path dir;

  @Test
  void an_out_of_memory_error_on_one_page_is_a_failure_of_that_page_and_the_others_are_stored()
      throws Exception {
    Generator generator = new Generator(GeneratorOptions.defaults());
    Path pages = Files.createDirectories(dir.resolve("pages"));
    List<PageInput> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      GeneratedPage page = generator.page(7, i);
      Path file = pages.resolve(page.fileName());
      Files.write(file, page.bytes());
      inputs.add(PageInput.file(file));
    }
    inputs.add(1, new PageInput("huge.html", () -> {
      throw new OutOfMemoryError("Java heap space");
    }));

    IngestSummary summary;
    try (Archive archive = Archive.open(dir.resolve("archive"), "ingest")) {
      summary = archive.ingest(inputs, Duration.ofSeconds(5), progress -> { });
      assertThat(archive.store().count()).isEqualTo(3);
    }

    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.failures()).containsExactly(new IngestSummary.Failure("huge.html",
        "failed with java.lang.OutOfMemoryError: Java heap space"));
  }
}
