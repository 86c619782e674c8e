package org.verbatim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.model.Publication;

/** Generated pages ingested into a test's archive, with the truth the generator wrote of them. */
public final class GeneratedPages {

  private GeneratedPages() {}

  /**
   * Ingests pages 0 to {@code count - 1} of {@code seed} (the generator's defaults) into
   * {@code archive}, checking that each was added.
   *
   * @return each page's truth, in page order
   */
  public static List<Publication> ingest(Archive archive, long seed, int count)
      throws InterruptedException {
    Generator generator = new Generator(GeneratorOptions.defaults());
    List<PageInput> inputs = new ArrayList<>();
    List<Publication> truth = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      GeneratedPage page = generator.page(seed, i);
      truth.add(page.truth());
      inputs.add(new PageInput(page.fileName(), page::rawPage));
    }
    IngestSummary summary = archive.ingest(inputs, Duration.ofMinutes(5), progress -> {});
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.added()).isEqualTo(count);
    return truth;
  }
}
