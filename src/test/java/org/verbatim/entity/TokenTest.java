package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Words split from texts that say them again, at other places, and after many other words. */
class TokenTest {

  @Test
  void a_word_said_again_elsewhere_has_its_facts_and_the_place_where_it_is_said_now() {
    Token.split("The UN and Лаврову met in 2019.");
    Token.Words words = Token.words("In 2019, Лаврову said: the UN, the un.");
    List<Token> again = words.tokens();
    assertThat(again).extracting(Token::surface)
        .containsExactly("In", "2019", "Лаврову", "said", "the", "UN", "the", "un");
    for (int i = 0; i < words.size(); i++) {
      assertThat("In 2019, Лаврову said: the UN, the un.".substring(words.start(i), words.end(i)))
          .isEqualTo(again.get(i).surface());
    }
    Token un = again.get(5);
    assertThat(un.norm()).isEqualTo("un");
    assertThat(un.upperCase()).isTrue();
    assertThat(again.get(7).upperCase()).isFalse();
    assertThat(again.get(2).cyrillic()).isTrue();
    assertThat(again.get(2).norm()).isEqualTo("лаврову");
    assertThat(again.get(1).number()).isTrue();
  }

  @Test
  void splits_alike_after_more_distinct_words_than_it_keeps() {
    String many = IntStream.range(0, 20_000).mapToObj(i -> "w" + i)
        .collect(Collectors.joining(" "));
    List<Token> first = Token.split(many);
    Token.Words second = Token.words("w19999 w0 Word w7");
    assertThat(first).hasSize(20_000);
    assertThat(first.get(12_345).surface()).isEqualTo("w12345");
    assertThat(second.tokens()).extracting(Token::surface)
        .containsExactly("w19999", "w0", "Word", "w7");
    assertThat(second.starts()).startsWith(0, 7, 10, 15);
    assertThat(IntStream.range(0, second.size()).map(second::end)).containsExactly(6, 9, 14, 17);
    assertThat(second.tokens().get(2).capitalised()).isTrue();
  }

  @Test
  void tells_apart_words_of_one_hash_and_length_and_splits_words_longer_than_it_keeps() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    Token.split("Aa AaBB");
    assertThat(Token.split("BB BBAa Aa")).extracting(Token::surface)
        .containsExactly("BB", "BBAa", "Aa");
    assertThat(Token.split("BB")).extracting(Token::norm).containsExactly("bb");

    String longWord = "x".repeat(70_000);
    String longer = "y".repeat(40_000);
    Token.split(longer + " " + longWord + " " + longer + "z");
    assertThat(Token.split(longWord + " " + longer + " Aa")).extracting(Token::surface)
        .containsExactly(longWord, longer, "Aa");
  }

  @Test
  void answers_the_cyrillic_block_as_the_general_unicode_tests_do() {
    for (int c = 0x400; c <= 0x4FF; c++) {
      int type = Character.getType(c);
      assertThat(Token.wordChar(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c)
          || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }
  }
}
