package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.entity.Recognizer;
import org.verbatim.index.IndexBackend;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;
import org.verbatim.search.Hit;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Searcher;
import org.verbatim.search.TurnHit;
import org.verbatim.search.VersionTurn;
import org.verbatim.store.PutResult;
import org.verbatim.store.TranscriptStore;

/**
 * Search across language versions, on a real store (SQLite) and a real index, once per backend:
 * two English interviews and their Russian versions, and a Russian speech without an English
 * one (src/test/resources/xlang). In the first pair, the Russian answer 4 says "Арктика" and
 * question 3 "Арктике"; in the second, the Russian answer 4 ("Арктике") is English answers 4 and
 * 5, and English answer 2 says "Arctic" where the Russian says "северные".
 */
@ParameterizedClass
@EnumSource(IndexBackend.class)
class CrossLanguageSearchTest {

  static final Path FOLDER = Path.of("src/test/resources/xlang");

  @TempDir
  static Path archives;
  static SearchIndex index;
  static TranscriptStore store;
  static Searcher searcher;
  /** File name → publication id. */
  static final Map<String, String> ids = new LinkedHashMap<>();

  @Parameter
  IndexBackend backend;

  @BeforeParameterizedClassInvocation
  static void build(IndexBackend backend) throws Exception {
    Path dir = archives.resolve(backend.name());
    Files.createDirectories(dir);
    store = TranscriptStore.openSqlite(dir);
    index = backend.open(dir);
    List<IndexEntry> entries = new ArrayList<>();
    for (String file : List.of("01-shelf.en.txt", "01-shelf.ru.txt", "02-icebreakers.en.txt",
        "02-icebreakers.ru.txt", "03-lone.ru.txt")) {
      RawPage page = new RawPage(Files.readAllBytes(FOLDER.resolve(file)), file, null,
          RawPage.Format.TEXT);
      Publication parsed = new Parser().parse(page);
      PutResult put = store.put(page, parsed);
      ids.put(file, put.id());
      entries.add(new IndexEntry(put.id(), put.version(), parsed,
          Recognizer.standard().analyse(parsed, store.knownPeople())));
    }
    Indexer indexer = new Indexer(index.client());
    indexer.put(entries);
    indexer.commit();
    searcher = new Searcher(index.client(), store.knownPeople(), new StoreVersions(store));
  }

  @AfterParameterizedClassInvocation
  static void close() {
    index.close();
    store.close();
  }

  static String id(String file) {
    return ids.get(file);
  }

  /** Each hit as {@code ID: turn turn …}, in order. */
  static List<String> turns(SearchResult result) {
    List<String> out = new ArrayList<>();
    for (Hit hit : result.hits()) {
      out.add(hit.id() + ":" + String.join(" ", hit.turns().stream()
          .map(t -> String.valueOf(t.number())).toList()));
    }
    return out;
  }

  static TurnHit turn(Hit hit, int number) {
    return hit.turns().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
  }

  static Hit hit(SearchResult result, String id) {
    return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void a_turn_hit_names_the_aligned_turn_of_each_other_version() throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("lang:en icebreakers in:answers"));

    Hit hit = hit(result, id("02-icebreakers.en.txt"));
    assertThat(hit.turns()).extracting(TurnHit::number).containsExactly(4);
    VersionTurn russian = turn(hit, 4).versions().getFirst();
    assertThat(turn(hit, 4).versions()).hasSize(1);
    assertThat(russian.language()).isEqualTo("ru");
    assertThat(russian.id()).isEqualTo(id("02-icebreakers.ru.txt"));
    assertThat(russian.turns()).containsExactly(4);
    assertThat(russian.snippet()).isNull();
    assertThat(russian.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void the_russian_hit_names_both_english_turns_its_answer_is_split_into()
      throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("lang:ru ледокола"));

