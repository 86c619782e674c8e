package org.verbatim.store;

import java.util.Objects;
import org.verbatim.input.RawPage;

/**
 * The latest version of a publication with the page it was read from, to read it again
 * ({@link TranscriptStore#latestSource}).
 *
 * @param id      the publication's public id
 * @param version the number of its latest version
 * @param readBy  the newest parser version that has read the page into that version's content
 * @param page    the page as stored: its bytes, with the path or URL and the format that version
 *                was read with
 */
public record StoredSource(String id, int version, int readBy, RawPage page) {

  public StoredSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(page, "page");
  }
}
