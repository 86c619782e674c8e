package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.search.Node.And;
import org.verbatim.search.Node.Filter;
import org.verbatim.search.Node.Not;
import org.verbatim.search.Node.Or;
import org.verbatim.search.Node.Phrase;
import org.verbatim.search.Node.Word;

class QueryParserTest {

  static And parse(String query) throws QueryException {
    return QueryParser.parse(query);
  }

  static And and(Node... items) {
    return new And(List.of(items));
  }

  static Word word(String text) {
    return new Word(text, false);
  }

  static String refusal(String query) {
    return assertThatThrownBy(() -> parse(query)).isInstanceOf(QueryException.class)
        .actual().getMessage();
  }

  @Test
  void reads_words_phrases_prefixes_and_exclusions() throws QueryException {
    assertThat(parse("Arctic \"shelf talks\" icebr* -quotas NOT \"fishing rights\"")).isEqualTo(and(
        word("Arctic"), new Phrase("shelf talks"), new Word("icebr", true),
        new Not(word("quotas")), new Not(new Phrase("fishing rights"))));
  }

  @Test
  void OR_binds_tighter_than_the_space_and_AND_means_the_space() throws QueryException {
    assertThat(parse("Arctic quotas OR sanctions OR embargo AND shelf")).isEqualTo(and(
        word("Arctic"), new Or(List.of(word("quotas"), word("sanctions"), word("embargo"))),
        word("shelf")));
    assertThat(parse("(Arctic shelf) OR -quotas")).isEqualTo(and(
        new Or(List.of(and(word("Arctic"), word("shelf")), new Not(word("quotas"))))));
  }

  @Test
  void reads_filters_with_bare_and_quoted_values_normalised() throws QueryException {
    assertThat(parse("speaker:\"Ivan Petrov\" Kind:Press-Release lang:en-GB in:answers "
        + "place:Moscow outlet:\"Radio Lumen\" from:2019 to:2019-02-24")).isEqualTo(and(
        new Filter(FilterName.SPEAKER, "Ivan Petrov"),
        new Filter(FilterName.KIND, "press-release"),
        new Filter(FilterName.LANG, "en"),
        new Filter(FilterName.IN, "answer"),
        new Filter(FilterName.PLACE, "Moscow"),
        new Filter(FilterName.OUTLET, "Radio Lumen"),
        new Filter(FilterName.FROM, "2019-01-01T00:00:00Z"),
        new Filter(FilterName.TO, "2019-02-25T00:00:00Z")));
    assertThat(parse("from:2019-02")).isEqualTo(
        and(new Filter(FilterName.FROM, "2019-02-01T00:00:00Z")));
    assertThat(parse("to:2019-02")).isEqualTo(
        and(new Filter(FilterName.TO, "2019-03-01T00:00:00Z")));
  }

  @Test
  void a_blank_query_is_an_empty_conjunction() throws QueryException {
    assertThat(parse("  \t ")).isEqualTo(and());
  }

  @Test
  void words_without_letters_or_digits_are_dropped() throws QueryException {
    assertThat(parse("Arctic — … \"--\" shelf")).isEqualTo(and(word("Arctic"), word("shelf")));
  }

  @Test
  void everything_else_is_text() throws QueryException {
    assertThat(parse("10:30 Arctic^2 a+b [x] {y} \\z ~w U.S.-Russia")).isEqualTo(and(
        word("10:30"), word("Arctic^2"), word("a+b"), word("[x]"), word("{y}"), word("\\z"),
        word("~w"), word("U.S.-Russia")));
    assertThat(parse("\"{!func}sum(1,2) _query_:x id:1\"")).isEqualTo(
        and(new Phrase("{!func}sum(1,2) _query_:x id:1")));
  }

  @Test
  void refuses_solr_syntax_naming_it() {
    assertThat(refusal("{!func}sum(1,2)")).isEqualTo("Solr local parameters are not part of the "
        + "query language: '{!func}sum' at column 1 (put it in quotes to search for it as text)");
    assertThat(refusal("x{!lucene}")).startsWith(
        "Solr local parameters are not part of the query language: 'x{!lucene}' at column 1");
    assertThat(refusal("_val_:1")).startsWith("Unknown filter '_val_:' at column 1 (filters: ");
  }

