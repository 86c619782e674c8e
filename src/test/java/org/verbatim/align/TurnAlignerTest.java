package org.verbatim.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

class TurnAlignerTest {

  private final TurnAligner aligner = new TurnAligner();

  // Invented people and invented sayings, English and Russian side by side.
  private static final String Q1 = "Talks on the river treaty have lasted 3 years. Is the end in sight?";
  private static final String Q1_RU =
      "Переговоры о речном договоре идут уже 3 года. Виден ли конец?";
  private static final String A1 = "Yes. We agreed on the northern channel last week, and only the"
      + " fishing rules remain open.";
  private static final String A1_RU = "Да. На прошлой неделе мы договорились о северном канале,"
      + " открытыми остаются только правила рыболовства.";
  private static final String A1B = "The experts of Lorvania will come to Vollen on 12 May.";
  private static final String A1B_RU = "Эксперты Лорвании приедут в Воллен 12 мая.";
  private static final String Q2 = "What about the 40 fishing boats held in port?";
  private static final String Q2_RU = "А как же 40 рыболовецких судов, задержанных в порту?";
  private static final String A2 = "They will sail as soon as the paperwork is done, I hope before"
      + " the autumn storms.";
  private static final String A2_RU = "Они выйдут в море, как только будут оформлены документы,"
      + " надеюсь, до осенних штормов.";

  @Test
  void pairs_turns_one_to_one_where_the_structure_agrees() {
    Publication en = english();
    Publication ru = version(List.of(
        turn("Вопрос", Role.QUESTION, Q1_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A1_RU, A1B_RU),
        turn("Вопрос", Role.QUESTION, Q2_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A2_RU)));

    TurnAlignment alignment = aligner.align(en, ru);

    assertThat(shapes(alignment.turns())).containsExactly("1:1", "2:2", "3:3", "4:4");
    assertThat(alignment.doubtful()).isEmpty();
    assertThat(alignment.ratio()).isBetween(1.0, 1.4);
  }

  @Test
  void an_answer_printed_as_two_turns_in_one_version_is_one_to_two() {
    Publication en = english();
    Publication ru = version(List.of(
        turn("Вопрос", Role.QUESTION, Q1_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A1_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A1B_RU),
        turn("Вопрос", Role.QUESTION, Q2_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A2_RU)));

    assertThat(shapes(aligner.align(en, ru).turns()))
        .containsExactly("1:1", "2:2,3", "3:4", "4:5");
    assertThat(shapes(aligner.align(ru, en).turns()))
        .containsExactly("1:1", "2,3:2", "4:3", "5:4");
  }

  @Test
  void a_turn_missing_in_one_version_is_linked_to_nothing_and_reported() {
    Publication en = english();
    Publication ru = version(List.of(
        turn("Вопрос", Role.QUESTION, Q1_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A1_RU, A1B_RU),
        turn("И.П.Лодыгин", Role.ANSWER, A2_RU)));

    TurnAlignment alignment = aligner.align(en, ru);

    assertThat(shapes(alignment.turns())).containsExactly("1:1", "2:2", "3:", "4:3");
    assertThat(shapes(alignment.doubtful())).containsExactly("3:");
  }

  @Test
  void speakers_named_differently_in_each_language_are_told_apart_by_their_surnames() {
    String other = "The commission will meet again in spring, and we are ready for it.";
    String otherRu = "Комиссия соберётся снова весной, и мы к этому готовы.";
    Publication en = version(List.of(
        turn("Question", Role.QUESTION, Q1),
        turn("Ivan Lodygin", Role.ANSWER, A2),
        turn("Anna Tumanova", Role.ANSWER, other),
        turn("Question", Role.QUESTION, Q2),
        turn("Anna Tumanova", Role.ANSWER, A1)));
    Publication ru = version(List.of(
        turn("Вопрос", Role.QUESTION, Q1_RU),
        turn("А.Е.Туманова", Role.ANSWER, otherRu),
        turn("Вопрос", Role.QUESTION, Q2_RU),
        turn("А.Е.Туманова", Role.ANSWER, A1_RU)));

    assertThat(shapes(aligner.align(en, ru).turns()))
        .containsExactly("1:1", "2:", "3:2", "4:3", "5:4");
  }

