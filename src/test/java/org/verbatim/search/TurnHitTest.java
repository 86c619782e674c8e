package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Role;

class TurnHitTest {

  private static TurnHit turn(String snippet) {
    return new TurnHit(3, "Question", null, Role.QUESTION, null, snippet);
  }

  @Test
  void plain_snippet_marks_the_words_as_asked_and_undoes_the_escapes() {
    TurnHit turn = turn("&lt;b&gt; the &quot;<mark>Arctic</mark>&quot; &amp; Rock&#39;n&#x27;roll"
        + " 1&#x2F;2");

    assertThat(turn.plainSnippet("«", "»")).isEqualTo("<b> the \"«Arctic»\" & Rock'n'roll 1/2");
    assertThat(turn.plainSnippet("", "")).isEqualTo("<b> the \"Arctic\" & Rock'n'roll 1/2");
  }

  @Test
  void an_escaped_entity_in_the_text_stays_an_entity() {
    assertThat(turn("AT&amp;amp;T &amp;lt;").plainSnippet("", "")).isEqualTo("AT&amp;T &lt;");
  }
}
