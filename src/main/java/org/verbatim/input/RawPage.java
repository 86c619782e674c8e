package org.verbatim.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.verbatim.internal.Hashes;

/**
 * A page as it reached us: its bytes, untouched, and where they came from.
 *
 * <p>Its SHA-256 is worked out once, on first use: parsing, the store's look-ups and its write
 * all name a page by it.
 */
public final class RawPage {

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

  private final byte[] bytes;
  private final String path;
  private final String url;
  private final Format format;
  private final String charset;
  private final Instant fetchedAt;
  private volatile String sha256; // worked out on first use

  /**
   * @param bytes     the page exactly as read
   * @param path      the file it was read from, or null
   * @param url       the address it was published at, or null
   * @param format    how to read the bytes
   * @param charset   the charset the transport declared (an HTTP or WARC {@code Content-Type}),
   *                  which the parser tries before the page's own {@code <meta>} and its bytes;
   *                  null when none was declared
   * @param fetchedAt when the page was fetched from the web, or null for a page read from a file
   */
  public RawPage(byte[] bytes, String path, String url, Format format, String charset,
      Instant fetchedAt) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.path = path;
    this.url = url;
    this.format = Objects.requireNonNull(format, "format");
    this.charset = charset;
    this.fetchedAt = fetchedAt;
  }

  /** A page read from a file or given by a caller: no declared charset, no fetch time. */
  public RawPage(byte[] bytes, String path, String url, Format format) {
    this(bytes, path, url, format, null, null);
  }

  /** The page exactly as read (not a copy: do not change it). */
  public byte[] bytes() {
    return bytes;
  }

  /** The file it was read from, or null. */
  public String path() {
    return path;
  }

  /** The address it was published at, or null. */
  public String url() {
    return url;
  }

  /** How to read the bytes. */
  public Format format() {
    return format;
  }

  /** The charset the transport declared, or null. */
  public String charset() {
    return charset;
  }

  /** When the page was fetched from the web, or null for a page read from a file. */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /** The lower-case hex SHA-256 of {@link #bytes()}. */
  public String sha256() {
    String sha = sha256;
    if (sha == null) {
      sha = Hashes.sha256Hex(bytes);
      sha256 = sha;
    }
    return sha;
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

  @Override
  public String toString() {
    return "RawPage[" + name() + ", " + format.code() + ", " + bytes.length + " bytes]";
  }
}
