package org.verbatim.store;

import java.util.Objects;

/**
 * The latest version of a publication that holds a page's bytes, as {@link TranscriptStore#held}
 * finds it.
 *
 * @param id      the publication's public id
 * @param version the number of its latest version, whose source the bytes are
 * @param readBy  the newest parser version that has read those bytes into that version's content
 *                ({@code org.verbatim.parse.Parser.VERSION} of that time); below the current
 *                parser's, the bytes are to be read again
 */
public record HeldSource(String id, int version, int readBy) {

  public HeldSource {
    Objects.requireNonNull(id, "id");
  }
}
