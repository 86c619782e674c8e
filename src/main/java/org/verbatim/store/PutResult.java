package org.verbatim.store;

import java.util.Objects;

/**
 * What {@link TranscriptStore#put} did with a page.
 *
 * @param outcome whether the page was new, a new version, read again by a newer parser, or
 *                already held
 * @param id      the publication's public id ({@link Identity#id})
 * @param version the publication's version number the page is now (or already was), from 1
 */
public record PutResult(Outcome outcome, String id, int version) {

  /** What happened to a page. */
  public enum Outcome {
    /** A publication not held before: stored as version 1. */
    ADDED,
    /** A publication held before whose content changed: stored as a new version, old ones kept. */
    UPDATED,
    /**
     * The latest version's source bytes, read by a newer parser into other content: stored as
     * the next version, which names the version whose source it read again.
     */
    REREAD,
    /**
     * The latest version's source bytes, read by a newer parser into the same content: no new
     * version; the latest records that this parser has read it.
     */
    REREAD_SAME,
    /**
     * The same source bytes, read by a parser no newer than the one that read them before, or
     * the same parsed content, as the latest version: nothing written.
     */
    UNCHANGED
  }

  public PutResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1: " + version);
    }
  }
}
