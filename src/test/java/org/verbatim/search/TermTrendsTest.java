package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.index.Fields;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.GeneratedPages;

/**
 * A single word's trend counted from the index's term frequencies agrees with the same word
 * counted by reading every turn it finds and marking it with the highlighter, month by month and
 * per split value. The words are chosen from the generated text: in English and in Russian, the
 * most frequent indexed terms that several printed forms share ({@code talk}, {@code talks}), each
 * looked up by its rarest form, so that the other forms count only through the field's analysis.
 * Once per backend: embedded, and PostgreSQL with a SolrCloud collection.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class TermTrendsTest {

  static final int PAGES = 40;
  static final long SEED = 11;
  static final int WORDS_PER_LANGUAGE = 3;

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

  /**
   * The {@value #WORDS_PER_LANGUAGE} most frequent terms of {@code language}'s turns that are
   * printed in at least two forms, each as its rarest form.
   */
  static List<String> inflectedWords(String language) {
    Vocabulary vocabulary = new Vocabulary(archive.searcher());
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (Publication p : truth) {
      if (!language.equals(p.language())) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (Turn turn : p.turns()) {
        text.append(String.join("\n\n", turn.paragraphs())).append("\n\n");
      }
      for (Vocabulary.Token token : vocabulary.tokens(Fields.text(language), text.toString())) {
        if (token.surface().codePoints().allMatch(Character::isLetter)
            && token.surface().length() >= 4) {
          forms.computeIfAbsent(token.term(), t -> new HashMap<>())
              .merge(token.surface().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    return forms.values().stream().filter(byForm -> byForm.size() >= 2)
        .sorted(Comparator.comparingInt((Map<String, Integer> byForm) -> byForm.values().stream()
            .mapToInt(Integer::intValue).sum()).reversed())
        .limit(WORDS_PER_LANGUAGE)
        .map(byForm -> byForm.entrySet().stream()
            .min(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow().getKey())
        .toList();
  }

  /** The counts as comparable values: split value → month → [occurrences, turns]. */
  static Map<String, Map<String, List<Long>>> comparable(Map<String, Map<String, long[]>> found) {
    Map<String, Map<String, List<Long>>> out = new TreeMap<>();
    found.forEach((value, byMonth) -> byMonth.forEach((month, counts) -> out
        .computeIfAbsent(value, v -> new TreeMap<>()).put(month, List.of(counts[0], counts[1]))));
    return out;
  }

  void assertAgree(String word, Filters filters, TrendRequest.Split split, String splitField)
      throws QueryException {
    Trends trends = new Trends(archive.searcher());
    TurnScan scan = TurnScan.of(archive.searcher(), word, filters);
    Map<String, String> terms = trends.terms(scan);
    assertThat(terms).as("terms of %s", word).isNotNull();
    var fast = comparable(scan.termCounts(terms, splitField));
    var exact = comparable(Trends.scanned(scan, split));
    assertThat(exact).as("%s read from the turns", word).isNotEmpty();
    assertThat(fast).as("%s from term frequencies, split by %s", word, split).isEqualTo(exact);
  }

  @Test
  void counts_english_and_russian_words_in_all_their_forms_as_the_highlighter_does()
      throws QueryException {
    Set<String> checked = new TreeSet<>();
    for (String language : List.of("en", "ru")) {
      List<String> words = inflectedWords(language);
      assertThat(words).as("inflected %s words", language).hasSize(WORDS_PER_LANGUAGE);
      for (String word : words) {
        assertAgree(word, Filters.NONE, null, null);
        assertAgree(word, Filters.NONE, TrendRequest.Split.SPEAKER, Fields.SPEAKER);
        assertAgree(word, Filters.NONE, TrendRequest.Split.LANG, Fields.LANGUAGE);
        assertAgree(word, new Filters(List.of(), List.of(), List.of(language), List.of(),
            List.of(), null, null, List.of(), List.of()), TrendRequest.Split.ROLE, Fields.ROLE);
        checked.add(word);
      }
    }
    assertThat(checked).hasSize(2 * WORDS_PER_LANGUAGE);
  }

  @Test
  void reads_the_turns_of_phrases_prefixes_several_words_and_words_of_several_terms()
      throws QueryException {
    Trends trends = new Trends(archive.searcher());
    for (String query : List.of("\"cultural exchange\"", "fish*", "fisheries talks", "e-mail",
        "fisheries -talks")) {
      assertThat(trends.terms(TurnScan.of(archive.searcher(), query, Filters.NONE)))
          .as(query).isNull();
    }
    assertThat(trends.terms(TurnScan.of(archive.searcher(), "Fisheries speaker:\"Ivan Petrov\"",
        Filters.NONE))).containsEntry("text_en", "fishery").containsEntry("text_ru", "fisheries");
  }
}
