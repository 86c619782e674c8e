package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.index.IndexBackend;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.model.Kind;
import org.verbatim.model.Role;

/**
 * The query language and results, against a real index shared by the class, once per backend:
 * an embedded core, and a 2-shard x 2-replica SolrCloud collection.
 */
@ParameterizedClass
@EnumSource(IndexBackend.class)
class SearcherTest {

  @TempDir
  static Path archives;
  static SearchIndex index;
  static Searcher searcher;

  @Parameter
  IndexBackend backend;

  static final int LIGHTHOUSES = 30;

  @BeforeParameterizedClassInvocation
  static void indexFixtures(IndexBackend backend) {
    index = backend.open(archives.resolve(backend.name()));
    Indexer indexer = new Indexer(index.client());
    List<IndexEntry> entries = new ArrayList<>(List.of(
        publication("Foreign Minister Ivan Petrov's interview with the Northern Herald and Radio "
            + "Lumen, Moscow, March 2, 2017")
            .kind(Kind.INTERVIEW).published("2017-03-02T18:49").place("Moscow")
            .language("en", "en-GB", "ru-RU").participant("Ivan Petrov", "Foreign Minister")
            .outlets("Northern Herald", "Radio Lumen")
            .question("Question", "What is your view of the fishing quotas in the northern seas?")
            .answer("Ivan Petrov", "The quotas were agreed by both delegations last winter.",
                "We see no reason to revisit them.")
            .question("Question", "Will the Arctic shelf talks resume this year?")
            .answer("Ivan Petrov", "The Arctic shelf talks will resume in spring. Our icebreaker "
                + "fleet is ready, and the negotiations on the continental shelf boundary go on.")
            .entry("interview-en"),
        publication("Интервью Министра иностранных дел И.П.Петрова газете «Северный вестник», "
            + "Москва, 2 марта 2017 года")
            .kind(Kind.INTERVIEW).published("2017-03-02T18:49").place("Москва")
            .language("ru", "en-GB", "ru-RU").participant("И.П.Петров", "Министр иностранных дел")
            .question("Вопрос", "Возобновятся ли переговоры об арктическом шельфе?")
            .answer("И.П.Петров", "Переговоры о шельфе в Арктике возобновятся весной. "
                + "Наш ледокольный флот готов, учёные тоже.")
            .entry("interview-ru"),
        publication("Briefing by Foreign Ministry Spokesperson Anna Sidorova, Moscow, "
            + "February 24, 2019")
            .kind(Kind.BRIEFING).published("2019-02-24T08:00").place("Moscow")
            .participant("Anna Sidorova", "Foreign Ministry Spokesperson")
            .section("The weather in the capital")
            .remarks("Anna Sidorova", "Snow is expected in the capital next week. "
                + "The city services are prepared.")
            .section("Answers to media questions")
            .question("Question", "Can you comment on the Arctic council meeting?")
            .answer("Anna Sidorova", "The council will meet in Reykjavik. "
                + "We have nothing to add about the sanctions.")
            .entry("briefing-en"),
        publication("Discours de la ministre Marie Dubois, Paris, 10 mai 2018")
            .kind(Kind.SPEECH).published("2018-05-10T10:00").place("Paris").language("fr")
            .participant("Marie Dubois", "ministre")
            .remarks("Marie Dubois", "Les négociations commerciales avancent lentement. "
                + "Nous défendons les agriculteurs européens.")
            .entry("speech-fr"),
        publication("Erklärung von Minister Karl Weber, Berlin, 3. November 2018")
            .kind(Kind.STATEMENT).published("2018-11-03").place("Berlin").language("de")
            .participant("Karl Weber", "Minister")
            .remarks("Karl Weber", "Die Verhandlungen über den Handelsvertrag wurden "
                + "abgeschlossen.")
            .entry("statement-de"),
        publication("Artículo de la ministra Lucía Romero, Madrid, 1 de julio de 2016")
            .kind(Kind.ARTICLE).published("2016-07-01T09:30").place("Madrid").language("es")
            .participant("Lucía Romero", "ministra")
            .remarks("Lucía Romero", "Las negociaciones comerciales continúan en Madrid.")
            .entry("article-es"),
        publication("王伟部长接受采访，北京，2019年6月5日")
            .kind(Kind.INTERVIEW).published("2019-06-05T12:00").place("北京").language("zh")
            .participant("王伟", "部长")
            .question("记者", "你对北极合作有什么看法？")
            .answer("王伟", "我们支持北极合作，也欢迎各方参与。")
            .entry("interview-zh"),
        publication("Foreign Minister Ivan Petrov's remarks at the United Nations, New York, "
            + "September 20, 2019")
            .kind(Kind.REMARKS).published("2019-09-20T16:15").place("New York")
            .participant("Ivan Petrov", "Foreign Minister")
            .remarks("Ivan Petrov", "The sanctions regime harms ordinary people. "
                + "Negotiation is the only way forward.")
            .entry("remarks-en"),
        publication("Foreign Minister Ivan Petrov's interview with Radio Lumen, Moscow, "
            + "January 15, 2018")
            .kind(Kind.INTERVIEW).published("2018-01-15T09:00").place("Moscow")
            .participant("Ivan Petrov", "Foreign Minister").outlets("Radio Lumen")
            .question("Radio Lumen", "How is the icebreaker fleet preparing for the Arctic shelf "
                + "season?")
            .answer("Ivan Petrov", "The icebreaker fleet and the Arctic shelf survey are on "
                + "schedule; the shelf boundary talks go on.")
            .entry("interview-2018"),
        publication("Comment on a fishing dispute")
            .kind(Kind.COMMENT).place("Murmansk")
            .remarks(null, "The fishing dispute has been settled by the harbour council & the "
                + "<b>port</b> office.")
            .entry("comment-undated")));
    for (int i = 1; i <= LIGHTHOUSES; i++) {
      entries.add(publication("Lighthouse report " + i)
          .kind(i % 3 == 0 ? Kind.BRIEFING : Kind.INTERVIEW)
          .published((2010 + i % 4) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00")
          .place(i % 2 == 0 ? "Tromsø" : "Bodø")
          .answer(i % 5 == 0 ? "Keeper Olga Berg" : "Keeper Boris Lund",
              "The lighthouse keeps its beacon lit, report " + i + ".")
          .entry(String.format("lighthouse-%02d", i)));
    }
    indexer.put(entries);
    indexer.commit();
    searcher = new Searcher(index.client());
  }

  @AfterParameterizedClassInvocation
  static void close() {
    index.close();
  }

  static List<String> ids(String query) throws QueryException {
    return ids(SearchRequest.of(query));
  }

  static List<String> ids(SearchRequest request) throws QueryException {
    return searcher.search(request.withSort(Sort.OLDEST).withPageSize(100)).hits().stream()
        .map(Hit::id).toList();
  }

  static String refusal(String query) {
    return assertThatThrownBy(() -> searcher.search(SearchRequest.of(query)))
        .isInstanceOf(QueryException.class).actual().getMessage();
  }

  // ---------------------------------------------------------------- words and operators

  @Test
  void finds_publications_containing_all_the_words() throws QueryException {
    assertThat(ids("icebreaker fleet")).containsExactly("interview-en", "interview-2018");
    assertThat(ids("icebreaker quotas")).containsExactly("interview-en");
  }

  @Test
  void finds_a_phrase_only_where_its_words_stand_together() throws QueryException {
    assertThat(ids("\"shelf boundary\"")).containsExactly("interview-en", "interview-2018");
    assertThat(ids("\"boundary shelf\"")).isEmpty();
  }

  @Test
  void excludes_publications_with_a_minus_word_or_NOT() throws QueryException {
    assertThat(ids("icebreaker -quotas")).containsExactly("interview-2018");
    assertThat(ids("icebreaker NOT quotas")).containsExactly("interview-2018");
    assertThat(ids("Arctic -\"council meeting\" -icebreaker")).isEmpty();
  }

  @Test
  void a_query_of_exclusions_only_searches_everything_else() throws QueryException {
    SearchResult all = searcher.search(SearchRequest.of(""));
    SearchResult some = searcher.search(SearchRequest.of("-lighthouse"));
    assertThat(all.total()).isEqualTo(10 + LIGHTHOUSES);
    assertThat(some.total()).isEqualTo(10);
  }

  @Test
  void OR_finds_either_word_and_binds_tighter_than_the_space() throws QueryException {
    assertThat(ids("quotas OR sanctions"))
        .containsExactly("interview-en", "briefing-en", "remarks-en");
    assertThat(ids("Arctic (quotas OR sanctions)")).containsExactly("interview-en", "briefing-en");
    assertThat(ids("Arctic quotas OR sanctions")).containsExactly("interview-en", "briefing-en");
  }

  @Test
  void a_prefix_matches_longer_words() throws QueryException {
    assertThat(ids("negotiat*")).containsExactly("interview-en", "remarks-en");
    assertThat(ids("icebr*")).containsExactly("interview-en", "interview-2018");
  }

  @Test
  void words_are_matched_in_their_languages_stemmed() throws QueryException {
    assertThat(ids("talk")).containsExactly("interview-en", "interview-2018"); // "talks"
    assertThat(ids("négociation")).containsExactly("speech-fr"); // "négociations"
    assertThat(ids("Verhandlung")).containsExactly("statement-de"); // "Verhandlungen"
    assertThat(ids("negociación")).containsExactly("article-es"); // "negociaciones"
  }

  @Test
  void russian_stemming_finds_an_inflected_form() throws QueryException {
    // indexed: "в Арктике", "переговоры"; asked: the nominative singular forms
    assertThat(ids("Арктика")).containsExactly("interview-ru");
    assertThat(ids("переговор")).containsExactly("interview-ru");
  }

  @Test
  void russian_words_are_found_with_ё_written_as_е_and_as_printed() throws QueryException {
    // indexed: "учёные"
    assertThat(ids("учёные")).containsExactly("interview-ru");
    assertThat(ids("ученые")).containsExactly("interview-ru");
    assertThat(ids("учё*")).containsExactly("interview-ru");
    assertThat(ids("УЧЁН*")).containsExactly("interview-ru");
    assertThat(ids("уче*")).containsExactly("interview-ru");
  }

  @Test
  void chinese_text_is_segmented_into_words() throws QueryException {
    assertThat(ids("北极")).containsExactly("interview-zh");
    assertThat(ids("合作")).containsExactly("interview-zh");
    assertThat(ids("南极")).isEmpty();
  }

  // ---------------------------------------------------------------- filters

  @Test
  void speaker_keeps_publications_where_that_person_speaks() throws QueryException {
    assertThat(ids("speaker:\"Ivan Petrov\""))
        .containsExactly("interview-en", "interview-2018", "remarks-en");
    assertThat(ids("speaker:petrov Arctic")).containsExactly("interview-en", "interview-2018");
    assertThat(ids("speaker:Петров")).containsExactly("interview-ru");
  }

  @Test
  void in_answers_returns_the_publication_with_the_arctic_answer_as_its_best_turn()
      throws QueryException {
    SearchResult result = searcher.search(
        SearchRequest.of("speaker:\"Ivan Petrov\" in:answers Arctic").withSort(Sort.OLDEST));

    assertThat(result.hits()).extracting(Hit::id)
        .containsExactly("interview-en", "interview-2018");
    Hit first = result.hits().get(0);
    assertThat(first.matchingTurns()).isEqualTo(1);
    assertThat(first.turns()).containsExactly(new TurnHit(4, "Ivan Petrov", "Ivan Petrov",
        Role.ANSWER, null, "The <mark>Arctic</mark> shelf talks will resume in spring. Our "
            + "icebreaker fleet is ready, and the negotiations on the continental shelf boundary "
            + "go on."));
  }

  @Test
  void in_questions_looks_at_questions_only() throws QueryException {
    assertThat(ids("in:questions Arctic"))
        .containsExactly("interview-en", "interview-2018", "briefing-en");
    SearchResult result = searcher.search(SearchRequest.of("in:questions Arctic council"));
    assertThat(result.hits()).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo("briefing-en");
      assertThat(hit.turns()).extracting(TurnHit::number, TurnHit::section, TurnHit::label)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 2, "Question"));
    });
    assertThat(ids("in:answers Arctic council")).isEmpty();
  }

  @Test
  void kind_lang_place_and_outlet_filter_publications() throws QueryException {
    assertThat(ids("kind:interview -lighthouse"))
        .containsExactly("interview-en", "interview-ru", "interview-2018", "interview-zh");
    assertThat(ids("kind:interview OR kind:speech -lighthouse")).containsExactly(
        "interview-en", "interview-ru", "interview-2018", "speech-fr", "interview-zh");
    assertThat(ids("lang:ru")).containsExactly("interview-ru");
    assertThat(ids("lang:fr-FR")).containsExactly("speech-fr");
    assertThat(ids("place:\"new york\"")).containsExactly("remarks-en");
    assertThat(ids("place:Москва")).containsExactly("interview-ru");
    assertThat(ids("outlet:\"Radio Lumen\"")).containsExactly("interview-en", "interview-2018");
    assertThat(ids("outlet:herald")).containsExactly("interview-en");
  }

  @Test
  void from_and_to_take_a_year_a_month_or_a_day() throws QueryException {
    String notLighthouses = " -lighthouse";
    assertThat(ids("from:2019" + notLighthouses))
        .containsExactly("briefing-en", "interview-zh", "remarks-en");
    assertThat(ids("to:2016" + notLighthouses)).containsExactly("article-es");
    assertThat(ids("from:2018-05 to:2018-11" + notLighthouses))
        .containsExactly("speech-fr", "statement-de");
    assertThat(ids("from:2018-11-03 to:2018-11-03")).containsExactly("statement-de");
    assertThat(ids("from:2018-11-04 to:2019-02-23" + notLighthouses)).isEmpty();
  }

  @Test
  void filters_given_beside_the_query_act_like_filters_written_in_it() throws QueryException {
    SearchRequest request = SearchRequest.of("Arctic")
        .withFilters(Filters.NONE.withKinds("briefing", "interview").withDates("2017", "2018"));
    assertThat(ids(request)).containsExactly("interview-en", "interview-2018");
    assertThatThrownBy(() -> searcher.search(request.withFilters(Filters.NONE.withKinds("memo"))))
        .hasMessage("Unknown kind: 'memo' (allowed: interview, briefing, remarks, speech, "
            + "statement, article, comment, press-release, other)");
  }

  // ---------------------------------------------------------------- results

  @Test
  void best_turns_are_highlighted_with_their_numbers_labels_and_speakers() throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("quotas"));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.hits().get(0).turns()).containsExactly(
        new TurnHit(1, "Question", "Question", Role.QUESTION, null,
            "What is your view of the fishing <mark>quotas</mark> in the northern seas?"),
        new TurnHit(2, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, null,
            "The <mark>quotas</mark> were agreed by both delegations last winter. "
                + "We see no reason to revisit them."));
  }

  @Test
  void a_turn_found_by_speaker_alone_shows_its_beginning() throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("speaker:Dubois"));
    assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.turns())
        .containsExactly(new TurnHit(1, null, "Marie Dubois", Role.REMARKS, null,
            "Les négociations commerciales avancent lentement. Nous défendons les agriculteurs "
                + "européens.")));
  }

  @Test
  void snippets_escape_the_text_and_mark_a_phrase_as_one() throws QueryException {
    assertThat(searcher.search(SearchRequest.of("harbour")).hits()).singleElement()
        .satisfies(hit -> assertThat(hit.turns().get(0).snippet()).isEqualTo("The fishing dispute "
            + "has been settled by the <mark>harbour</mark> council &amp; the &lt;b&gt;port&lt;&#x2F;b&gt; "
            + "office."));
    assertThat(searcher.search(SearchRequest.of("\"report 7\"")).hits()).singleElement()
        .satisfies(hit -> assertThat(hit.turns().get(0).snippet())
            .isEqualTo("The lighthouse keeps its beacon lit, <mark>report 7</mark>."));
  }

  @Test
  void facets_count_the_matching_publications() throws QueryException {
    SearchResult result = searcher.search(SearchRequest.of("lighthouse"));
    assertThat(result.total()).isEqualTo(LIGHTHOUSES);
    Facets facets = result.facets();
    assertThat(facets.kind()).containsExactly(
        new FacetCount("interview", 20), new FacetCount("briefing", 10));
    assertThat(facets.speaker()).containsExactly(
        new FacetCount("Keeper Boris Lund", 24), new FacetCount("Keeper Olga Berg", 6));
    assertThat(facets.year()).containsExactly(new FacetCount("2010", 7),
        new FacetCount("2011", 8), new FacetCount("2012", 8), new FacetCount("2013", 7));
    assertThat(facets.place()).containsExactlyInAnyOrder(
        new FacetCount("Bodø", 15), new FacetCount("Tromsø", 15));
    assertThat(facets.language()).containsExactly(new FacetCount("en", 30));
    assertThat(facets.outlet()).isEmpty();

    Facets arctic = searcher.search(SearchRequest.of("Arctic")).facets();
    assertThat(arctic.asMap().get("kind")).containsExactly(
        java.util.Map.entry("interview", 2L), java.util.Map.entry("briefing", 1L));
    assertThat(arctic.asMap().get("outlet")).containsExactly(
        java.util.Map.entry("Radio Lumen", 2L), java.util.Map.entry("Northern Herald", 1L));
    assertThat(arctic.asMap().get("speaker")).containsExactly(
        java.util.Map.entry("Ivan Petrov", 2L), java.util.Map.entry("Anna Sidorova", 1L));
  }

  @Test
  void date_sort_puts_the_newest_first_and_the_undated_last() throws QueryException {
    SearchRequest request = SearchRequest.of("-lighthouse").withPageSize(100);
    assertThat(searcher.search(request.withSort(Sort.NEWEST)).hits()).extracting(Hit::id)
        .containsExactly("remarks-en", "interview-zh", "briefing-en", "statement-de",
            "speech-fr", "interview-2018", "interview-en", "interview-ru", "article-es",
            "comment-undated");
    assertThat(searcher.search(request.withSort(Sort.OLDEST)).hits()).extracting(Hit::id)
        .startsWith("article-es", "interview-en", "interview-ru").endsWith("comment-undated");
  }

  @Test
  void cursors_page_through_every_hit_once() throws QueryException {
    for (Sort sort : Sort.values()) {
      SearchRequest request = SearchRequest.of("lighthouse").withSort(sort).withPageSize(7);
      Set<String> seen = new HashSet<>();
      int pages = 0;
      while (true) {
        SearchResult page = searcher.search(request);
        pages++;
        assertThat(page.total()).isEqualTo(LIGHTHOUSES);
        for (Hit hit : page.hits()) {
          assertThat(seen.add(hit.id())).as("%s seen twice (%s)", hit.id(), sort).isTrue();
        }
        if (page.nextCursor() == null) {
          break;
        }
        request = request.withCursor(page.nextCursor());
      }
      assertThat(seen).hasSize(LIGHTHOUSES);
      assertThat(pages).isEqualTo(5);
    }
  }

  @Test
  void a_bad_cursor_is_refused_in_one_line() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("Arctic").withCursor("not a cursor")))
        .isInstanceOf(QueryException.class)
        .hasMessage("Bad cursor 'not a cursor': use the nextCursor of the previous page");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("Arctic").withCursor("AoEpMQ==")))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("The index refused the query: ")
        .hasMessageNotContaining("\n");
  }

  // ---------------------------------------------------------------- related

  @Test
  void related_lists_language_versions_first_then_similar_content() throws QueryException {
    List<Related> related = searcher.related("interview-en");

    assertThat(related.get(0)).isEqualTo(new Related("interview-ru",
        "Интервью Министра иностранных дел И.П.Петрова газете «Северный вестник», Москва, "
            + "2 марта 2017 года", "2017-03-02T18:49", Kind.INTERVIEW, "ru",
        Related.Reason.LANGUAGE_VERSION, "language version: ru"));
    assertThat(related.get(1).id()).isEqualTo("interview-2018");
    assertThat(related.get(1).reason()).isEqualTo(Related.Reason.SIMILAR_CONTENT);
    assertThat(related.get(1).why()).startsWith("similar content: ").contains("shelf", "arctic");
    assertThat(related).extracting(Related::id).doesNotContain("interview-en").doesNotHaveDuplicates();
    assertThat(searcher.related("interview-ru").get(0).id()).isEqualTo("interview-en");
  }

  @Test
  void similar_content_leaves_out_the_language_versions() throws QueryException {
    List<Related> similar = searcher.similar("interview-en", 5);

    assertThat(similar).isNotEmpty().extracting(Related::id)
        .doesNotContain("interview-en", "interview-ru").first().isEqualTo("interview-2018");
    assertThat(similar).extracting(Related::reason).containsOnly(Related.Reason.SIMILAR_CONTENT);
  }

  @Test
  void related_to_an_unknown_id_is_refused() {
    assertThatThrownBy(() -> searcher.related("no-such-id"))
        .isInstanceOf(QueryException.class)
        .hasMessage("No publication with id 'no-such-id' in the index");
  }

  // ---------------------------------------------------------------- Solr syntax stays out

  @Test
  void solr_local_parameters_are_refused() {
    assertThat(refusal("{!func}sum(1,2)")).isEqualTo("Solr local parameters are not part of the "
        + "query language: '{!func}sum' at column 1 (put it in quotes to search for it as text)");
    assertThat(refusal("Arctic {!join from=id to=publication}x")).isEqualTo("Solr local "
        + "parameters are not part of the query language: '{!join' at column 8 (put it in quotes "
        + "to search for it as text)");
  }

  @Test
  void unknown_fields_and_magic_fields_are_refused() {
    String filters = "(filters: speaker:, kind:, lang:, place:, outlet:, from:, to:, in:, about:, "
        + "also:; put it in quotes to search for it as text)";
    assertThat(refusal("unknownfield:x")).isEqualTo(
        "Unknown filter 'unknownfield:' at column 1 " + filters);
    assertThat(refusal("_query_:\"{!lucene}x\"")).isEqualTo(
        "Unknown filter '_query_:' at column 1 " + filters);
    assertThat(refusal("Arctic id:interview-en")).isEqualTo(
        "Unknown filter 'id:' at column 8 " + filters);
  }

  @Test
  void solr_syntax_in_quotes_is_searched_as_text() throws QueryException {
    assertThat(ids("\"{!func}sum(1,2)\"")).isEmpty();
    assertThat(ids("\"_query_:Arctic\"")).isEmpty(); // one word to the tokenizer
    assertThat(ids("\"_query_: Arctic\"")).isEmpty(); // "_query_" is no word of the texts
    assertThat(ids("\"Arctic:\"")).containsExactly(
        "interview-en", "interview-2018", "briefing-en");
    assertThat(ids("\"id:interview-en\"")).isEmpty();
    assertThat(ids("Arctic^100 council~2 +shelf")).isEmpty(); // "arctic 100", "council 2" ...
    assertThat(ids("speaker:\"Petrov) OR (*:*\"")).isEmpty();
    assertThat(ids("place:\"Moscow\\\"")).containsExactly( // a backslash stays inside the quotes
        "interview-en", "interview-2018", "briefing-en");
    assertThat(refusal("Arctic [* TO *]")).isEqualTo(
        "The prefix '[*' at column 8 is too short: give at least 2 letters before '*'");
    assertThat(refusal("*:*")).isEqualTo(
        "The prefix '*:*' at column 1 is too short: give at least 2 letters before '*'");
  }

  @Test
  void unbalanced_quotes_and_parentheses_are_refused_in_one_line() {
    assertThat(refusal("\"Arctic shelf")).isEqualTo(
        "Unbalanced quote: the '\"' at column 1 is never closed");
    assertThat(refusal("(Arctic OR shelf")).isEqualTo(
        "Unbalanced parenthesis: the '(' at column 1 is never closed");
    assertThat(refusal("Arctic) shelf")).isEqualTo(
        "Unbalanced parenthesis: the ')' at column 7 has no '(' before it");
  }

  @Test
  void bad_filter_values_are_refused_in_one_line() {
    assertThat(refusal("from:2019-13")).isEqualTo(
        "Bad date in 'from:2019-13': no such day or month");
    assertThat(refusal("to:yesterday")).isEqualTo(
        "Bad date in 'to:yesterday': expected YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(refusal("in:titles")).isEqualTo(
        "Unknown value in 'in:titles' (allowed: questions, answers, remarks)");
    assertThat(refusal("lang:english")).isEqualTo(
        "Unknown language in 'lang:english': give an ISO 639-1 code such as en, ru or zh");
    assertThat(refusal("kind:")).isEqualTo("The filter 'kind:' has no value");
  }
}
