package org.verbatim.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;

/** The parser reads generated pages as the generator meant them. */
class GeneratedPagesRoundTripTest {

  private static final long SEED = 20240229L;
  private static final int PAGES = 10_000;
  private static final int SHOWN = 8;

  @Test
  void parses_ten_thousand_generated_pages_to_their_truth() {
    Generator generator = new Generator(GeneratorOptions.defaults());
    Parser parser = new Parser();
    long started = System.nanoTime();
    List<String> mismatches = IntStream.range(0, PAGES).parallel()
        .mapToObj(i -> mismatch(generator.page(SEED, i), parser))
        .filter(Objects::nonNull)
        .sorted()
        .toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = 1.0 - (double) mismatches.size() / PAGES;
    System.out.printf(java.util.Locale.ROOT,
        "Round trip: %d of %d generated pages exactly equal to their truth (%.2f%%) in %.1f s%n",
        PAGES - mismatches.size(), PAGES, rate * 100, seconds);
    mismatches.stream().limit(SHOWN).forEach(System.out::println);
    assertThat(rate)
        .as("share of pages parsed exactly to their truth; first mismatches:%n%s",
            String.join("\n", mismatches.stream().limit(SHOWN).toList()))
        .isGreaterThanOrEqualTo(0.995);
  }

  /** Null when the page parses to its truth, else the page's name and its differences. */
  private static String mismatch(GeneratedPage page, Parser parser) {
    Publication parsed;
    try {
      parsed = parser.parse(page.rawPage());
    } catch (ParseException e) {
      return page.fileName() + ": not parsed: " + e.getMessage();
    }
    if (parsed.equals(page.truth())) {
      return null;
    }
    List<String> differences = PublicationDiff.between(page.truth(), parsed);
    return page.fileName() + " (header " + page.header() + "):\n  "
        + String.join("\n  ", differences.stream().limit(6).toList())
        + (differences.size() > 6 ? "\n  … " + (differences.size() - 6) + " more" : "");
  }
}