  @Test
  void refuses_dangling_operators() {
    assertThat(refusal("OR Arctic")).isEqualTo(
        "The 'OR' at column 1 needs a word, phrase or filter on both sides");
    assertThat(refusal("Arctic OR")).isEqualTo(
        "The 'OR' at column 8 needs a word, phrase or filter on both sides");
    assertThat(refusal("Arctic OR OR shelf")).isEqualTo(
        "The 'OR' at column 8 needs a word, phrase or filter on both sides");
    assertThat(refusal("Arctic - shelf")).isEqualTo("The '-' at column 8 must stand right before "
        + "the word, phrase, filter or '(' to exclude");
    assertThat(refusal("Arctic NOT")).isEqualTo("The 'NOT' at column 8 must stand right before "
        + "the word, phrase, filter or '(' to exclude");
    assertThat(refusal("Arctic ()")).isEqualTo("Empty parentheses at column 8");
  }

  @Test
  void refuses_unbalanced_quotes_and_parentheses() {
    assertThat(refusal("speaker:\"Ivan Petrov")).isEqualTo(
        "Unbalanced quote: the '\"' at column 9 is never closed");
    assertThat(refusal("((Arctic) shelf")).isEqualTo(
        "Unbalanced parenthesis: the '(' at column 1 is never closed");
    assertThat(refusal("Arctic))")).isEqualTo(
        "Unbalanced parenthesis: the ')' at column 7 has no '(' before it");
  }

  @Test
  void refuses_bad_filter_values() {
    assertThat(refusal("kind:memo")).isEqualTo("Unknown kind: 'memo' (allowed: interview, "
        + "briefing, remarks, speech, statement, article, comment, press-release, other)");
    assertThat(refusal("from:2019-02-30")).isEqualTo(
        "Bad date in 'from:2019-02-30': no such day or month");
    assertThat(refusal("to:19")).isEqualTo(
        "Bad date in 'to:19': expected YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(refusal("speaker:\"--\"")).isEqualTo(
        "The filter 'speaker:--' needs a name with letters or digits");
    assertThat(refusal("place:")).isEqualTo("The filter 'place:' has no value");
    assertThat(refusal("in:")).isEqualTo("The filter 'in:' has no value");
  }

  @Test
  void a_prefix_needs_two_letters() {
    assertThat(refusal("a*")).isEqualTo(
        "The prefix 'a*' at column 1 is too short: give at least 2 letters before '*'");
  }

  @Test
  void every_refusal_is_one_line() {
    for (String query : List.of("\"", "(", ")", "{!x}", "x:y", "kind:x", "from:x", "OR", "-",
        "a*", "()", "lang:12", "in:x")) {
      assertThat(refusal(query)).as(query).doesNotContain("\n").isNotBlank();
    }
  }

  @Test
  void nesting_is_taken_to_thirty_two_levels_and_refused_deeper_without_exhausting_the_stack()
      throws QueryException {
    assertThat(parse("(".repeat(32) + "ice" + ")".repeat(32))).isEqualTo(and(word("ice")));
    assertThat(parse("NOT ".repeat(31) + "(ice)")).isNotNull();

    assertThat(refusal("(".repeat(33) + "ice" + ")".repeat(33)))
        .isEqualTo("The query nests parentheses and NOTs more than 32 deep (at column 33)");
    assertThat(refusal("(".repeat(1_999))).startsWith("The query nests parentheses and NOTs");
    assertThat(refusal("-".repeat(1) + "NOT ".repeat(400) + "ice"))
        .startsWith("The query nests parentheses and NOTs");
  }

  @Test
  void a_query_longer_than_two_thousand_characters_is_refused() {
    assertThat(refusal("ice ".repeat(501)))
        .isEqualTo("The query is 2,004 characters long; the longest taken is 2,000");
  }
}
