package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.index.IndexBackend;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.model.Kind;

/**
 * Concordance lines and their orders on a few fixtures, against a real index once per backend: an
 * embedded core and a SolrCloud collection.
 */
@ParameterizedClass
@EnumSource(IndexBackend.class)
class ConcordanceTest {

  @TempDir
  static Path archives;
  static SearchIndex index;
  static Concordance concordance;

  @Parameter
  IndexBackend backend;

  @BeforeParameterizedClassInvocation
  static void indexFixtures(IndexBackend backend) {
    index = backend.open(archives.resolve(backend.name()));
    Indexer indexer = new Indexer(index.client());
    indexer.put(List.of(
        publication("Interview of Ivan Petrov, March 2, 2017").kind(Kind.INTERVIEW)
            .published("2017-03-02T18:49").language("en")
            .answer("Ivan Petrov", "The Arctic shelf talks will resume in spring.",
                "We talked with Norway before.")
            .entry("p2017"),
        publication("Remarks by Anna Sidorova, January 15, 2018").kind(Kind.REMARKS)
            .published("2018-01-15T09:00").language("en")
            .remarks("Anna Sidorova", "Ministers are   talking about fishing quotas again.")
            .entry("p2018"),
        publication("Briefing, May 5, 2019").kind(Kind.BRIEFING)
            .published("2019-05-05T10:00").language("en")
            .question("Question", "Will the talks on quotas go on?")
            .entry("p2019")));
    indexer.commit();
    concordance = new Concordance(new Searcher(index.client()));
  }

  @AfterParameterizedClassInvocation
  static void close() {
    index.close();
  }

  /** A line as the tests write it: left context, the keyword in brackets, right context. */
  static String shown(KwicLine line) {
    return line.publication() + "/" + line.turn() + " " + line.left() + "[" + line.keyword() + "]"
        + line.right();
  }

  static List<String> lines(KwicRequest request) throws QueryException {
    return concordance.page(request).lines().stream().map(ConcordanceTest::shown).toList();
  }

  static final String L1 = "p2017/1 The Arctic shelf [talks] will resume in spring. We talked "
      + "with Norway before.";
  static final String L2 = "p2017/1 The Arctic shelf talks will resume in spring. We [talked] "
      + "with Norway before.";
  static final String L3 = "p2018/1 Ministers are [talking] about fishing quotas again.";
  static final String L4 = "p2019/1 Will the [talks] on quotas go on?";

  @Test
  void finds_every_form_the_index_matches_in_date_order_with_the_text_as_printed()
      throws QueryException {
    KwicPage page = concordance.page(KwicRequest.of("talk").withWidth(100));
    assertThat(page.lines().stream().map(ConcordanceTest::shown)).containsExactly(L1, L2, L3, L4);
    assertThat(page.turns()).isEqualTo(3);
    assertThat(page.nextCursor()).isNull();
    KwicLine first = page.lines().get(0);
    assertThat(first.speaker()).isEqualTo("Ivan Petrov");
    assertThat(first.role()).isEqualTo(org.verbatim.model.Role.ANSWER);
    assertThat(first.published()).isEqualTo("2017-03-02T18:49");
    assertThat(first.title()).isEqualTo("Interview of Ivan Petrov, March 2, 2017");
    assertThat(first.version()).isEqualTo(1);
  }

  @Test
  void cuts_the_context_at_word_boundaries_within_the_width() throws QueryException {
    assertThat(lines(KwicRequest.of("talk").withWidth(20))).containsExactly(
        "p2017/1 The Arctic shelf [talks] will resume in",
        "p2017/1 in spring. We [talked] with Norway before.",
        "p2018/1 Ministers are [talking] about fishing",
        "p2019/1 Will the [talks] on quotas go on?");
  }

  @Test
  void sorts_by_the_words_to_the_left_and_to_the_right() throws QueryException {
    KwicRequest wide = KwicRequest.of("talk").withWidth(100);
    assertThat(lines(wide.withSort(KwicSort.LEFT1))).containsExactly(L3, L1, L4, L2);
    assertThat(lines(wide.withSort(KwicSort.LEFT2))).containsExactly(L1, L3, L2, L4);
    assertThat(lines(wide.withSort(KwicSort.LEFT3))).containsExactly(L3, L4, L2, L1);
    assertThat(lines(wide.withSort(KwicSort.RIGHT1))).containsExactly(L3, L4, L1, L2);
    assertThat(lines(wide.withSort(KwicSort.RIGHT2))).containsExactly(L3, L2, L4, L1);
    assertThat(lines(wide.withSort(KwicSort.RIGHT3))).containsExactly(L2, L4, L1, L3);
    assertThat(concordance.page(wide.withSort(KwicSort.LEFT1)).total()).isEqualTo(4);
  }

  @Test
  void pages_one_line_at_a_time_through_every_line_in_both_orders() throws QueryException {
    for (KwicSort sort : List.of(KwicSort.DATE, KwicSort.RIGHT1)) {
      List<String> seen = new ArrayList<>();
      KwicRequest request = KwicRequest.of("talk").withWidth(100).withSort(sort).withPageSize(1);
      while (request != null) {
        KwicPage page = concordance.page(request);
        page.lines().forEach(l -> seen.add(shown(l)));
        request = page.nextCursor() == null ? null : request.withCursor(page.nextCursor());
      }
      assertThat(seen).containsExactlyElementsOf(lines(KwicRequest.of("talk").withWidth(100)
          .withSort(sort)));
      assertThat(seen).hasSize(4);
    }
  }

  @Test
  void gives_every_line_to_a_reader_of_the_whole_concordance() throws QueryException {
    List<String> all = new ArrayList<>();
    concordance.each(KwicRequest.of("talk").withWidth(100).withSort(KwicSort.RIGHT1),
        l -> all.add(shown(l)));
    assertThat(all).containsExactly(L3, L4, L1, L2);
  }

  @Test
  void marks_a_phrase_as_one_keyword_and_keeps_to_the_filters() throws QueryException {
    assertThat(lines(KwicRequest.of("\"shelf talks\"").withWidth(100))).containsExactly(
        "p2017/1 The Arctic [shelf talks] will resume in spring. We talked with Norway before.");
    assertThat(lines(KwicRequest.of("talk speaker:\"Anna Sidorova\"").withWidth(100)))
        .containsExactly(L3);
    assertThat(lines(KwicRequest.of("talk in:questions").withWidth(100))).containsExactly(L4);
    assertThat(lines(KwicRequest.of("talk").withWidth(100)
        .withFilters(Filters.NONE.withDates("2018", "2018")))).containsExactly(L3);
  }

  @Test
  void refuses_a_query_without_words_and_a_foreign_cursor() {
    assertThatThrownBy(() -> concordance.page(KwicRequest.of("speaker:\"Anna Sidorova\"")))
        .isInstanceOf(QueryException.class)
        .hasMessage("Nothing to find in 'speaker:\"Anna Sidorova\"': give a word or a phrase "
            + "(filters alone choose turns but name no occurrence)");
    assertThatThrownBy(() -> concordance.page(KwicRequest.of("talk").withCursor("s.2")))
        .isInstanceOf(QueryException.class)
        .hasMessage("Bad cursor 's.2': use the nextCursor of the previous page, with the same sort");
  }
}
