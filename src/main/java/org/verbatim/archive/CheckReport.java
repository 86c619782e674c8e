package org.verbatim.archive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * @param writing      true when the turn counts moved between looks: another writer was at work,
 *                     so the counts could not be compared
 */
public record CheckReport(long publications, long indexed, List<String> missing,
    List<Stale> stale, List<String> stray, long storeTurns, long indexTurns, boolean writing) {

  /** A publication indexed in another version than the store's latest. */
  public record Stale(String id, int storeVersion, int indexVersion) {}

  public CheckReport {
    missing = List.copyOf(missing);
    stale = List.copyOf(stale);
    stray = List.copyOf(stray);
  }

  /** How many disagreements there are: ids missing, stale or stray, and a turn count mismatch. */
  public int disagreements() {
    return missing.size() + stale.size() + stray.size() + (turnsDiffer() ? 1 : 0);
  }

  /** True when the turn counts differ and no writer was seen moving them. */
  public boolean turnsDiffer() {
    return !writing && storeTurns != indexTurns;
  }

  /**
   * What this look and a later one ({@code later}) both saw: the ids missing, stale or stray in
   * both (as {@code later} saw them), and a turn count mismatch only when neither count moved in
   * between (counts that moved show a writer at work, not a fault). The totals are
   * {@code later}'s.
   */
  public CheckReport alsoIn(CheckReport later) {
    Set<String> staleBefore = new HashSet<>();
    stale.forEach(s -> staleBefore.add(s.id()));
    Set<String> missingBefore = Set.copyOf(missing);
    Set<String> strayBefore = Set.copyOf(stray);
    boolean moved = storeTurns != later.storeTurns || indexTurns != later.indexTurns;
    return new CheckReport(later.publications, later.indexed,
        later.missing.stream().filter(missingBefore::contains).toList(),
        later.stale.stream().filter(s -> staleBefore.contains(s.id())).toList(),
        later.stray.stream().filter(strayBefore::contains).toList(),
        later.storeTurns, later.indexTurns, writing || later.writing || moved);
  }

  /** True when the index agrees with the store. */
  public boolean clean() {
    return disagreements() == 0;
  }
}
