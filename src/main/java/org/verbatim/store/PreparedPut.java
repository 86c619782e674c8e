package org.verbatim.store;

/**
 * A page or a re-read made ready for the store ({@link TranscriptStore#prepare},
 * {@link TranscriptStore#prepareReread}): its JSON, hashes, keys and packed bytes are worked out
 * when it is prepared, so that a writer who orders the store's writes under a lock of its own
 * holds that lock only for the transaction, which {@link #write} runs.
 */
@FunctionalInterface
public interface PreparedPut {

  /**
   * Stores what was prepared, in one transaction, deciding again against what the store holds
   * now: see {@link TranscriptStore#put} and {@link TranscriptStore#reread}.
   */
  PutResult write();
}
