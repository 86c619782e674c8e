package org.verbatim.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A page as it reached us: its bytes, untouched, and where they came from.
 *
 * @param bytes  the page exactly as read
 * @param path   the file it was read from, or null
 * @param url    the address it was published at, or null
 * @param format    how to read the bytes
 * @param charset   the charset the transport declared (an HTTP or WARC {@code Content-Type}),
 *                  which the parser tries before the page's own {@code <meta>} and its bytes;
 *                  null when none was declared
 * @param fetchedAt when the page was fetched from the web, or null for a page read from a file
 */
public record RawPage(byte[] bytes, String path, String url, Format format, String charset,
    Instant fetchedAt) {

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

  /** A page read from a file or given by a caller: no declared charset, no fetch time. */
  public RawPage(byte[] bytes, String path, String url, Format format) {
    this(bytes, path, url, format, null, null);
  }

  /**
   * The declared charset when the JDK knows it, else null: a page that names an unknown charset
   * is read as if it named none.
   */
  public Charset declaredCharset() {
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      String name = charset.strip().toLowerCase(Locale.ROOT);
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null; // the same as an unknown name: the bytes and <meta> decide
    }
  }

  /** A name for messages: the path, else the URL, else {@code <input>}. */
  public String name() {
    return path != null ? path : url != null ? url : "<input>";
  }
}
