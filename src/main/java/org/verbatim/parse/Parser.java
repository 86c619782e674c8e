package org.verbatim.parse;

import org.verbatim.ingest.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Publication;
import org.verbatim.model.Source;

/**
 * Reads a transcript page into a {@link Publication}:
 *
 * <pre>{@code
 * Publication p = new Parser().parse(new RawPage(bytes, "page.txt", null, RawPage.Format.TEXT));
 * p.turns().get(0).speaker();   // "Question"
 * }</pre>
 *
 * <p>The stages: the bytes are decoded ({@link TextDecoder}: BOM, UTF-8, an HTML page's
 * {@code <meta>} charset, Windows-1251, KOI8-R, Windows-1252), an HTML page's main content is
 * turned into text ({@link HtmlText}), and the page's lines ({@link Lines}: a text page is decoded
 * straight into them, never held as one string) are read into a publication
 * ({@link TranscriptReader}). Warnings carry line numbers of that text, for an HTML page too.
 * Stateless and thread-safe.
 */
public final class Parser {

  /**
   * The version of the reading rules, stored with every parse: a stored source read by an older
   * version is read again by {@code reparse}, and by {@code ingest} when its bytes come again.
   * Raise it whenever a change can make the same bytes read differently.
   */
  public static final int VERSION = 2;

  /** Reads one page; fails only when the page cannot be a transcript at all. */
  public Publication parse(RawPage page) throws ParseException {
    Source source = new Source(page.format().code(), page.path(), page.url(),
        Hashes.sha256Hex(page.bytes()));
    String name = page.name();
    boolean html = page.format() == RawPage.Format.HTML;
    Lines lines = html
        ? Lines.of(HtmlText.extract(TextDecoder.decodeHtml(page.bytes(), name,
            page.declaredCharset())))
        : Lines.of(TextDecoder.lines(page.bytes(), name, page.declaredCharset()));
    // Let go of the raw bytes before reading: a 100 MB page must parse within 512 MB of heap,
    // and the bytes, the lines and the turns together would not fit.
    page = null;
    return TranscriptReader.read(lines, source, name);
  }
}
