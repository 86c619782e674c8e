package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Insertion;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;

/** The fixture pages the fuzz test mutates, read whole: what they must give unmutated. */
class FixturePagesTest {

  @Test
  void reads_the_interview_fixture() throws Exception {
    Publication p = Pages.read(FixturePages.text("interview.txt"));
    assertThat(p.published()).hasToString("2021-05-03T14:05");
    assertThat(p.languageVersions()).containsExactly("en-GB", "ru-RU", "fr-FR");
    assertThat(p.outlets()).containsExactly("Harbour TV", "NRK");
    assertThat(p.turns()).extracting(Turn::label, Turn::role).containsExactly(
        tuple("Question", Role.QUESTION), tuple("Ivan Petrov", Role.ANSWER),
        tuple("Question", Role.QUESTION), tuple("Ivan Petrov", Role.ANSWER),
        tuple("NRK", Role.QUESTION), tuple("Ivan Petrov", Role.ANSWER),
        tuple("Question", Role.QUESTION), tuple("Ivan Petrov", Role.ANSWER),
        tuple("Question", Role.QUESTION), tuple("Ivan Petrov", Role.ANSWER));
    assertThat(p.turns().get(1).editorial()).containsExactly(new Insertion(1, 60, 68, "[winter]"));
    assertThat(p.warnings()).containsExactly(
        new ParseWarning(23, Warnings.gluedLabel("Question")),
        new ParseWarning(25, Warnings.lostColon("Ivan Petrov")),
        new ParseWarning(27, Warnings.lostColon("Question")));
  }

  @Test
  void reads_the_briefing_fixture() throws Exception {
    Publication p = Pages.read(FixturePages.text("briefing.txt"));
    assertThat(p.sections()).extracting(Section::heading).containsExactly("The ferry timetable",
        "The bridge opening", "Fishing quotas", "Answers to media questions");
    assertThat(p.turns()).extracting(Turn::section, Turn::label, Turn::speaker, Turn::role)
        .containsExactly(
            tuple(null, null, "Anna Orlova", Role.REMARKS),
            tuple(1, null, "Anna Orlova", Role.REMARKS),
            tuple(2, null, "Anna Orlova", Role.REMARKS),
            tuple(3, null, "Anna Orlova", Role.REMARKS),
            tuple(4, "Question", "Question", Role.QUESTION),
            tuple(4, "Anna Orlova", "Anna Orlova", Role.ANSWER),
            tuple(4, "The Paper", "The Paper", Role.QUESTION),
            tuple(4, "Anna Orlova", "Anna Orlova", Role.ANSWER));
    assertThat(p.turns().get(4).notes()).containsExactly("retranslated from English");
    // "The Paper" is not among the title's outlets, and words starting with an article are a
    // label only when they ask and the spokesperson answers, as here.
    assertThat(p.turns().get(6).paragraphs())
        .containsExactly("Has the bridge passed its inspection?");
  }

  @Test
  void reads_the_russian_fixture() throws Exception {
    Publication p = Pages.read(FixturePages.text("russian.txt"));
    assertThat(p.language()).isEqualTo("ru");
    assertThat(p.kind().code()).isEqualTo("remarks");
    assertThat(p.participants())
        .containsExactly(new Participant("И.П.Петров", "Министра иностранных дел России"));
    assertThat(p.turns()).extracting(Turn::label, Turn::speaker, Turn::role, Turn::notes)
        .containsExactly(
            tuple(null, "И.П.Петров", Role.REMARKS, List.of()),
            tuple("ВОПРОС", "ВОПРОС", Role.QUESTION, List.of()),
            tuple("И.П. ПЕТРОВ", "И.П.Петров", Role.ANSWER, List.of()),
            tuple("Вопрос", "Вопрос", Role.QUESTION, List.of("перевод с английского")),
            tuple("И.П.Петров", "И.П.Петров", Role.ANSWER, List.of()),
            tuple("ВОПРОС", "ВОПРОС", Role.QUESTION, List.of()),
            tuple("И.П.Петров", "И.П.Петров", Role.ANSWER, List.of()));
    assertThat(p.warnings()).containsExactly(
        new ParseWarning(4, Warnings.dateFromTitle()),
        new ParseWarning(18, Warnings.gluedLabel("ВОПРОС")),
        new ParseWarning(20, Warnings.lostColon("И.П.Петров")));
  }

  @Test
  void reads_the_speech_fixture() throws Exception {
    Publication p = Pages.read(FixturePages.text("speech.txt"));
    assertThat(p.published()).hasToString("2021-05-03T14:05");
    assertThat(p.kind().code()).isEqualTo("speech");
    assertThat(p.turns()).containsExactly(new Turn(null, null, "Ivan Petrov", Role.REMARKS,
        List.of("Dear friends,", "The river treaty is ready: we signed it today.",
            "1. Ferries will run every hour.", "2. Bridges will open in June.",
            "Thank you (Applause)."), List.of(), List.of()));
  }

  @Test
  void reads_the_q_and_a_fixture() throws Exception {
    Publication p = Pages.read(FixturePages.text("qa.txt"));
    assertThat(p.published()).hasToString("2021-05-03T14:05+03:00");
    assertThat(p.participants()).containsExactly(new Participant("Karl Brandt", "Spokesperson"));
    assertThat(p.turns()).extracting(Turn::label, Turn::speaker, Turn::role).containsExactly(
        tuple("Q", "Q", Role.QUESTION), tuple("A", "Karl Brandt", Role.ANSWER),
        tuple("Q.", "Q.", Role.QUESTION), tuple("A.", "Karl Brandt", Role.ANSWER),
        tuple("MR BRANDT", "Karl Brandt", Role.ANSWER),
        tuple("QUESTION", "QUESTION", Role.QUESTION),
        tuple("MR BRANDT", "Karl Brandt", Role.ANSWER),
        tuple("Olga Lind", "Olga Lind", Role.ANSWER));
    assertThat(p.turns().get(7).paragraphs())
        .containsExactly("I would add one thing: it is also beautiful.");
  }
}
