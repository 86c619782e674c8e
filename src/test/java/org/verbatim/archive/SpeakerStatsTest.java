package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.corpus.KeyTerm;
import org.verbatim.corpus.SpeakerReport;
import org.verbatim.generate.FavouriteTerms;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.StoredPublication;

/**
 * A speaker's statistics on generated pages whose speakers each favour two words: keyness ranks
 * those words first, and the counts agree with the store.
 */
class SpeakerStatsTest {

  static final int PAGES = 60;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @TempDir Path dir;

  @Test
  void ranks_a_speakers_favourite_words_first_and_counts_their_turns_words_and_answers()
      throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults().withLanguages(List.of("en")))
        .withFavouriteTerms();
    List<PageInput> inputs = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      GeneratedPage page = generator.page(316, i);
      Path file = pages.resolve(page.fileName());
      Files.write(file, page.bytes());
      inputs.add(PageInput.file(file));
    }
    try (Archive archive = Archive.open(dir.resolve("archive"), "test")) {
      assertThat(archive.ingest(inputs, Duration.ofHours(1), p -> {}).failures()).isEmpty();
      String speaker = busiestSpeaker(archive);

      SpeakerReport report = new SpeakerStats(archive.store(), archive.searcher())
          .report(SearchRequest.of("speaker:\"" + speaker + "\""), 10);

      assertThat(report.keyTerms().subList(0, 2)).as(report.keyTerms().toString())
          .extracting(KeyTerm::word).containsExactlyInAnyOrderElementsOf(FavouriteTerms.of(speaker));
      KeyTerm first = report.keyTerms().get(0);
      assertThat(first.field()).isEqualTo("text_en");
      assertThat(first.g2()).isGreaterThan(report.keyTerms().get(2).g2());
      assertThat(first.logRatio()).isPositive();
      List<Turn> spoken = new ArrayList<>();
      long publications = 0;
      Map<String, Long> outlets = new HashMap<>();
      for (String id : archive.store().ids()) {
        Publication p = archive.store().publication(id).map(StoredPublication::publication)
            .orElseThrow();
        List<Turn> theirs = p.turns().stream().filter(t -> speaker.equals(t.speaker())).toList();
        spoken.addAll(theirs);
        publications += theirs.isEmpty() ? 0 : 1;
      }
      assertThat(report.turns()).isEqualTo(spoken.size());
      assertThat(report.publications()).isEqualTo(publications);
      assertThat(report.words()).isEqualTo(spoken.stream().mapToLong(t -> words(t)).sum());
      assertThat(report.answers())
          .isEqualTo(spoken.stream().filter(t -> t.role() == Role.ANSWER).count());
      assertThat(report.byOutlet().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(report.answers());
    }
  }

  @Test
  void computes_log_likelihood_as_rayson_and_garside_do() {
    // 10 in 1,000 words against 10 in 10,000: E1 = 1000·20/11000, E2 = 10000·20/11000.
    KeyTerm k = KeyTerm.of("w", "w", "text_en", 10, 1_000, 10, 10_000);
    double e1 = 1000.0 * 20 / 11000;
    double e2 = 10000.0 * 20 / 11000;
    assertThat(k.g2()).isCloseTo(2 * (10 * Math.log(10 / e1) + 10 * Math.log(10 / e2)),
        within(1e-9));
    assertThat(k.g2()).isCloseTo(22.1382, within(1e-4));
    assertThat(k.logRatio()).isCloseTo(Math.log(10) / Math.log(2), within(1e-9));
  }

  @Test
  void refuses_a_query_it_cannot_search() throws Exception {
    try (Archive archive = Archive.open(dir.resolve("empty"), "test")) {
      SpeakerStats stats = new SpeakerStats(archive.store(), archive.searcher());
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> stats.report(SearchRequest.of("speaker:"), 5))
          .isInstanceOf(QueryException.class);
    }
  }

  /** The principal speaker of the most publications. */
  private static String busiestSpeaker(Archive archive) {
    Map<String, Integer> publications = new HashMap<>();
    for (String id : archive.store().ids()) {
      Publication p = archive.store().publication(id).orElseThrow().publication();
      if (!p.participants().isEmpty()) {
        publications.merge(p.participants().getFirst().name(), 1, Integer::sum);
      }
    }
    return publications.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
  }

  private static long words(Turn turn) {
    long n = 0;
    Matcher m = WORD.matcher(String.join("\n", turn.paragraphs()));
    while (m.find()) {
      n++;
    }
    return n;
  }
}
