package org.verbatim.archive;

import java.util.List;

/**
 * Where the index disagrees with the store of record.
 *
 * @param publications publications in the store
 * @param indexed      publications in the index
 * @param missing      ids the store holds and the index lacks
 * @param stale        publications indexed in another version than the store's latest
 * @param stray        ids the index holds and the store does not
 * @param storeTurns   turns of the store's latest versions, together
 * @param indexTurns   turns in the index (a publication indexed without all its turns shows here)
 */
public record CheckReport(long publications, long indexed, List<String> missing,
    List<Stale> stale, List<String> stray, long storeTurns, long indexTurns) {

  /** A publication indexed in another version than the store's latest. */
  public record Stale(String id, int storeVersion, int indexVersion) {}

  public CheckReport {
    missing = List.copyOf(missing);
    stale = List.copyOf(stale);
    stray = List.copyOf(stray);
  }

  /** How many disagreements there are: ids missing, stale or stray, and a turn count mismatch. */
  public int disagreements() {
    return missing.size() + stale.size() + stray.size() + (storeTurns == indexTurns ? 0 : 1);
  }

  /** True when the index agrees with the store. */
  public boolean clean() {
    return disagreements() == 0;
  }
}
