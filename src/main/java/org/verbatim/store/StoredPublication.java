package org.verbatim.store;

import java.time.Instant;
import java.util.Objects;
import org.verbatim.model.Publication;

/**
 * One stored version of a publication, as the parser understood it.
 *
 * @param id            the publication's public id
 * @param version       this version's number, from 1
 * @param latestVersion the number of the publication's latest version (equal to {@code version}
 *                      when this is the latest)
 * @param ingestedAt    when this version was stored
 * @param publication   the parsed publication, warnings and source included
 */
public record StoredPublication(
    String id, int version, int latestVersion, Instant ingestedAt, Publication publication) {

  public StoredPublication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(publication, "publication");
  }

  /** Whether this is the publication's latest version. */
  public boolean isLatest() {
    return version == latestVersion;
  }
}
