package org.verbatim.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.verbatim.align.TurnAligner;
import org.verbatim.align.TurnAlignment;

/**
 * The turn alignments of pairs of publication versions, kept between searches: aligning two
 * versions is most of the cost of naming a hit's turns in its other versions (2 to 3 ms a pair
 * on the project's machine, where reading both from the store takes about 1 ms), and a page
 * shown again, or paged through, meets the same pairs. A pair is keyed by both ids and version
 * numbers, so a new version of either is aligned afresh. Holds the {@value #SIZE} pairs used
 * last. Thread-safe.
 */
final class Alignments {

  /** Pairs kept: a few kilobytes each. */
  static final int SIZE = 4_096;
  private static final TurnAligner ALIGNER = new TurnAligner();

  private final Map<String, TurnAlignment> kept = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, TurnAlignment> eldest) {
      return size() > SIZE;
    }
  };

  /** Version {@code leftVersion} of {@code left} aligned with that of {@code right}. */
  TurnAlignment of(String left, LanguageVersions.Latest leftVersion, String right,
      LanguageVersions.Latest rightVersion) {
    String key = left + "@" + leftVersion.version() + " " + right + "@" + rightVersion.version();
    synchronized (kept) {
      TurnAlignment known = kept.get(key);
      if (known != null) {
        return known;
      }
    }
    TurnAlignment aligned = ALIGNER.align(leftVersion.publication(), rightVersion.publication());
    synchronized (kept) {
      kept.put(key, aligned);
    }
    return aligned;
  }
}
