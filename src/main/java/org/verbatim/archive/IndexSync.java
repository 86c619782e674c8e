package org.verbatim.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * Brings the index in line with the store of record, which decides what the archive holds:
 * compares ids and versions, and rebuilds or repairs the index from the store.
 *
 * <p>Other writers may be at work meanwhile (other processes on a shared archive, or an ingest in
 * this one). A writer stores a publication, then indexes it: for a moment the store holds what the
 * index does not yet. So each look reads the index first and the store after it — what the index
 * holds and the store does not is then truly stray, never a publication stored meanwhile — and,
 * when writers may be at work, a disagreement counts only when it lasts: it must be seen again
 * after {@code settle}, longer than a writer takes from store to index, at every look.
 */
final class IndexSync {

  /**
   * How long a disagreement must last, on an archive where others may write, to be reported: a
   * stored publication waits at most {@link Pipeline#MAX_DELAY} for its batch to be indexed, and
   * the index's commit takes a moment more.
   */
  static final Duration SETTLE = Pipeline.MAX_DELAY.plusSeconds(3);

  /** Looks at most, when settling: a disagreement is reported when every look saw it. */
  static final int LOOKS = 3;

  private final TranscriptStore store;
  private final EntityRecognition entities;
  private final Indexer indexer;
  private final Duration settle;

  /**
   * @param settle how long a disagreement must last to count, {@link Duration#ZERO} when nothing
   *               else can write (the archive is locked and this process writes nothing)
   */
  IndexSync(TranscriptStore store, EntityRecognition entities, Indexer indexer,
      Duration settle) {
    this.store = store;
    this.entities = entities;
    this.indexer = indexer;
    this.settle = settle;
  }

  /**
   * Where the index disagrees with the store: with a settle time, only what was seen at every
   * look; a look that agrees ends it.
   */
  CheckReport check() {
    CheckReport seen = look();
    for (int look = 1; look < LOOKS && !seen.clean() && settle.isPositive(); look++) {
      pause();
      seen = seen.alsoIn(look());
    }
    return seen;
  }

  /** One comparison: the index read first, then the store. */
  private CheckReport look() {
    NavigableMap<String, Integer> indexed = indexer.versions();
    long indexTurns = indexer.turnCount();
    NavigableMap<String, Integer> stored = store.latestVersions();
    long storeTurns = store.latestTurns();
    List<String> missing = new ArrayList<>();
    List<CheckReport.Stale> stale = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : stored.entrySet()) {
      Integer version = indexed.get(entry.getKey());
      if (version == null) {
        missing.add(entry.getKey());
      } else if (!version.equals(entry.getValue())) {
        stale.add(new CheckReport.Stale(entry.getKey(), entry.getValue(), version));
      }
    }
    List<String> stray = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
    return new CheckReport(stored.size(), indexed.size(), missing, stale, stray, storeTurns,
        indexTurns, false);
  }

  private void pause() {
    try {
      Thread.sleep(settle);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while comparing the index with the store", e);
    }
  }

  /**
   * Reindexes what {@link #check} finds missing or stale, and removes stray entries.
   *
   * @return how many publications were put right
   */
  int repair() {
    CheckReport report = check();
    List<String> again = new ArrayList<>(report.missing());
    report.stale().forEach(s -> again.add(s.id()));
    if (report.clean()) {
      return 0;
    }
    if (report.turnsDiffer() && again.isEmpty() && report.stray().isEmpty()) {
      // Every id and version agrees but turns do not: a publication indexed without all its
      // turns cannot be found by id alone, so rebuild the whole index.
      return reindex();
    }
    // A stray was read from the index before the store; ask the store once more right before
    // deleting, so that nothing stored since is lost from the index.
    NavigableMap<String, Integer> storedNow = store.latestVersions();
    List<String> stray = report.stray().stream().filter(id -> !storedNow.containsKey(id)).toList();
    indexer.delete(stray);
    List<IndexEntry> batch = new ArrayList<>(Indexer.BATCH);
    for (String id : again) {
      store.publication(id).ifPresent(p -> batch.add(entry(p)));
      if (batch.size() == Indexer.BATCH) {
        flush(batch);
      }
    }
    flush(batch);
    indexer.commit();
    return again.size() + stray.size();
  }

  /** Empties the index and fills it from the store's latest versions; returns how many. */
  int reindex() {
    indexer.deleteAll();
    indexer.commit();
    List<IndexEntry> batch = new ArrayList<>(Indexer.BATCH);
    int[] count = {0};
    store.forEachLatest(p -> {
      batch.add(entry(p));
      count[0]++;
      if (batch.size() == Indexer.BATCH) {
        flush(batch);
      }
    });
    flush(batch);
    indexer.commit();
    return count[0];
  }

  private void flush(List<IndexEntry> batch) {
    if (!batch.isEmpty()) {
      indexer.put(batch);
      indexer.commit();
      batch.clear();
    }
  }

  /** What the index holds of {@code p}: recognised knowing the people the store knows. */
  private IndexEntry entry(StoredPublication p) {
    return new IndexEntry(p.id(), p.version(), p.publication(), entities.of(p.publication()));
  }
}
