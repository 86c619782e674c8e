package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.align.TurnAligner;
import org.verbatim.model.Publication;

/** The pairs the bench aligns, and the figure it reports of them (not how fast it is). */
class AlignBenchTest {

  @Test
  void pairs_have_fifty_english_turns_and_russian_turns_that_align_with_them() {
    List<Publication[]> pairs = AlignBench.pairs(42);

    assertThat(pairs).hasSize(AlignBench.PAIRS);
    for (Publication[] pair : pairs) {
      assertThat(pair[0].language()).isEqualTo("en");
      assertThat(pair[1].language()).isEqualTo("ru");
      assertThat(pair[0].turns()).hasSize(50);
      assertThat(pair[1].turns().size()).isBetween(45, 55);
      assertThat(pair[0].sections()).isEmpty();
      assertThat(new TurnAligner().align(pair[0], pair[1]).doubtful().size()).isLessThan(10);
    }
  }

  @Test
  void reports_every_timed_alignment_of_both_kinds() {
    Results.AlignFigures figures = AlignBench.measure(42);

    assertThat(figures.englishTurns()).isEqualTo(50);
    assertThat(figures.pairs()).isEqualTo(AlignBench.PAIRS);
    int samples = AlignBench.PAIRS * AlignBench.ROUNDS;
    assertThat(figures.turnsOnly().samples()).isEqualTo(samples);
    assertThat(figures.withSentences().samples()).isEqualTo(samples);
    assertThat(figures.turnsOnly().p50()).isPositive()
        .isLessThanOrEqualTo(figures.turnsOnly().p99());
    assertThat(figures.withSentences().p50()).isPositive();
  }
}
