package org.verbatim.archive;

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
 */
final class IndexSync {

  private final TranscriptStore store;
  private final Indexer indexer;

  IndexSync(TranscriptStore store, Indexer indexer) {
    this.store = store;
    this.indexer = indexer;
  }

  CheckReport check() {
    NavigableMap<String, Integer> stored = store.latestVersions();
    NavigableMap<String, Integer> indexed = indexer.versions();
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
    return new CheckReport(stored.size(), indexed.size(), missing, stale, stray,
        store.latestTurns(), indexer.turnCount());
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
    if (report.storeTurns() != report.indexTurns() && again.isEmpty() && report.stray().isEmpty()) {
      // Every id and version agrees but turns do not: a publication indexed without all its
      // turns cannot be found by id alone, so rebuild the whole index.
      return reindex();
    }
    indexer.delete(report.stray());
    List<IndexEntry> batch = new ArrayList<>(Indexer.BATCH);
    for (String id : again) {
      store.publication(id).ifPresent(p -> batch.add(entry(p)));
      if (batch.size() == Indexer.BATCH) {
        flush(batch);
      }
    }
    flush(batch);
    indexer.commit();
    return again.size() + report.stray().size();
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

  private static IndexEntry entry(StoredPublication p) {
    return new IndexEntry(p.id(), p.version(), p.publication());
  }
}
