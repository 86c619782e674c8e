package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;

/**
 * How the quote finder chooses its candidates and orders sources that say a quote equally well,
 * on a real embedded index of invented publications.
 */
class QuoteFinderTest {

  /** Words of the quote in a long speech, each of them common in the archive. */
  static final String COMMON = "we hope that the two ministries will soon present the new plan "
      + "for the river";
  /**
   * Turns that have every word of {@link #COMMON}, in another order: more than either query
   * proposes, and more than are aligned, though one stretch of each says every word of the quote.
   */
  static final int SHUFFLED = QuoteFinder.PHRASE_CANDIDATES + 20;

  @TempDir
  static Path dir;
  static SearchIndex index;
  static QuoteFinder finder;

  @BeforeAll
  static void indexFixtures() {
    index = EmbeddedIndex.open(dir);
    List<IndexEntry> entries = new ArrayList<>();
    Random random = new Random(15);
    for (int k = 0; k < SHUFFLED; k++) {
      List<String> words = new ArrayList<>(List.of(COMMON.split(" ")));
      Collections.shuffle(words, random);
      entries.add(publication("Briefing " + k).published("2020-01-01").language("en")
          .remarks("Anna Lind", String.join(" ", words) + ".").entry("shuffled-" + k));
    }
    StringBuilder speech = new StringBuilder();
    for (int k = 1; k <= 120; k++) {
      speech.append("Item ").append(k).append(" of the agenda concerns harbour dues and "
          + "fishing quotas in the northern bay. ");
    }
    entries.add(publication("Speech at the forum").published("2020-02-01").language("en")
        .remarks("Boris Kand", speech + COMMON.substring(0, 1).toUpperCase() + COMMON.substring(1)
            + ". " + speech)
        .entry("speech"));
    // Two turns saying a shortened quote's two fragments: one pages apart, one a clause apart.
    entries.add(publication("Statement on the ferries").published("2020-03-01").language("en")
        .remarks("Carl Moss", "The ferry timetable for the winter was discussed at length. "
            + speech + "The new rules shall be published by the port authority.")
        .entry("a-apart"));
    entries.add(publication("Notice on the ferries").published("2020-03-02").language("en")
        .remarks("Dana Vik", "The ferry timetable for the winter months, as agreed yesterday, "
            + "shall be published by the port authority.")
        .entry("b-close"));
    Indexer indexer = new Indexer(index.client());
    indexer.put(entries);
    indexer.commit();
    finder = new QuoteFinder(new Searcher(index.client()));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void finds_a_long_turn_saying_a_quote_of_common_words_that_many_short_turns_have_in_any_order()
      throws Exception {
    List<QuoteMatch> found = finder.find(COMMON, null, 1);

    assertThat(found).extracting(QuoteMatch::id).containsExactly("speech");
    assertThat(found.get(0).score()).isEqualTo(1.0);
  }

  @Test
  void puts_the_turn_saying_a_shortened_quotes_fragments_a_clause_apart_before_one_saying_them_pages_apart()
      throws Exception {
    List<QuoteMatch> found = finder.find("The ferry timetable for the winter … shall be "
        + "published by the port authority", null, 2);

    assertThat(found).extracting(QuoteMatch::id).containsExactly("b-close", "a-apart");
    assertThat(found).extracting(QuoteMatch::score).containsExactly(1.0, 1.0);
  }

  @Test
  void asks_for_each_fragment_whole_its_runs_of_two_three_five_and_eight_words_and_gapped_fives()
      throws Exception {
    assertThat(QuoteFinder.phrases(Quote.of("ferry … timetable"), 10)).isEmpty();
    assertThat(QuoteFinder.phrases(Quote.of("a b c … d e"), 10))
        .containsExactly("a b c", "d e", "a b", "b c");
    assertThat(QuoteFinder.phrases(Quote.of("a b c d e f"), 20))
        .containsExactly("a b c d e f", "a b", "b c", "c d", "d e", "e f", "a b c", "b c d",
            "c d e", "d e f", "a b c d e", "b c d e f", "a b _ d e", "b c _ e f");
    assertThat(QuoteFinder.phrases(Quote.of("a b c d e … f g"), 4))
        .containsExactly("a b c d e", "f g", "a b", "d e");
  }
}
