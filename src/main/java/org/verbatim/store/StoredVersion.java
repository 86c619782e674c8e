package org.verbatim.store;

import java.time.Instant;
import java.util.Objects;
import org.verbatim.model.Kind;

/**
 * A line of a publication's history: one version's facts without its text, enough to show what
 * changed from one version to the next.
 *
 * @param number        the version's number, from 1
 * @param ingestedAt    when it was stored
 * @param title         its title, or null
 * @param published     its publication time as the page printed it ({@code 2019-02-24T08:00}),
 *                      or null
 * @param language      its language code, or null
 * @param kind          its kind
 * @param turns         how many turns it has
 * @param textChars     how many characters its turns' paragraphs hold (UTF-16 units)
 * @param warnings      how many parse warnings it has
 * @param sourceSha256  hex SHA-256 of the source bytes it was parsed from
 * @param sourceBytes   the size of those bytes, uncompressed
 * @param parserVersion the version of the parser that made it (1 for parses stored before
 *                      parsers had versions)
 * @param readBy        the newest parser version that has read its source into this same
 *                      content: {@code parserVersion}, or higher when a newer parser read the
 *                      source again and changed nothing
 * @param rereadOf      the number of the version whose source it read again (the same bytes,
 *                      read by a newer parser: {@code verbatim reparse}), or null for a version
 *                      made from a page as ingested
 * @param fetchedAt     when its page was fetched from the web (by a crawl, or as the WARC
 *                      record it was read from says), or null for a page read from a file and
 *                      for a re-read
 */
public record StoredVersion(
    int number,
    Instant ingestedAt,
    String title,
    String published,
    String language,
    Kind kind,
    int turns,
    long textChars,
    int warnings,
    String sourceSha256,
    long sourceBytes,
    int parserVersion,
    int readBy,
    Integer rereadOf,
    Instant fetchedAt) {

  public StoredVersion {
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
  }

  /** Whether it is a re-read of an earlier version's source rather than a page as ingested. */
  public boolean isReread() {
    return rereadOf != null;
  }
}
