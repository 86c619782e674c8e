package org.verbatim.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.model.Turn;

/**
 * The aligners against the truth of 1,000 generated version pairs. "Right" is the share of the
 * truth's links that the aligner reproduces exactly (the same items on both sides). Sentences
 * are aligned inside the truth's turn correspondences (with the length ratio of the turn
 * alignment), so that their figure measures the sentence aligner alone.
 */
class AlignmentAccuracyTest {

  private static final long SEED = 14;
  private static final int PAIRS = 1_000;

  @Test
  void aligns_99_per_cent_of_turns_and_95_per_cent_of_sentences_of_generated_pairs() {
    TurnAligner turns = new TurnAligner();
    SentenceAligner sentences = new SentenceAligner();
    int turnLinks = 0;
    int turnsRight = 0;
    int sectionLinks = 0;
    int sectionsRight = 0;
    int sentenceLinks = 0;
    int sentencesRight = 0;
    List<String> wrongPairs = new ArrayList<>();
    for (ParallelPair pair : new ParallelPairs().pairs(SEED, PAIRS).toList()) {
      TurnAlignment alignment = turns.align(pair.english(), pair.russian());
      int right = reproduced(pair.turns(), alignment.turns());
      turnLinks += pair.turns().size();
      turnsRight += right;
      if (right < pair.turns().size()) {
        wrongPairs.add(pair.name());
      }
      sectionLinks += pair.sections().size();
      sectionsRight += reproduced(pair.sections(), alignment.sections());
      for (int k = 0; k < pair.turns().size(); k++) {
        Correspondence turn = pair.turns().get(k);
        if (turn.english().isEmpty() || turn.russian().isEmpty()) {
          continue;
        }
        SentenceAlignment found = sentences.align(
            paragraphs(pair.english().turns(), turn.english()),
            paragraphs(pair.russian().turns(), turn.russian()), alignment.ratio());
        sentenceLinks += pair.sentences().get(k).size();
        sentencesRight += reproduced(pair.sentences().get(k), found.links());
      }
    }
    double turnShare = turnsRight / (double) turnLinks;
    double sentenceShare = sentencesRight / (double) sentenceLinks;
    System.out.printf(Locale.ROOT, "Alignment of %d generated pairs (seed %d): turns %d of %d "
            + "right (%.2f%%), sections %d of %d, sentences %d of %d right (%.2f%%); pairs with "
            + "a wrong turn: %s%n", PAIRS, SEED, turnsRight, turnLinks, 100 * turnShare,
        sectionsRight, sectionLinks, sentencesRight, sentenceLinks, 100 * sentenceShare,
        wrongPairs.size() > 20 ? wrongPairs.subList(0, 20) + "…" : wrongPairs);
    assertThat(turnShare).as("share of turn links right").isGreaterThanOrEqualTo(0.99);
    assertThat(sentenceShare).as("share of sentence links right").isGreaterThanOrEqualTo(0.95);
  }

  /** How many of the truth's links {@code found} holds exactly. */
  private static int reproduced(List<Correspondence> truth, List<Link> found) {
    int right = 0;
    for (Correspondence link : truth) {
      if (found.stream().anyMatch(f -> f.pairs(link.english(), link.russian()))) {
        right++;
      }
    }
    return right;
  }

  private static List<String> paragraphs(List<Turn> turns, List<Integer> numbers) {
    List<String> out = new ArrayList<>();
    numbers.forEach(n -> out.addAll(turns.get(n - 1).paragraphs()));
    return out;
  }
}
