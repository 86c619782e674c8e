package org.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Insertion;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

class PublicationJsonTest {

  static final Publication BRIEFING = new Publication(
      "Briefing by Foreign Ministry Spokesperson Anna Volkova, Moscow, March 2, 2017",
      Kind.BRIEFING,
      Published.of(LocalDate.of(2017, 3, 2), LocalTime.of(18, 49)),
      LocalDate.of(2017, 3, 2),
      "Moscow",
      "en",
      List.of("en-GB", "ru-RU"),
      List.of(new Participant("Anna Volkova", "Foreign Ministry Spokesperson")),
      List.of(),
      List.of(new Section(1, "The weather in the capital"),
          new Section(2, "Answers to media questions")),
      List.of(
          new Turn(1, null, "Anna Volkova", Role.REMARKS,
              List.of("It rained [all day] on Monday."), List.of(),
              List.of(new Insertion(0, 9, 18, "[all day]"))),
          new Turn(2, "Question", "Question", Role.QUESTION, List.of("Will it rain again?"),
              List.of("retranslated from English"), List.of())),
      List.of(new ParseWarning(14, "label 'Question' had lost its colon; read as a label")),
      new Source("text", "briefing.txt", null, "ab".repeat(32)));

  @Test
  void writes_the_documented_shape_on_one_line() {
    assertThat(PublicationJson.toJson(BRIEFING)).isEqualTo("{"
        + "\"title\":\"Briefing by Foreign Ministry Spokesperson Anna Volkova, Moscow, March 2, 2017\","
        + "\"kind\":\"briefing\",\"published\":\"2017-03-02T18:49\",\"eventDate\":\"2017-03-02\","
        + "\"place\":\"Moscow\",\"language\":\"en\",\"languageVersions\":[\"en-GB\",\"ru-RU\"],"
        + "\"participants\":[{\"name\":\"Anna Volkova\",\"role\":\"Foreign Ministry Spokesperson\"}],"
        + "\"outlets\":[],"
        + "\"sections\":[{\"number\":1,\"heading\":\"The weather in the capital\"},"
        + "{\"number\":2,\"heading\":\"Answers to media questions\"}],"
        + "\"turns\":[{\"section\":1,\"label\":null,\"speaker\":\"Anna Volkova\",\"role\":\"remarks\","
        + "\"paragraphs\":[\"It rained [all day] on Monday.\"],\"notes\":[],"
        + "\"editorial\":[{\"paragraph\":0,\"start\":9,\"end\":18,\"text\":\"[all day]\"}]},"
        + "{\"section\":2,\"label\":\"Question\",\"speaker\":\"Question\",\"role\":\"question\","
        + "\"paragraphs\":[\"Will it rain again?\"],\"notes\":[\"retranslated from English\"],"
        + "\"editorial\":[]}],"
        + "\"warnings\":[{\"line\":14,\"message\":\"label 'Question' had lost its colon; read as a label\"}],"
        + "\"source\":{\"path\":\"briefing.txt\",\"format\":\"text\",\"sha256\":\"" + "ab".repeat(32)
        + "\"}}");
  }

  @Test
  void reads_back_an_equal_publication() {
    assertThat(PublicationJson.fromJson(PublicationJson.toJson(BRIEFING))).isEqualTo(BRIEFING);
    assertThat(PublicationJson.fromJson(PublicationJson.toPrettyJson(BRIEFING))).isEqualTo(BRIEFING);
  }

  @Test
  void names_the_missing_field_when_json_is_incomplete() {
    assertThatThrownBy(() -> PublicationJson.fromJson("{\"title\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Publication JSON lacks 'kind': {\"title\":\"x\"}");
    assertThatThrownBy(() -> PublicationJson.fromJson("{\"title\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a publication's JSON: ");
  }
}
