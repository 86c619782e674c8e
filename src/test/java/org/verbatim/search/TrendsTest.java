package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.index.WordCount;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.GeneratedPages;

/**
 * Trend counts against the generator's truth: the test counts each query in the text every
 * generated turn must have, month by month, and the words of every dated turn, and the trends
 * must say the same, absolute and per million words. Once per backend: embedded, and PostgreSQL
 * with a SolrCloud collection.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class TrendsTest {

  static final int PAGES = 40;
  static final long SEED = 7;

  @TempDir
  static Path dirs;
  static Archive archive;
  static ArchiveConfig config;
  static List<Publication> truth;

  @Parameter
  ArchiveBackend backend;

  @BeforeParameterizedClassInvocation
  static void ingest(ArchiveBackend backend) throws Exception {
    Path dir = Files.createDirectories(dirs.resolve(backend.name()));
    config = backend.newArchive(dir);
    archive = Archive.open(dir, "test");
    truth = GeneratedPages.ingest(archive, SEED, PAGES);
  }

  @AfterParameterizedClassInvocation
  static void close(ArchiveBackend backend) {
    archive.close();
    backend.dispose(config);
  }

  /** Per month: occurrences of {@code pattern}, turns holding it, and words of all turns. */
  static Map<String, long[]> counted(Pattern pattern, String language) {
    Map<String, long[]> byMonth = new TreeMap<>();
    for (Publication p : truth) {
      if (p.published() == null || (language != null && !language.equals(p.language()))) {
        continue;
      }
      long[] counts = byMonth.computeIfAbsent(p.published().date().toString().substring(0, 7),
          m -> new long[3]);
      for (Turn turn : p.turns()) {
        String text = String.join("\n\n", turn.paragraphs());
        Matcher m = pattern.matcher(text);
        int found = 0;
        while (m.find()) {
          found++;
        }
        counts[0] += found;
        counts[1] += found > 0 ? 1 : 0;
        counts[2] += WordCount.of(text);
      }
    }
    return byMonth;
  }

  static void assertSeries(TrendSeries series, Map<String, long[]> expected) {
    long total = 0;
    for (TrendSeries.Point point : series.points()) {
      long[] counts = expected.getOrDefault(point.period(), new long[3]);
      assertThat(new long[] {point.occurrences(), point.turns(), point.words()})
          .as("%s in %s", series.query(), point.period()).containsExactly(counts);
      assertThat(point.perMillion()).as("%s per million in %s", series.query(), point.period())
          .isCloseTo(counts[2] == 0 ? 0 : counts[0] * 1e6 / counts[2], within(1e-9));
      total += point.occurrences();
    }
    assertThat(total).as("occurrences of %s", series.query()).isPositive();
    assertThat(series.points().stream().map(TrendSeries.Point::period))
        .containsAll(expected.keySet());
  }

  @Test
  void counts_each_query_per_month_as_the_truth_does_absolute_and_per_million_words()
      throws QueryException {
    Trends.TrendResult result = new Trends(archive.searcher())
        .count(TrendRequest.of("fisheries", "\"cultural exchange\""));
    assertThat(result.series()).hasSize(2);
    assertSeries(result.series().get(0), counted(Pattern.compile("(?i)\\bfisheries\\b"), null));
    assertSeries(result.series().get(1),
        counted(Pattern.compile("(?i)\\bcultural exchange\\b"), null));
    assertThat(result.periods()).isSorted();
  }

  @Test
  void counts_per_year_within_a_language_and_split_by_language() throws QueryException {
    Pattern fisheries = Pattern.compile("(?i)\\bfisheries\\b");
    Map<String, long[]> byYear = new TreeMap<>();
    counted(fisheries, "en").forEach((month, counts) -> {
      long[] year = byYear.computeIfAbsent(month.substring(0, 4), y -> new long[3]);
      for (int i = 0; i < 3; i++) {
        year[i] += counts[i];
      }
    });
    Trends trends = new Trends(archive.searcher());
    TrendRequest.Period year = TrendRequest.Period.YEAR;
    Trends.TrendResult english = trends.count(new TrendRequest(List.of("fisheries"),
        new Filters(List.of(), List.of(), List.of("en"), List.of(), List.of(), null, null,
            List.of(), List.of()), year, null));
    assertSeries(english.series().get(0), byYear);

    Trends.TrendResult split = trends.count(new TrendRequest(List.of("fisheries"),
        Filters.NONE, year, TrendRequest.Split.LANG));
    assertThat(split.series()).extracting(TrendSeries::split).containsExactly("en");
    assertSeries(split.series().get(0), byYear);
  }
}
