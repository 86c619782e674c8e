package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.index.Publications.publication;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Kind;

class IndexDocumentsTest {

  static Map<String, Object> fields(SolrInputDocument doc) {
    Map<String, Object> out = new TreeMap<>();
    for (String name : doc.getFieldNames()) {
      Object value = doc.getField(name).getValue(); // a List when set as one
      out.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
    }
    return out;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  @Test
  void a_publication_becomes_a_parent_with_its_turns_as_numbered_children() {
    IndexEntry entry = new IndexEntry("a1b2", 3, publication(
        "Briefing by Foreign Ministry Spokesperson Anna Sidorova, Moscow, February 24, 2019")
        .kind(Kind.BRIEFING).published("2019-02-24T08:00").place("Moscow")
        .language("en", "en-GB", "ru-RU").participant("Anna Sidorova", "Spokesperson")
        .outlets("Radio Lumen")
        .section("The weather")
        .remarks("Anna Sidorova", "Snow is expected.", "The city is ready.")
        .section("Answers to media questions")
        .question("Question", "Will it melt?")
        .answer("Anna Sidorova", "In April.")
        .build());

    SolrInputDocument doc = IndexDocuments.toDocument(entry);

    Map<String, Object> expected = new TreeMap<>();
    expected.put("id", "a1b2");
    expected.put("doc_type", "publication");
    expected.put("version", 3);
    expected.put("language", "en");
    expected.put("title",
        "Briefing by Foreign Ministry Spokesperson Anna Sidorova, Moscow, February 24, 2019");
    expected.put("kind", "briefing");
    expected.put("published", "2019-02-24T08:00");
    Date published = Date.from(Instant.parse("2019-02-24T08:00:00Z"));
    expected.put("published_at", published);
    expected.put("year", 2019);
    expected.put("month", "2019-02");
    expected.put("group_key", "briefing|2019-02-24T08:00");
    expected.put("place", "Moscow");
    expected.put("outlets", List.of("Radio Lumen"));
    expected.put("participants", List.of("Anna Sidorova"));
    expected.put("speakers", List.of("Anna Sidorova"));
    expected.put("language_versions", List.of("en-GB", "ru-RU"));
    expected.put("turn_count", 3);
    expected.put("all_en", List.of(
        "Briefing by Foreign Ministry Spokesperson Anna Sidorova, Moscow, February 24, 2019",
        "The weather", "Answers to media questions", "Snow is expected.", "The city is ready.",
        "Will it melt?", "In April."));
    // what the title names, as recognition gives it, in order: the speaker, the city (the
    // ministry in "Foreign Ministry Spokesperson" is the words of a post, not a body)
    expected.put("entities", List.of("person:anna-sidorova", "place:moscow"));
    expected.put("entity_names", List.of("Anna Sidorova", "Moscow"));
    expected.put("entity_keys", List.of("person:anna-sidorova|Anna Sidorova", "place:moscow|Moscow"));
    expected.put("entity_person", List.of("Anna Sidorova"));
    expected.put("entity_place", List.of("Moscow"));
    Map<String, Object> actual = fields(doc);
    Object turns = actual.remove("turns");
    assertThat(actual).isEqualTo(expected);

    assertThat(turns).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .extracting(t -> fields((SolrInputDocument) t)).containsExactly(
            map("id", "a1b2/1", "doc_type", "turn", "publication", "a1b2", "number", 1,
                "language", "en", "speaker", "Anna Sidorova", "role", "remarks", "section", 1,
                "section_heading", "The weather", "published_at", published,
                "month", "2019-02", "words", 7, "speaker_entity", "person:anna-sidorova",
                "text_en", "Snow is expected.\n\nThe city is ready."),
            map("id", "a1b2/2", "doc_type", "turn", "publication", "a1b2", "number", 2,
                "language", "en", "label", "Question", "speaker", "Question", "role", "question",
                "section", 2, "section_heading", "Answers to media questions",
                "published_at", published, "month", "2019-02", "words", 3,
                "text_en", "Will it melt?"),
            map("id", "a1b2/3", "doc_type", "turn", "publication", "a1b2", "number", 3,
                "language", "en", "label", "Anna Sidorova", "speaker", "Anna Sidorova",
                "role", "answer", "section", 2, "section_heading", "Answers to media questions",
                "published_at", published, "month", "2019-02", "words", 2,
                "speaker_entity", "person:anna-sidorova", "text_en", "In April."));
  }

  @Test
  void text_goes_to_the_field_of_its_language_or_the_icu_default() {
    assertThat(fields(IndexDocuments.toDocument(publication("Заявление").language("ru")
        .remarks("И.П.Петров", "Текст.").entry("r")))).containsKey("all_ru");
    SolrInputDocument polish = IndexDocuments.toDocument(publication("Oświadczenie")
        .language("pl").remarks("Jan Nowak", "Tekst.").entry("p"));
    assertThat(fields(polish)).containsEntry("all_und", List.of("Oświadczenie", "Tekst."))
        .containsEntry("language", "pl");
    assertThat(fields((SolrInputDocument) ((List<?>) polish.getField("turns").getValue()).get(0)))
        .containsEntry("text_und", "Tekst.");
  }

  @Test
  void a_date_without_time_gives_no_group_key_and_no_date_gives_no_date_fields() {
    Map<String, Object> dateOnly = fields(IndexDocuments.toDocument(
        publication("Statement").kind(Kind.STATEMENT).published("2018-11-03").entry("s")));
    assertThat(dateOnly).containsEntry("published", "2018-11-03")
        .containsEntry("published_at", Date.from(Instant.parse("2018-11-03T00:00:00Z")))
        .containsEntry("year", 2018).doesNotContainKey("group_key");
    Map<String, Object> undated = fields(IndexDocuments.toDocument(
        publication("Comment").kind(Kind.COMMENT).entry("c")));
    assertThat(undated).doesNotContainKeys("published", "published_at", "year", "group_key",
        "turns");
  }

  @Test
  void the_speaker_facet_leaves_questioners_out() {
    assertThat(IndexDocuments.speakers(publication("Interview")
        .participant("Ivan Petrov", "Minister")
        .question("CCTV", "Why?").answer("Ivan Petrov", "Because.")
        .answer("Olga Berg", "Indeed.").build()))
        .containsExactly("Ivan Petrov", "Olga Berg");
  }
}
