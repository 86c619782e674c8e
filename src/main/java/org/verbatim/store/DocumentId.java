package org.verbatim.store;

import java.util.Objects;

/**
 * A site's own id of a document, the same in each of its languages: {@code kremlin.ru} and
 * {@code 12345} for both {@code http://kremlin.ru/events/president/transcripts/12345} and
 * {@code http://en.kremlin.ru/events/president/transcripts/12345}. Site profiles tell it from a
 * page's URL; two publications with the same one are language versions of each other.
 *
 * @param site the name the site's profiles share
 * @param id   the document's id on that site
 */
public record DocumentId(String site, String id) {

  public DocumentId {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return site + " " + id;
  }
}