    Hit hit = hit(result, id("02-icebreakers.ru.txt"));
    VersionTurn english = turn(hit, 4).versions().getFirst();
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.id()).isEqualTo(id("02-icebreakers.en.txt"));
    assertThat(english.turns()).containsExactly(4, 5);
  }

  @Test
  void a_publication_without_versions_names_none() throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("Мурманск OR сотрудничества"));

    Hit hit = hit(result, id("03-lone.ru.txt"));
    assertThat(hit.turns()).isNotEmpty();
    assertThat(hit.turns()).allSatisfy(t -> assertThat(t.versions()).isEmpty());
  }

  @Test
  void also_shows_the_english_turns_aligned_with_the_russian_answers_that_match()
      throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("lang:en also:ru Арктика in:answers"));

    assertThat(result.total()).isEqualTo(2);
    assertThat(turns(result)).containsExactlyInAnyOrder(id("01-shelf.en.txt") + ":4",
        id("02-icebreakers.en.txt") + ":4 5");
    Hit shelf = hit(result, id("01-shelf.en.txt"));
    assertThat(shelf.matchingTurns()).isEqualTo(1);
    assertThat(turn(shelf, 4).snippet()).startsWith("The Arctic is where our shipping will grow.");
    VersionTurn russian = turn(shelf, 4).versions().getFirst();
    assertThat(russian.id()).isEqualTo(id("01-shelf.ru.txt"));
    assertThat(russian.turns()).containsExactly(4);
    assertThat(russian.snippet()).contains("<mark>Арктика</mark> — это то место");
    Hit icebreakers = hit(result, id("02-icebreakers.en.txt"));
    assertThat(icebreakers.matchingTurns()).isEqualTo(2);
    assertThat(turn(icebreakers, 5).versions().getFirst().snippet())
        .contains("нужнее всего в <mark>Арктике</mark>");
    assertThat(result.facets().language()).extracting(c -> c.value() + "=" + c.count())
        .containsExactly("en=2");
  }

  @Test
  void also_without_in_finds_the_questions_too_and_never_the_english_words_alone()
      throws QueryException {
    SearchResult russianWord = searcher.search(SearchRequest.of("lang:en also:ru Арктика"));
    SearchResult englishWord = searcher.search(SearchRequest.of("lang:en Arctic"));

    assertThat(turns(russianWord)).containsExactlyInAnyOrder(id("01-shelf.en.txt") + ":3 4",
        id("02-icebreakers.en.txt") + ":4 5");
    // English turn 2 of the second pair says "Arctic"; its Russian turn does not say "Арктика".
    assertThat(turn(hit(englishWord, id("02-icebreakers.en.txt")), 2)).isNotNull();
  }

  @Test
  void also_pages_with_the_cursor_and_counts_every_page_alike() throws QueryException {
    SearchRequest first = SearchRequest.of("also:ru Арктика in:answers lang:en").withPageSize(1);

    SearchResult one = searcher.search(first);
    SearchResult two = searcher.search(first.withCursor(one.nextCursor()));
    SearchResult after = searcher.search(first.withCursor(two.nextCursor()));

    assertThat(one.total()).isEqualTo(2);
    assertThat(two.total()).isEqualTo(2);
    assertThat(one.hits()).hasSize(1);
    assertThat(two.hits()).hasSize(1);
    assertThat(after.hits()).isEmpty();
    assertThat(after.nextCursor()).isNull();
    assertThat(List.of(one.hits().getFirst().id(), two.hits().getFirst().id()))
        .containsExactlyInAnyOrder(id("01-shelf.en.txt"), id("02-icebreakers.en.txt"));
  }

  @Test
  void also_keeps_the_publication_filters_for_the_publications_shown() throws QueryException {
    SearchResult june = searcher.search(SearchRequest.of("lang:en also:ru Арктика from:2024-06"));
    SearchResult none = searcher.search(SearchRequest.of("lang:en also:ru Мурманск"));

    assertThat(turns(june)).containsExactly(id("02-icebreakers.en.txt") + ":4 5");
    assertThat(none.total()).isZero();
    assertThat(none.hits()).isEmpty();
  }

  @Test
  void also_refuses_what_it_cannot_search_with_a_message_naming_it() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("lang:en also:ru in:answers")))
        .isInstanceOf(QueryException.class).hasMessage("The filter 'also:ru' needs words, a "
            + "phrase or about: to match in the 'ru' version: lang:en also:ru Arctic");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("lang:en also:fr Arctique")))
        .isInstanceOf(QueryException.class).hasMessage("No publication in the archive is in "
            + "'fr' (also:fr); its languages: en, ru");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("lang:en also:r1 Арктика")))
        .isInstanceOf(QueryException.class).hasMessage("Unknown language in 'also:r1': give an "
            + "ISO 639-1 code such as en, ru or zh");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("lang:ru also:ru Арктика")))
        .isInstanceOf(QueryException.class).hasMessage("'lang:ru also:ru' asks for the 'ru' "
            + "version of publications in 'ru': give lang: another language, or leave also: out");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("Арктика OR also:ru")))
        .isInstanceOf(QueryException.class).hasMessage("The filter 'also:' must stand on its "
            + "own, not inside parentheses, OR or NOT: lang:en also:ru Arctic");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("also:ru also:en Арктика")))
        .isInstanceOf(QueryException.class).hasMessage("The query gives also: more than once "
            + "(also:ru, also:en): give one language to match in");
  }
}
