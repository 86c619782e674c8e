package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.verbatim.align.Outline;
import org.verbatim.entity.Recognizer;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.model.Publication;

/**
 * The content match that groups language versions with no document id and no printed time in
 * common, against generated truth: each generated pair's English and Russian versions should
 * match (recall), and the English version of one pair with the Russian version of another of
 * the same kind, a different publication of the kind a ministry prints the same day, should not
 * (precision). Recognition runs as at ingest into an archive that knows no one yet.
 */
class ContentMatchAccuracyTest {

  private static final long SEED = 14;
  private static final int PAIRS = 500;

  @Test
  void matches_the_versions_of_generated_pairs_and_not_different_publications() {
    List<ParallelPair> pairs = new ParallelPairs().pairs(SEED, PAIRS).toList();
    List<VersionKeys> english = new ArrayList<>();
    List<VersionKeys> russian = new ArrayList<>();
    for (ParallelPair pair : pairs) {
      english.add(keys(pair.english()));
      russian.add(keys(pair.russian()));
    }
    List<Double> same = new ArrayList<>();
    List<Double> different = new ArrayList<>();
    long found = 0;
    long wrong = 0;
    long aligned = 0; // negatives whose turns were aligned, not ruled out by numbers and entities
    double leastEvidence = 1; // of the versions: how much their numbers and entities overlap
    for (int i = 0; i < pairs.size(); i++) {
      Outline own = Outline.parse(english.get(i).outline());
      same.add(english.get(i).resemblance(russian.get(i)));
      found += matches(english.get(i), russian.get(i), own) ? 1 : 0;
      leastEvidence = Math.min(leastEvidence, english.get(i).evidence(russian.get(i)));
      for (int k = 1; k <= 3; k++) {
        int j = (i + k) % pairs.size();
        if (pairs.get(j).english().kind() == pairs.get(i).english().kind()) {
          different.add(english.get(i).resemblance(russian.get(j)));
          wrong += matches(english.get(i), russian.get(j), own) ? 1 : 0;
          aligned += english.get(i).worthAligning(russian.get(j)) ? 1 : 0;
        }
      }
    }
    double recall = found / (double) same.size();
    double precision = found / (double) (found + wrong);
    System.out.printf(Locale.ROOT, "Content match at %.2f, %d generated pairs (seed %d) and %d"
            + " pairs of different publications of one kind: recall %.4f (%d of %d), precision"
            + " %.4f (%d wrongly matched); resemblance of versions: min %.3f, 1%% %.3f, median"
            + " %.3f; of different publications: median %.3f, 99%% %.3f, max %.3f; different"
            + " publications whose turns were aligned: %d; least overlap of numbers and entities"
            + " of versions: %.3f (aligned from %.2f)%n",
        VersionKeys.CONTENT_MATCH, same.size(), SEED, different.size(), recall, found,
        same.size(), precision, wrong, quantile(same, 0), quantile(same, 0.01),
        quantile(same, 0.5), quantile(different, 0.5), quantile(different, 0.99),
        quantile(different, 1), aligned, leastEvidence, VersionKeys.EVIDENCE);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.99);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
  }

  /** The decision a page view makes of one candidate. */
  private static boolean matches(VersionKeys a, VersionKeys b, Outline own) {
    return a.worthAligning(b) && a.resemblance(b, own) >= VersionKeys.CONTENT_MATCH;
  }

  private static VersionKeys keys(Publication p) {
    return VersionKeys.of(p, Recognizer.standard().analyse(p), null);
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }
}
