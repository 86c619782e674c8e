package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

  @Test
  void counts_runs_of_letters_and_digits_with_what_joins_them_inside() {
    assertThat(WordCount.of("The talks, in 2019, resumed.")).isEqualTo(5);
    assertThat(WordCount.of("We don't know: 1,000 or 2.5 tonnes?")).isEqualTo(7);
    assertThat(WordCount.of("Переговоры в Нью-Йорке — 3 марта.")).isEqualTo(5);
    assertThat(WordCount.of("  a -- b ' c  ")).isEqualTo(3);
    assertThat(WordCount.of("")).isZero();
  }

  @Test
  void counts_each_character_of_scripts_written_without_spaces() {
    assertThat(WordCount.of("我们支持北极合作。")).isEqualTo(8);
    assertThat(WordCount.of("王伟 said 你好")).isEqualTo(5);
  }

  @Test
  void answers_ascii_and_cyrillic_as_the_general_unicode_tests_do() {
    for (int c = 0; c <= 0x4FF; c++) {
      assertThat(WordCount.letterOrDigit(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
      assertThat(WordCount.nonSpacingMark(c)).as("U+%04X", c)
          .isEqualTo(Character.getType(c) == Character.NON_SPACING_MARK);
    }
  }
}
