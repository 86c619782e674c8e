package org.verbatim.index;

import java.util.Objects;
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;

/**
 * One publication as the archive keeps it: its archive id, the number of the version indexed, the
 * parsed text and what recognition found in it.
 *
 * @param id          the archive's id of the publication; never blank
 * @param version     the store's version number, from 1
 * @param publication the parsed publication
 * @param recognition what recognition found in it, knowing the people the archive knows
 */
public record IndexEntry(String id, int version, Publication publication,
    Recognition recognition) {

  /** An entry recognised knowing only the catalogue's people. */
  public IndexEntry(String id, int version, Publication publication) {
    this(id, version, publication, Recognizer.standard().analyse(publication));
  }

  public IndexEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(recognition, "recognition");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A publication id must not be blank: '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1: " + version + " for " + id);
    }
  }
}
