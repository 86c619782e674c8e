package org.verbatim.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A version after a publication's first, made from a page as ingested: see
 * {@link TranscriptStore#laterVersions}.
 *
 * @param id         the publication's id
 * @param number     the version's number, 2 or more
 * @param ingestedAt when it was stored
 */
public record LaterVersion(String id, int number, Instant ingestedAt) {

  public LaterVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
