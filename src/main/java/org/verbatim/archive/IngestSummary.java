package org.verbatim.archive;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param total     pages given
 * @param added     pages that became a new publication
 * @param updated   pages that became a new version of a publication held before
 * @param unchanged pages the archive held already (same bytes or same parsed content)
 * @param failures  pages that could not be read, parsed or stored, by name, each with its reason
 * @param bytes     bytes read
 * @param repaired  publications the index lacked or held in another version than the store, and
 *                  stray index entries, put right after the pages were handled (a previous
 *                  ingest stopped between store and index)
 * @param elapsed   time taken
 */
public record IngestSummary(int total, int added, int updated, int unchanged,
    List<Failure> failures, long bytes, int repaired, Duration elapsed) {

  /** A page that failed, and why. */
  public record Failure(String page, String reason) {}

  public IngestSummary {
    failures = List.copyOf(failures);
  }
}
