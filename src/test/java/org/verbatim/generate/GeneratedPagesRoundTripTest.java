package org.verbatim.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
    Map<String, Integer> held = new TreeMap<>();
    List<Mismatch> mismatches = IntStream.range(0, PAGES).parallel()
        .mapToObj(i -> generator.page(SEED, i))
        .peek(page -> count(page, held))
        .map(page -> mismatch(page, parser))
        .filter(Objects::nonNull)
        .sorted((a, b) -> a.text().compareTo(b.text()))
        .toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = 1.0 - (double) mismatches.size() / PAGES;
    System.out.printf(Locale.ROOT,
        "Round trip: %d of %d generated pages exactly equal to their truth (%.2f%%) in %.1f s%n",
        PAGES - mismatches.size(), PAGES, rate * 100, seconds);
    System.out.println(byForm(mismatches, held));
    List<String> shown = mismatches.stream().limit(SHOWN).map(Mismatch::text).toList();
    shown.forEach(System.out::println);
    assertThat(rate)
        .as("share of pages parsed exactly to their truth; first mismatches:%n%s",
            String.join("\n", shown))
        .isGreaterThanOrEqualTo(0.995);
  }

  /** A page that did not parse to its truth: its forms and what differed. */
  private record Mismatch(GeneratedPage page, String text) {}

  /** Null when the page parses to its truth, else the page's name and its differences. */
  private static Mismatch mismatch(GeneratedPage page, Parser parser) {
    Publication parsed;
    try {
      parsed = parser.parse(page.rawPage());
    } catch (ParseException e) {
      return new Mismatch(page, page.fileName() + ": not parsed: " + e.getMessage());
    }
    if (parsed.equals(page.truth())) {
      return null;
    }
    List<String> differences = PublicationDiff.between(page.truth(), parsed);
    return new Mismatch(page, page.fileName() + " (header " + page.header() + ", forms "
        + page.forms() + "):\n  "
        + String.join("\n  ", differences.stream().limit(6).toList())
        + (differences.size() > 6 ? "\n  … " + (differences.size() - 6) + " more" : ""));
  }

  /** Counts {@code page} under its header form and each other form it holds. */
  private static void count(GeneratedPage page, Map<String, Integer> counts) {
    synchronized (counts) {
      counts.merge("header " + page.header(), 1, Integer::sum);
      page.forms().forEach(form -> counts.merge(form.name(), 1, Integer::sum));
      if (page.forms().isEmpty()) {
        counts.merge("(no other form)", 1, Integer::sum);
      }
    }
  }

  /**
   * Mismatched pages of all pages, by header form and by each other form they hold (a page with
   * several forms counts under each): what the parser has still to learn.
   */
  private static String byForm(List<Mismatch> mismatches, Map<String, Integer> held) {
    Map<String, Integer> counts = new TreeMap<>();
    mismatches.forEach(mismatch -> count(mismatch.page(), counts));
    List<String> rows = new ArrayList<>();
    held.forEach((form, n) -> rows.add(form + " " + counts.getOrDefault(form, 0) + "/" + n));
    return "Mismatched pages by form (mismatched/held): " + String.join(", ", rows);
  }
}
