package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What reaches Solr for a query: only our syntax, the user's text always quoted or escaped. */
class QueryTranslatorTest {

  static QueryTranslator.Plan plan(String query) throws QueryException {
    return QueryTranslator.translate(QueryParser.parse(query),
        name -> name.equals("Vietnam") ? List.of("country:VN") : List.of());
  }

  static final String ALL = "(all_en:%1$s all_ru:%1$s all_fr:%1$s all_de:%1$s all_es:%1$s "
      + "all_zh:%1$s all_und:%1$s)";
  static final String TEXT = "(text_en:%1$s text_ru:%1$s text_fr:%1$s text_de:%1$s text_es:%1$s "
      + "text_zh:%1$s text_und:%1$s)";

  @Test
  void words_search_the_whole_text_of_every_language() throws QueryException {
    QueryTranslator.Plan plan = plan("Arctic -\"shelf talks\" icebr*");
    assertThat(plan.q()).isEqualTo("+" + ALL.formatted("\"Arctic\"") + " -"
        + ALL.formatted("\"shelf talks\"") + " +" + ALL.formatted("icebr*"));
    assertThat(plan.filterQueries()).containsExactly("doc_type:publication");
    assertThat(plan.params()).isEmpty();
    assertThat(plan.highlightQuery()).isEqualTo(
        TEXT.formatted("\"Arctic\"") + " " + TEXT.formatted("icebr*"));
    assertThat(plan.turnQuery()).isEqualTo("+doc_type:turn +(" + plan.highlightQuery() + ")");
  }

  @Test
  void turn_filters_make_every_word_a_block_join_on_turns_of_that_scope() throws QueryException {
    QueryTranslator.Plan plan = plan("speaker:\"Ivan Petrov\" in:answers Arctic lang:en");
    String scope = "+speaker_text:\"Ivan Petrov\" +role:\"answer\"";
    assertThat(plan.q()).isEqualTo(
        "+{!parent which=doc_type:publication score=max v=$v2}");
    assertThat(plan.filterQueries()).containsExactly("doc_type:publication", "language:\"en\"",
        "{!parent which=doc_type:publication v=$vscope}");
    assertThat(plan.params()).isEqualTo(Map.of(
        "vscope", "+doc_type:turn " + scope,
        "v2", "+doc_type:turn " + scope + " +(text_en:\"Arctic\")"));
    assertThat(plan.turnQuery()).isEqualTo(
        "+doc_type:turn +(" + scope + ") +((text_en:\"Arctic\"))");
  }

  @Test
  void about_names_an_entity_anywhere_in_a_publication() throws QueryException {
    QueryTranslator.Plan plan = plan("about:Vietnam");
    assertThat(plan.q()).isEqualTo("+entities:(\"country:VN\")");
    assertThat(plan.filterQueries()).containsExactly("doc_type:publication");
    assertThat(plan.turnQuery()).isEqualTo("+doc_type:turn +(entities:(\"country:VN\"))");
  }

  @Test
  void about_with_turn_filters_names_it_in_the_turns_so_chosen() throws QueryException {
    QueryTranslator.Plan plan = plan("speaker:\"Ivan Petrov\" about:Vietnam in:answers");
    String scope = "+speaker_text:\"Ivan Petrov\" +role:\"answer\"";
    assertThat(plan.q()).isEqualTo("+{!parent which=doc_type:publication score=max v=$v2}");
    assertThat(plan.params()).containsEntry("v2",
        "+doc_type:turn " + scope + " +entities:(\"country:VN\")");
    assertThat(plan.turnQuery()).isEqualTo(
        "+doc_type:turn +(" + scope + ") +(entities:(\"country:VN\"))");
  }

  @Test
  void about_a_name_no_entity_has_looks_among_the_names_of_entities() throws QueryException {
    assertThat(plan("about:\"Pavel Orlov\"").q())
        .isEqualTo("+entity_names:\"Pavel Orlov\"");
    assertThat(plan("-about:Vietnam Arctic").q())
        .isEqualTo("-entities:(\"country:VN\") +" + ALL.formatted("\"Arctic\""));
  }

  @Test
  void user_text_is_quoted_or_escaped_wherever_it_goes() throws QueryException {
    // the query: "a) OR (*:* {!func}" "Moscow\" place:"x\" ab\?c*
    QueryTranslator.Plan plan = plan(
        "\"a) OR (*:* {!func}\" \"Moscow\\\" place:\"x\\\" ab\\?c*");
    // to Solr: +(all_en:"a) OR (*:* {!func}" …) +(all_en:"Moscow\\" …) +(all_en:ab\\\?c* …)
    assertThat(plan.q()).isEqualTo("+" + ALL.formatted("\"a) OR (*:* {!func}\"")
        + " +" + ALL.formatted("\"Moscow\\\\\"") + " +" + ALL.formatted("ab\\\\\\?c*"));
    assertThat(plan.filterQueries()).containsExactly("doc_type:publication",
        "place_text:\"x\\\\\"");
  }
}
