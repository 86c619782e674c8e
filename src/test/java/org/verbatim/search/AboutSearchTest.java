package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.entity.EntityType;
import org.verbatim.index.IndexBackend;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.model.Kind;

/**
 * {@code about:} and the facets of what is named, with recognition as the index runs it, once per
 * backend: an embedded core, and a 2-shard x 2-replica SolrCloud collection. The speakers are
 * invented people; the countries and organisations are real names.
 */
@ParameterizedClass
@EnumSource(IndexBackend.class)
class AboutSearchTest {

  @TempDir
  static Path archives;
  static SearchIndex index;
  static Searcher searcher;

  @Parameter
  IndexBackend backend;

  @BeforeParameterizedClassInvocation
  static void indexFixtures(IndexBackend backend) {
    index = backend.open(archives.resolve(backend.name()));
    Indexer indexer = new Indexer(index.client());
    indexer.put(List.of(
        publication("Foreign Minister Pavel Orlov's interview with the Coastal Courier, "
            + "Moscow, May 14, 2019")
            .kind(Kind.INTERVIEW).published("2019-05-14T10:00").language("en")
            .participant("Pavel Orlov", "Foreign Minister")
            .question("Question", "How do you see relations with Vietnam this year?")
            .answer("Pavel Orlov", "Our cooperation with Vietnam is growing in energy and trade.")
            .question("Question", "And the United Nations?")
            .answer("Pavel Orlov", "We will raise it at the UN General Assembly in September.")
            .entry("orlov-en"),
        publication("Интервью Министра иностранных дел П.А.Орлова, Москва, 14 мая 2019 года")
            .kind(Kind.INTERVIEW).published("2019-05-14T10:00").language("ru")
            .participant("П.А.Орлов", "Министр иностранных дел")
            .question("Вопрос", "Как развиваются отношения с Вьетнамом?")
            .answer("П.А.Орлов", "Сотрудничество с Вьетнамом растёт, мы обсудим это в ООН.")
            .entry("orlov-ru"),
        publication("Remarks by Deputy Minister Olga Zimina, Hanoi, June 2, 2019")
            .kind(Kind.REMARKS).published("2019-06-02T09:00").language("en")
            .participant("Olga Zimina", "Deputy Minister")
            .remarks("Olga Zimina", "The talks with our partners from ASEAN went well.")
            .question("Question", "Did Vietnam raise the fishing dispute?")
            .answer("Olga Zimina", "We discussed trade only.")
            .entry("zimina-en")));
    indexer.commit();
    searcher = new Searcher(index.client());
  }

  @AfterParameterizedClassInvocation
  static void close() {
    index.close();
  }

  private List<String> ids(String query) throws QueryException {
    return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void about_finds_a_country_in_every_language_and_form() throws QueryException {
    assertThat(ids("about:Vietnam")).containsExactly("orlov-en", "orlov-ru", "zimina-en");
    assertThat(ids("about:Вьетнам")).containsExactly("orlov-en", "orlov-ru", "zimina-en");
  }

  @Test
  void about_an_organisation_by_its_acronym_in_either_language() throws QueryException {
    assertThat(ids("about:ООН")).containsExactly("orlov-en", "orlov-ru");
    assertThat(ids("about:UN")).isEqualTo(ids("about:\"United Nations\""));
  }

  @Test
  void about_with_speaker_and_in_answers_looks_in_those_turns_only() throws QueryException {
    // Zimina's answer does not name Vietnam: only the question does.
    assertThat(ids("speaker:\"Olga Zimina\" about:Vietnam in:answers")).isEmpty();
    assertThat(ids("speaker:\"Olga Zimina\" about:Vietnam in:questions")).isEmpty();
    assertThat(ids("about:Vietnam in:questions")).containsExactly("orlov-en", "orlov-ru",
        "zimina-en");
    assertThat(ids("speaker:\"Pavel Orlov\" about:Vietnam in:answers")).containsExactly("orlov-en");
    SearchResult answers = searcher.search(SearchRequest.of("about:Vietnam in:answers"));
    assertThat(answers.hits()).extracting(Hit::id).containsExactlyInAnyOrder("orlov-en", "orlov-ru");
    assertThat(answers.hits().get(0).turns()).isNotEmpty()
        .allSatisfy(turn -> assertThat(turn.role().code()).isEqualTo("answer"));
  }

  @Test
  void the_facets_count_what_is_named_by_type() throws QueryException {
    Facets facets = searcher.search(SearchRequest.of("about:Vietnam")).facets();
    assertThat(facets.about(EntityType.COUNTRY)).contains(new FacetCount("Vietnam", 3));
    assertThat(facets.about(EntityType.ORGANIZATION)).extracting(FacetCount::value)
        .contains("ASEAN");
  }
}
