package org.verbatim.parse;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.input.RawPage;

/**
 * The charset a page's bytes are read in, as the parser decides it, from the start of the page:
 * for showing a stored source as it was written (a KOI8-R or Windows-1251 page labelled as such)
 * without reading all of it.
 *
 * <pre>{@code
 * SourceCharset.of(firstBytes, RawPage.Format.TEXT, null); // KOI8-R, UTF-8, windows-1251…
 * }</pre>
 */
public final class SourceCharset {

  /** How many bytes from the start of a page are enough to judge. */
  public static final int SAMPLE = 64 * 1024;

  private SourceCharset() {}

  /**
   * @param start    the first bytes of the page (up to {@link #SAMPLE}), or all of it
   * @param format   text or HTML (whose {@code <meta>} may declare a charset)
   * @param declared the charset the transport declared, or null
   */
  public static Charset of(byte[] start, RawPage.Format format, String declared) {
    List<Charset> candidates = new ArrayList<>(2);
    Charset transport = new RawPage(start, null, null, format, declared, null).declaredCharset();
    if (transport != null) {
      candidates.add(transport);
    }
    if (format == RawPage.Format.HTML) {
      TextDecoder.metaCharset(start).filter(meta -> !candidates.contains(meta))
          .ifPresent(candidates::add);
    }
    return TextDecoder.charsetOf(start, candidates);
  }
}