  @Test
  void a_heading_printed_in_one_version_only_is_a_section_linked_to_nothing() {
    Publication en = version(List.of(new Section(1, "On the river festival"),
            new Section(2, "Answers to media questions")),
        List.of(section(1, turn(null, "Anna Tumanova", Role.REMARKS, A1, A1B)),
            section(2, turn("Question", Role.QUESTION, Q2)),
            section(2, turn("Anna Tumanova", Role.ANSWER, A2))));
    Publication ru = version(List.of(new Section(1, "О речном фестивале")),
        List.of(section(1, turn(null, "А.Е.Туманова", Role.REMARKS, A1_RU, A1B_RU)),
            section(1, turn("Вопрос", Role.QUESTION, Q2_RU)),
            section(1, turn("А.Е.Туманова", Role.ANSWER, A2_RU))));

    TurnAlignment alignment = aligner.align(en, ru);

    assertThat(shapes(alignment.turns())).containsExactly("1:1", "2:2", "3:3");
    assertThat(shapes(alignment.sections())).containsExactly("1:1", "2:");
  }

  @Test
  void a_pairing_that_fits_badly_has_low_confidence_and_is_reported() {
    Publication en = version(List.of(turn("Question", Role.QUESTION, Q1)));
    Publication ru = version(List.of(turn("И.П.Лодыгин", Role.ANSWER, A1_RU, A1B_RU)));

    TurnAlignment alignment = aligner.align(en, ru);

    assertThat(alignment.turns()).allSatisfy(link -> assertThat(link.confidence())
        .isBetween(0.0, TurnAlignment.LOW_CONFIDENCE));
    assertThat(alignment.doubtful()).isEqualTo(alignment.turns());
  }

  @Test
  void two_empty_versions_have_an_empty_alignment() {
    TurnAlignment alignment = aligner.align(version(List.of()), version(List.of()));

    assertThat(alignment.turns()).isEmpty();
    assertThat(alignment.sections()).isEmpty();
  }

  /** "1:2,3" for a link of left turn 1 with right turns 2 and 3; "3:" for a turn unpaired. */
  static List<String> shapes(List<Link> links) {
    List<String> out = new ArrayList<>();
    for (Link link : links) {
      out.add(join(link.left()) + ":" + join(link.right()));
    }
    return out;
  }

  private static String join(List<Integer> numbers) {
    return String.join(",", numbers.stream().map(String::valueOf).toList());
  }

  private static Turn turn(String speaker, Role role, String... paragraphs) {
    return turn(speaker, speaker, role, paragraphs);
  }

  private static Turn turn(String label, String speaker, Role role, String... paragraphs) {
    return new Turn(null, label, speaker, role, List.of(paragraphs), List.of(), List.of());
  }

  private static Turn section(int number, Turn turn) {
    return new Turn(number, turn.label(), turn.speaker(), turn.role(), turn.paragraphs(),
        List.of(), List.of());
  }

  /** The English interview the first tests align: two questions, two answers. */
  private static Publication english() {
    return version(List.of(
        turn("Question", Role.QUESTION, Q1),
        turn("Ivan Lodygin", Role.ANSWER, A1, A1B),
        turn("Question", Role.QUESTION, Q2),
        turn("Ivan Lodygin", Role.ANSWER, A2)));
  }

  private static Publication version(List<Turn> turns) {
    return version(List.of(), turns);
  }

  private static Publication version(List<Section> sections, List<Turn> turns) {
    return new Publication(null, Kind.INTERVIEW, null, null, null, "en", List.of(), List.of(),
        List.of(), sections, turns, List.of(), new Source("text", null, null, "0"));
  }
}
