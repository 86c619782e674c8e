package org.verbatim.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.verbatim.input.RawPage;
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
 *
 * <p>A parser may be given where the content of a site's pages sits ({@link #Parser(UnaryOperator)}:
 * a CSS selector by page URL, from a site profile); an HTML page whose URL has one, and in which
 * the selector finds an element, is read from that element instead of the one found by the
 * general rules. Thread-safe.
 */
public final class Parser {

  private final UnaryOperator<String> contentSelectors;
  private final Map<String, Evaluator> parsed = new ConcurrentHashMap<>();

  /** A parser that finds the content of every HTML page by the general rules. */
  public Parser() {
    this(url -> null);
  }

  /**
   * A parser that reads an HTML page from the element that {@code contentSelectors} names for
   * its URL (a CSS selector, or null for none), when the page has such an element.
   */
  public Parser(UnaryOperator<String> contentSelectors) {
    this.contentSelectors = contentSelectors;
  }

  /**
   * The version of the reading rules, stored with every parse: a stored source read by an older
   * version is read again by {@code reparse}, and by {@code ingest} when its bytes come again.
   * Raise it whenever a change can make the same bytes read differently.
   */
  public static final int VERSION = 5;

  /** Reads one page; fails only when the page cannot be a transcript at all. */
  public Publication parse(RawPage page) throws ParseException {
    if (JsonPage.is(page)) { // parse --json output, an export's line: no page starts with '{'
      return JsonPage.read(page);
    }
    Source source = new Source(page.format().code(), page.path(), page.url(),
        page.sha256());
    String name = page.name();
    boolean html = page.format() == RawPage.Format.HTML;
    Lines lines = html
        ? Lines.of(HtmlText.extract(TextDecoder.decodeHtml(page.bytes(), name,
            page.declaredCharset()), contentOf(page.url())))
        : Lines.of(TextDecoder.lines(page.bytes(), name, page.declaredCharset()));
    // Let go of the raw bytes before reading: a 100 MB page must parse within 512 MB of heap,
    // and the bytes, the lines and the turns together would not fit.
    page = null;
    return TranscriptReader.read(lines, source, name);
  }

  /** The selector of the content of the page at {@code url}, parsed once, or null. */
  private Evaluator contentOf(String url) {
    String selector = url == null ? null : contentSelectors.apply(url);
    return selector == null ? null : parsed.computeIfAbsent(selector, QueryParser::parse);
  }
}
