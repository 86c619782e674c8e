package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfcTest {

  @Test
  void no_pair_of_characters_in_the_inert_table_changes_under_nfc() {
    List<Character> inert = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (Nfc.isInert(c)) {
        inert.add(c);
      }
    }
    assertThat(inert).hasSizeGreaterThan(1000);
    List<String> changed = new ArrayList<>();
    char[] pair = new char[2];
    for (char first : inert) {
      pair[0] = first;
      for (char second : inert) {
        pair[1] = second;
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          changed.add(s);
        }
      }
    }
    assertThat(changed).isEmpty();
  }

  @Test
  void composes_what_is_decomposed_and_leaves_the_rest() {
    assertThat(Nfc.of("Пути\u0306 e\u0301 \u2126")).isEqualTo("Путй é \u03a9");
    String nfc = "Ivan Petrov’s “view” — «да», № 3 …";
    assertThat(Nfc.of(nfc)).isSameAs(nfc);
    assertThat(Nfc.isInert(nfc)).isTrue();
    assertThat(Nfc.isInert("e\u0301")).isFalse();
    assertThat(Nfc.isInert("\u2000")).isFalse();
  }

  @Test
  void the_replacement_character_is_not_inert_so_the_decoder_may_skip_its_search_on_inert_lines() {
    assertThat(Nfc.isInert('\uFFFD')).isFalse();
  }
}
