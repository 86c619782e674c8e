package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;

class TitleAnalysisTest {

  @Test
  void reads_speaker_outlets_place_and_date_of_an_interview() {
    TitleFacts facts = TitleAnalysis.analyse("Foreign Minister Ivan Petrov’s interview with "
        + "Lakeside Television and Norway’s NRK and Harbour TV, Oslo, May 3, 2021");
    assertThat(facts).isEqualTo(new TitleFacts(Kind.INTERVIEW,
        new Participant("Ivan Petrov", "Foreign Minister"),
        java.util.List.of("Lakeside Television", "NRK", "Harbour TV"), "Oslo",
        LocalDate.of(2021, 5, 3)));
  }

  @Test
  void reads_a_briefing_by_a_spokesperson() {
    TitleFacts facts = TitleAnalysis.analyse(
        "Briefing by Foreign Ministry Spokesperson Anna Orlova, Moscow, March 2, 2017");
    assertThat(facts.kind()).isEqualTo(Kind.BRIEFING);
    assertThat(facts.speaker())
        .isEqualTo(new Participant("Anna Orlova", "Foreign Ministry Spokesperson"));
    assertThat(facts.outlets()).isEmpty();
    assertThat(facts.place()).isEqualTo("Moscow");
    assertThat(facts.eventDate()).isEqualTo(LocalDate.of(2017, 3, 2));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Deputy Minister Olga Lind’s remarks and answers to media questions at a news conference | remarks",
      "Foreign Minister Ivan Petrov’s opening remarks at talks with a delegation | remarks",
      "Speech by Foreign Minister Ivan Petrov at the Harbour Forum | speech",
      "Statement by Foreign Minister Ivan Petrov on the river treaty | statement",
      "Article by Foreign Minister Ivan Petrov for the Morning Courier newspaper | article",
      "Comment by Foreign Ministry Spokesperson Anna Orlova on the fishing quota | comment",
      "Press release on the visit of a trade delegation | press-release",
      "Visit of a trade delegation | other",
      "Press-Conference by Permanent Representative Ivan Petrov on the Council presidency | remarks",
      "Joint news-conference of Foreign Ministers Ivan Petrov and Olga Lind | remarks",
      "Интервью Министра иностранных дел России И.П.Петрова газете «Утренний курьер» | interview",
      "Брифинг официального представителя МИД России А.В.Орловой | briefing",
      "Очередная пресс-конференция 12 января 2023 г. у официального представителя МИД Норландии Ли Мина | briefing",
      "Пресс-конференция Министра иностранных дел России И.П.Петрова | remarks",
      "Выступление и ответы на вопросы СМИ Министра иностранных дел России И.П.Петрова | remarks",
      "Речь Министра иностранных дел России И.П.Петрова | speech",
      "Заявление МИД России | statement",
      "Статья Министра иностранных дел России И.П.Петрова | article",
      "Комментарий официального представителя МИД России А.В.Орловой | comment",
      "Пресс-релиз о визите делегации | press-release",
  })
  void tells_the_kind_from_the_title(String title, String kind) {
    assertThat(TitleAnalysis.analyse(title).kind().code()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "Foreign Minister Ivan Petrov’s answers to questions from the Morning Courier newspaper | interview | Morning Courier",
      "Foreign Minister Ivan Petrov’s answers to Harbour TV’s questions | interview | Harbour TV",
      "Foreign Minister Ivan Petrov’s answers to Harbour Wire questions | interview | Harbour Wire",
      "Ответы Министра иностранных дел России И.П.Петрова на вопросы газеты «Северный вестник» | interview | Северный вестник",
      "Foreign Minister Ivan Petrov’s answers to questions from the media | remarks | ''",
      "Foreign Minister Ivan Petrov’s answers to questions from students of the Harbour Institute | remarks | ''",
      "Foreign Minister Ivan Petrov’s remarks and answers to questions from Harbour TV | remarks | Harbour TV",
      "Ответы Министра иностранных дел России И.П.Петрова на вопросы СМИ | remarks | ''",
      "Ответы Министра иностранных дел России И.П.Петрова на вопросы участников форума «Северный путь» | remarks | ''",
  })
  void answers_to_an_outlets_questions_and_nothing_else_are_an_interview(String title, String kind,
      String outlet) {
    TitleFacts facts = TitleAnalysis.analyse(title);

    assertThat(facts.kind().code()).isEqualTo(kind);
    assertThat(facts.outlets()).isEqualTo(outlet.isEmpty() ? List.of() : List.of(outlet));
  }

  @Test
  void reads_outlets_after_for_and_to() {
    assertThat(TitleAnalysis.analyse(
        "Article by Foreign Minister Ivan Petrov for the Morning Courier newspaper").outlets())
        .containsExactly("Morning Courier");
    assertThat(TitleAnalysis.analyse(
        "Interview of Foreign Minister Ivan Petrov to the newspaper Evening Star").outlets())
        .containsExactly("Evening Star");
    assertThat(TitleAnalysis.analyse(
        "Foreign Minister Ivan Petrov’s interview with Lakeside Television, NRK and Harbour TV, "
            + "Oslo, May 3, 2021").outlets())
        .containsExactly("Lakeside Television", "NRK", "Harbour TV");
  }

  @Test
  void reads_a_russian_title_in_the_genitive() {
    TitleFacts facts = TitleAnalysis.analyse("Интервью Министра иностранных дел России "
        + "И.П.Петрова газете «Утренний курьер», Москва, 24 февраля 2019 года");
    assertThat(facts.kind()).isEqualTo(Kind.INTERVIEW);
    assertThat(facts.speaker())
        .isEqualTo(new Participant("И.П.Петров", "Министра иностранных дел России"));
    assertThat(facts.outlets()).containsExactly("Утренний курьер");
    assertThat(facts.place()).isEqualTo("Москва");
    assertThat(facts.eventDate()).isEqualTo(LocalDate.of(2019, 2, 24));
  }

  @Test
  void turns_russian_genitive_surnames_back_into_the_nominative() {
    assertThat(TitleAnalysis.analyse("Брифинг официального представителя МИД России "
        + "А.В.Орловой").speaker())
        .isEqualTo(new Participant("А.В.Орлова", "официального представителя МИД России"));
    assertThat(TitleAnalysis.analyse("Выступление и ответы на вопросы СМИ Министра "
        + "иностранных дел России И.П.Петрова в ходе пресс-конференции").speaker())
        .isEqualTo(new Participant("И.П.Петров", "Министра иностранных дел России"));
    assertThat(PersonPhrase.nominative("Белинского")).isEqualTo("Белинский");
    assertThat(PersonPhrase.nominative("Ильина")).isEqualTo("Ильин");
    assertThat(PersonPhrase.nominative("Грушко")).isEqualTo("Грушко");
  }

  @Test
  void names_no_speaker_when_an_office_speaks() {
    assertThat(TitleAnalysis.analyse("Comment by the Information and Press Department on a "
        + "ferry accident").speaker()).isNull();
    assertThat(TitleAnalysis.analyse("Заявление МИД России").speaker()).isNull();
  }

  @Test
  void keeps_the_event_date_without_a_place_when_only_the_date_follows() {
    TitleFacts facts = TitleAnalysis.analyse(
        "Foreign Minister Ivan Petrov’s interview with NRK and Harbour TV, May 3, 2021");
    assertThat(facts.place()).isNull();
    assertThat(facts.eventDate()).isEqualTo(LocalDate.of(2021, 5, 3));
    assertThat(facts.outlets()).containsExactly("NRK", "Harbour TV");
  }

  @Test
  void reads_post_and_name_with_apostrophe_and_initials() {
    assertThat(TitleAnalysis.analyse("Secretary of State John Q. Carver's remarks to the press")
        .speaker()).isEqualTo(new Participant("John Q. Carver", "Secretary of State"));
    assertThat(TitleAnalysis.analyse("Remarks by Ambassador Ivan Petrov at a reception")
        .speaker()).isEqualTo(new Participant("Ivan Petrov", "Ambassador"));
    assertThat(TitleAnalysis.analyse("Ambassador to the UK Ivan Petrov’s article")
        .speaker()).isEqualTo(new Participant("Ivan Petrov", "Ambassador to the UK"));
  }
}
