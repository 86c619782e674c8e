package org.verbatim.ingest;

import java.util.Objects;

/**
 * A page as it reached us: its bytes, untouched, and where they came from.
 *
 * @param bytes  the page exactly as read
 * @param path   the file it was read from, or null
 * @param url    the address it was published at, or null
 * @param format how to read the bytes
 */
public record RawPage(byte[] bytes, String path, String url, Format format) {

  /** How a page was published. */
  public enum Format {
    TEXT("text"), HTML("html");

    private final String code;

    Format(String code) {
      this.code = code;
    }

    /** The name used in JSON ({@code text}, {@code html}). */
    public String code() {
      return code;
    }
  }

  public RawPage {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
  }

  /** A name for messages: the path, else the URL, else {@code <input>}. */
  public String name() {
    return path != null ? path : url != null ? url : "<input>";
  }
}
