package org.verbatim.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * The numbers a turn is compared by: read by a hand-written scanner, which must find what the
 * regular expression that says the rule finds.
 */
class NumbersTest {

  /** The rule: a run of digits, or thousands groups as English or Russian print them. */
  private static final Pattern RULE =
      Pattern.compile("\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})+(?!\\d)|\\d+");

  private static Set<String> byRule(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      out.add(m.group().replaceAll("\\D", ""));
    }
    return out;
  }

  private static Set<String> scanned(String text) {
    Set<String> out = new HashSet<>();
    Features.numbers(text, out);
    return out;
  }

  @Test
  void reads_thousands_groups_as_english_and_russian_print_them() {
    assertThat(scanned("1,250,000 tonnes, 12 500 рублей, 3\u00a0400 и 7\u202f000 in 2024."))
        .containsExactlyInAnyOrder("1250000", "12500", "3400", "7000", "2024");
    assertThat(scanned("1,2345 and 1,234,5678; 12345,678; 1, 234; 5,")).containsExactlyInAnyOrder(
        "1", "2345", "1234", "5678", "12345", "678", "234", "5");
    assertThat(scanned("no digits at all")).isEmpty();
  }

  @Test
  void finds_what_the_rule_finds_in_every_paragraph_of_generated_versions() {
    String tricky = "1,2345 1,234,5678 12345,678 1, 234 5, 999 999 999 1 000 0000 ,123 12,34";
    assertThat(scanned(tricky)).isEqualTo(byRule(tricky));
    for (ParallelPair pair : new ParallelPairs().pairs(3, 200).toList()) {
      for (Publication p : new Publication[] {pair.english(), pair.russian()}) {
        for (Turn turn : p.turns()) {
          for (String paragraph : turn.paragraphs()) {
            assertThat(scanned(paragraph)).as(paragraph).isEqualTo(byRule(paragraph));
          }
        }
      }
    }
  }
}
