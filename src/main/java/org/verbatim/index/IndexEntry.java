package org.verbatim.index;

import java.util.Objects;
import org.verbatim.model.Publication;

/**
 * One publication as the archive keeps it: its archive id, the number of the version indexed, and
 * the parsed text.
 *
 * @param id          the archive's id of the publication; never blank
 * @param version     the store's version number, from 1
 * @param publication the parsed publication
 */
public record IndexEntry(String id, int version, Publication publication) {
  public IndexEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publication, "publication");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A publication id must not be blank: '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1: " + version + " for " + id);
    }
  }
}
