package org.verbatim.store;

import java.util.Objects;

/**
 * What {@link TranscriptStore#put} did with a page.
 *
 * @param outcome whether the page was new, a new version, or already held
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
    /** The same source bytes, or parsed content, as the latest version: nothing written. */
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
