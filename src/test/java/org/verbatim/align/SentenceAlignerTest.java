package org.verbatim.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.align.TurnAlignerTest.shapes;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

  private final SentenceAligner aligner = new SentenceAligner();

  @Test
  void sentences_end_at_a_stop_before_a_capital_but_not_after_initials_or_abbreviations() {
    assertThat(Sentences.of("Mr. Tumanov met I.Lodygin and A. E. Veresova today. They spoke of"
        + " 3.5 per cent, e.g. of fish! Why? Because, i.e. for money."))
        .containsExactly("Mr. Tumanov met I.Lodygin and A. E. Veresova today.",
            "They spoke of 3.5 per cent, e.g. of fish!", "Why?", "Because, i.e. for money.");
  }

  @Test
  void russian_initials_and_abbreviations_do_not_end_a_sentence() {
    assertThat(Sentences.of("Об этом сказал И.П.Лодыгин, т.е. министр. Вопрос решён в 2019 г."
        + " Затем А.Е. Туманова и г-жа Вересова, т.е. все. «Все согласны», – сказал он."))
        .containsExactly("Об этом сказал И.П.Лодыгин, т.е. министр.",
            "Вопрос решён в 2019 г. Затем А.Е. Туманова и г-жа Вересова, т.е. все.",
            "«Все согласны», – сказал он.");
  }

  @Test
  void a_paragraph_boundary_ends_a_sentence() {
    assertThat(Sentences.of(List.of("We agree", "  ", "They do not.")))
        .containsExactly("We agree", "They do not.");
  }

  @Test
  void pairs_sentences_one_to_one_when_they_correspond() {
    SentenceAlignment alignment = aligner.align(
        List.of("The talks lasted 3 days. We agreed on the northern channel.",
            "The experts will come in May. Is that late?"),
        List.of("Переговоры длились 3 дня. Мы договорились о северном канале.",
            "Эксперты приедут в мае. Не поздно ли?"));

    assertThat(shapes(alignment.links())).containsExactly("1:1", "2:2", "3:3", "4:4");
    assertThat(alignment.links()).allSatisfy(link -> assertThat(link.confidence())
        .isBetween(TurnAlignment.LOW_CONFIDENCE, 1.0));
  }

  @Test
  void a_sentence_split_in_two_and_two_merged_into_one_are_found() {
    SentenceAlignment alignment = aligner.align(
        List.of("The commission met in Vollen on 4 March, and it approved the fishing quotas"
            + " for the next 2 years. The river will be dredged. Ships may then pass."),
        List.of("Комиссия собралась в Воллене 4 марта. Она утвердила квоты на вылов рыбы на"
            + " ближайшие 2 года. Реку углубят, после чего по ней смогут пройти суда."));

    assertThat(shapes(alignment.links())).containsExactly("1:1,2", "2,3:3");
  }

  @Test
  void a_sentence_with_no_counterpart_is_linked_to_nothing() {
    // The ratio of the whole publication, as the turn alignment measures it: these two short
    // texts alone, one with a sentence more, would suggest Russian half as long as English.
    SentenceAlignment alignment = aligner.align(
        List.of("The talks lasted 3 days. We agreed on the channel.",
            "I would like to add that the weather was very good throughout the whole week."
                + " The experts will come in 2026."),
        List.of("Переговоры длились 3 дня. Мы договорились о канале.",
            "Эксперты приедут в 2026 году."), 1.1);

    assertThat(shapes(alignment.links())).containsExactly("1:1", "2:2", "3:", "4:3");
    assertThat(alignment.links().get(2).confidence()).isLessThan(TurnAlignment.LOW_CONFIDENCE);
  }

  @Test
  void numbers_anchor_sentences_whose_lengths_mislead() {
    SentenceAlignment alignment = aligner.align(
        List.of("Trade grew by 16 per cent. We expect 450 students from Lorvania next year."),
        List.of("Товарооборот между нашими странами вырос на 16 процентов за прошлый год."
            + " Ждём 450 студентов."));

    assertThat(shapes(alignment.links())).containsExactly("1:1", "2:2");
  }

  @Test
  void a_ratio_that_is_no_ratio_is_refused() {
    assertThatThrownBy(() -> aligner.align(List.of("A."), List.of("Б."), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A length ratio is positive, or 0 to measure it: -1.0");
  }
}
