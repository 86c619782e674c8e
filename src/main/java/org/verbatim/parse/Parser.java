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
 * turned into text ({@link HtmlText}), and the text is read line by line into a publication
 * ({@link TranscriptReader}). Warnings carry line numbers of that text, for an HTML page too.
 * Stateless and thread-safe.
 */
public final class Parser {

  /** Reads one page; fails only when the page cannot be a transcript at all. */
  public Publication parse(RawPage page) throws ParseException {
    String text = page.format() == RawPage.Format.HTML
        ? HtmlText.extract(TextDecoder.decodeHtml(page.bytes(), page.name()))
        : TextDecoder.decode(page.bytes(), page.name());
    Source source = new Source(page.format().code(), page.path(), page.url(),
        Hashes.sha256Hex(page.bytes()));
    return TranscriptReader.read(text, source, page.name());
  }
}
