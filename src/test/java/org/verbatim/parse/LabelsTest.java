package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Participant;

class LabelsTest {

  private static final Participant PETROV = new Participant("Ivan Petrov", "Foreign Minister");
  private static final List<String> OUTLETS = List.of("NRK", "The Paper");

  private static Labels labels() {
    return new Labels(new Speakers(PETROV, OUTLETS), PETROV, OUTLETS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Question: Will the ferry run?                          | Question       | | Will the ferry run?",
      "Ivan Petrov: It will.                                  | Ivan Petrov    | | It will.",
      "Q: Will it?                                            | Q              | | Will it?",
      "A: Yes.                                                | A              | | Yes.",
      "Q.: Will it?                                           | Q.             | | Will it?",
      "A.: Yes.                                               | A.             | | Yes.",
      "Q. Will it?                                            | Q.             | | Will it?",
      "MR PETROV: Indeed.                                     | MR PETROV      | | Indeed.",
      "QUESTION: And then?                                    | QUESTION       | | And then?",
      "NRK: One more question.                                | NRK            | | One more question.",
      "The Paper: A follow-up.                                | The Paper      | | A follow-up.",
      "Question (retranslated from English): Is it true?      | Question       | retranslated from English | Is it true?",
      "Вопрос: Когда?                                         | Вопрос         | | Когда?",
      "И.П.Петров: Скоро.                                     | И.П.Петров     | | Скоро.",
      "ВОПРОС: Когда?                                         | ВОПРОС         | | Когда?",
      "И.П. ПЕТРОВ: Скоро.                                    | И.П. ПЕТРОВ    | | Скоро.",
      "Mr. Petrov: Thank you.                                 | Mr. Petrov     | | Thank you.",
      "Petrov: Thank you.                                     | Petrov         | | Thank you.",
      "Olga van der Berg: Welcome.                            | Olga van der Berg | | Welcome.",
      "Ivan Petrov:We agree.                                  | Ivan Petrov    | | We agree.",
      "Question:                                              | Question       | | ''",
      "Shri Ravi Menon, Official Spokesperson: Good evening.  | Shri Ravi Menon, Official Spokesperson | | Good evening.",
      "Mr. KORENAGA Hiroto, Minister for Foreign Affairs: Yes. | Mr. KORENAGA Hiroto, Minister for Foreign Affairs | | Yes.",
      "Harbour Radio, TANAKA: One question.                   | Harbour Radio, TANAKA | | One question.",
      "Deputy Chief of Staff of the Presidential Executive Office – Presidential Press Secretary Oleg Mirnov: Let us begin. | Deputy Chief of Staff of the Presidential Executive Office – Presidential Press Secretary Oleg Mirnov | | Let us begin.",
      "Заместитель Руководителя Администрации Президента – Пресс-секретарь Президента О.Мирнов: Начнём. | Заместитель Руководителя Администрации Президента – Пресс-секретарь Президента О.Мирнов | | Начнём.",
  })
  void reads_every_label_form(String line, String label, String notes, String text) {
    Label found = labels().atStart(line);
    assertThat(found).isNotNull();
    assertThat(found.printed()).isEqualTo(label);
    assertThat(found.notes()).isEqualTo(notes == null ? List.of() : List.of(notes));
    assertThat(line.substring(found.textStart())).isEqualTo(text);
    assertThat(found.damage()).isEqualTo(Label.Damage.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Table of contents:", "Moscow: 00:12", "The agenda is as follows:",
      "We discussed three things: trade, fishing and ferries.", "Note: the ferry is late.",
      "The Arctic: A Territory of Talks is the forum's name.", "Russia, Norway: partners",
      "HTTP://example.org", "Yes. Indeed: we agree.", "Time: 10:30",
      "Foreign Minister Ivan Petrov’s interview: part two", "at 10:30: the meeting",
      "Dear Colleagues, Friends: welcome", "However, Japan: a partner", "Ivan Petrov, Oslo: yes",
      "President Ivan Petrov met the Chairman of the Council of Ministers – and the Speaker of the"
          + " Assembly: both agreed",
      "Minister Ivan Petrov – who chaired the Northern Council for more than a decade – said: yes"})
  void refuses_colons_that_are_no_label(String line) {
    assertThat(labels().atStart(line)).isNull();
  }

  @Test
  void repairs_a_label_that_lost_its_colon() {
    Labels labels = labels();
    assertThat(labels.lostColon("QuestionHas the ferry left?"))
        .isEqualTo(new Label("Question", List.of(), 0, 8, Label.Damage.LOST_COLON));
    assertThat(labels.lostColon("Ivan PetrovWe are ready."))
        .isEqualTo(new Label("Ivan Petrov", List.of(), 0, 11, Label.Damage.LOST_COLON));
    assertThat(labels.lostColon("Ivan PetrovI think so.").printed()).isEqualTo("Ivan Petrov");
    assertThat(labels.lostColon("ВОПРОСКак дела?").printed()).isEqualTo("ВОПРОС");
    assertThat(labels.lostColon("ВопросКогда?").printed()).isEqualTo("Вопрос");
  }

  @Test
  void repairs_a_lost_colon_only_for_known_labels() {
    Labels labels = labels();
    assertThat(labels.lostColon("Olga LindWe are ready.")).isNull();
    labels.learn(labels.atStart("Olga Lind: Hello."));
    assertThat(labels.lostColon("Olga LindWe are ready.").printed()).isEqualTo("Olga Lind");
    assertThat(labels.lostColon("Questionnaires are ready.")).isNull();
    assertThat(labels.lostColon("QWhat now?")).isNull();
    assertThat(labels.lostColon("QUESTIONS REMAIN")).isNull();
  }

  @Test
  void finds_a_label_glued_to_the_previous_sentence() {
    Labels labels = labels();
    String line = "It will be announced soon.Ivan Petrov: We agree.";
    Label glued = labels.glued(line, 0);
    assertThat(glued).isEqualTo(new Label("Ivan Petrov", List.of(), 26, 39, Label.Damage.GLUED));
    assertThat(line.substring(glued.textStart())).isEqualTo("We agree.");
    assertThat(labels.glued("Really?Question (retranslated): Why?", 0))
        .isEqualTo(new Label("Question", List.of("retranslated"), 7, 32, Label.Damage.GLUED));
  }

  @Test
  void finds_no_glued_label_where_a_colon_only_follows_a_name() {
    Labels labels = labels();
    assertThat(labels.glued("He said to Ivan Petrov: come.", 0)).isNull();
    assertThat(labels.glued("Done. Ivan Petrov: spaced, so not glued.", 0)).isNull();
    assertThat(labels.glued("Done.Olga Lind: unknown.", 0)).isNull();
    assertThat(labels.glued("Ivan Petrov: as the line starts", 0)).isNull();
  }
}
