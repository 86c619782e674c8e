package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void cuts_a_text_at_lf_crlf_and_lone_cr_keeping_the_empty_line_after_a_final_break() {
    assertThat(Lines.cut("a\r\nb\rc\n\nd\r")).containsExactly("a", "b", "c", "", "d", "");
    assertThat(Lines.cut("")).containsExactly("");
  }

  @Test
  void numbers_lines_without_the_empty_one_after_a_final_break_or_a_leading_byte_order_mark() {
    Lines lines = Lines.of(List.of("\uFEFFTitle", "", "  Question: Yes?\u00a0", ""));

    assertThat(lines.count()).isEqualTo(3);
    assertThat(lines.text(0)).isEqualTo("Title");
    assertThat(lines.isBlank(1)).isTrue();
    assertThat(lines.text(2)).isEqualTo("  Question: Yes?\u00a0");
    assertThat(lines.stripped(2)).isEqualTo("Question: Yes?");
    assertThat(Lines.of("\n").count()).isEqualTo(1);
    assertThat(Lines.of("a\n\n").count()).isEqualTo(2);
  }

  @Test
  void a_line_taken_is_its_stripped_text_and_a_line_needing_no_strip_is_the_same_string() {
    String line = "Question: Did the ferry run?";
    Lines lines = Lines.of(List.of(line, " Answer: It did. "));

    assertThat(lines.take(0)).isSameAs(line);
    assertThat(lines.take(1)).isEqualTo("Answer: It did.");
  }

  @Test
  void a_space_is_java_white_space_a_unicode_space_separator_or_a_byte_order_mark_for_every_char() {
    for (int c = 0; c <= 0xFFFF; c++) {
      boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF;
      assertThat(Lines.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }
}
