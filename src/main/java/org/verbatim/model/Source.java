package org.verbatim.model;

import java.util.Objects;

/**
 * Where a page came from.
 *
 * @param format how it was published: {@code text} or {@code html}
 * @param path   the file it was read from, or null
 * @param url    the address it was published at, or null
 * @param sha256 hex SHA-256 of the bytes as read, before any decoding
 */
public record Source(String format, String path, String url, String sha256) {
  public Source {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }
}
