package org.verbatim.archive;

import java.time.Duration;
import java.util.List;

/**
 * What a reparse did.
 *
 * @param read      publications whose latest source was read again
 * @param changed   those the parser now reads differently: each got a new version, a re-read of
 *                  the one before, and was indexed anew
 * @param unchanged those it reads into the same content (the parser's version is recorded), or
 *                  that another writer had meanwhile given a newer version
 * @param failures  those it cannot read, by publication id and path, each with its reason: they
 *                  keep what they had
 * @param repaired  publications the index lacked or held in another version than the store, and
 *                  stray index entries, put right at the end
 * @param parser    the parser's version that read them
 * @param elapsed   time taken
 */
public record ReparseSummary(int read, int changed, int unchanged,
    List<IngestSummary.Failure> failures, int repaired, int parser, Duration elapsed) {

  public ReparseSummary {
    failures = List.copyOf(failures);
  }
}
