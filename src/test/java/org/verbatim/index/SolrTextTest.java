package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrTextTest {

  @Test
  void quotes_each_value_and_joins_them_with_or() {
    assertThat(SolrText.anyOf(List.of("a1b2", "say \"hi\"", "back\\slash")))
        .isEqualTo("\"a1b2\" OR \"say \\\"hi\\\"\" OR \"back\\\\slash\"");
  }

  @Test
  void one_value_is_one_quoted_term() {
    assertThat(SolrText.anyOf(List.of("en"))).isEqualTo("\"en\"");
  }
}
