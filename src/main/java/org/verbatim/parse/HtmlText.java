package org.verbatim.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML page into the text of a plain page, for {@link TranscriptReader} to read line by
 * line:
 *
 * <pre>{@code
 * HtmlText.extract("<nav>Home</nav><main><h1>Briefing</h1><p>Question: Hi?</p></main>");
 * // "Briefing\n\nQuestion: Hi?\n\n"
 * }</pre>
 *
 * <p>The page's main content is found by {@link HtmlContent}. The text then starts as a text page
 * does: the date line (the first {@code <time>} or element whose class, id or itemprop says date,
 * time or published, taken from the content, else from the rest of the page), the title (the
 * content's {@code <h1>}, else the page's, else the content's {@code <h2>}, else the
 * {@code <title>} when the content has no heading), and the language versions' marker line
 * ({@code • en-GB1 ru-RU1}, written from a list of language tags or {@code hreflang} links
 * wherever it stands, navigation included). The rest of the content follows, paragraph by
 * paragraph, as {@link HtmlLines} writes it; entities are decoded and the result is NFC.
 *
 * <p><b>Line numbers:</b> the warnings of an HTML page carry line numbers of this extracted text,
 * not of the HTML source. The output depends on the HTML alone, so the same page always gives the
 * same lines. Stateless and thread-safe.
 */
final class HtmlText {

  /** What stands between the names of a language switcher. */
  private static final Pattern TOKEN_GAP = Pattern.compile("[\\s•·|,/]+");

  // Selectors parsed once: jsoup parses a selector string on every call otherwise.
  private static final Evaluator Q_H1 = QueryParser.parse("h1");
  private static final Evaluator Q_H2 = QueryParser.parse("h2");
  private static final Evaluator Q_H1_H2_H3_H4_H5_H6 = QueryParser.parse("h1, h2, h3, h4, h5, h6");
  private static final Evaluator Q_TITLE = QueryParser.parse("title");
  private static final Evaluator Q_UL_OL_DIV_P_NAV_SPAN = QueryParser.parse("ul, ol, div, p, nav, span");
  private static final Evaluator Q_A = QueryParser.parse("a");

  private static final Evaluator DATES = QueryParser.parse( "time, [itemprop=datePublished], "
      + "[class~=(?i)(^|[^a-z])(date|time|datetime|published|pubdate)([^a-z]|$)], "
      + "[id~=(?i)(^|[^a-z])(date|time|datetime|published|pubdate)([^a-z]|$)]");

  /** A longer text is a paragraph that mentions a date, not a date line. */
  private static final int DATE_LINE_MAX = 60;

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2}-[A-Z]{2}\\d*");
  private static final Pattern HREFLANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private HtmlText() {}

  /** The page's text: each paragraph one line (or several, at {@code <br>}), then a blank line. */
  static String extract(String html) {
    return extract(html, null);
  }

  /**
   * The page's text, its content taken from the first element {@code content} selects when there
   * is one that is not chrome (a site profile's selector), else found by {@link HtmlContent}.
   */
  static String extract(String html, Evaluator content) {
    Document document = Jsoup.parse(html);
    Element body = document.body();
    Optional<Marker> marker = languageMarker(body);
    Element chosen = content == null ? null : body.selectFirst(content);
    HtmlContent.removeChrome(body);
    Element main = chosen != null && attached(chosen, body) ? chosen : HtmlContent.find(body);
    return text(document, body, marker, main);
  }

  /** Whether {@code element} is still inside {@code body}, chrome removal having not taken it. */
  private static boolean attached(Element element, Element body) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == body) {
        return true;
      }
    }
    return false;
  }

  private static String text(Document document, Element body, Optional<Marker> marker,
      Element content) {
    Optional<Element> date = dateLine(content).or(() -> dateLine(body));
    Optional<Element> title = Optional.ofNullable(content.selectFirst(Q_H1))
        .or(() -> Optional.ofNullable(body.selectFirst(Q_H1)))
        .or(() -> Optional.ofNullable(content.selectFirst(Q_H2)));
    Set<Element> moved = Collections.newSetFromMap(new IdentityHashMap<>());
    date.ifPresent(moved::add);
    title.ifPresent(moved::add);
    marker.ifPresent(m -> moved.add(m.element()));

    HtmlLines lines = new HtmlLines(Set.of());
    date.ifPresent(lines::add);
    if (title.isPresent()) {
      lines.add(title.get());
    } else if (content.selectFirst(Q_H1_H2_H3_H4_H5_H6) == null) {
      Element pageTitle = document.selectFirst(Q_TITLE);
      if (pageTitle != null) {
        lines.add(pageTitle);
      }
    }
    marker.ifPresent(m -> lines.addLine(m.line()));
    String text = new HtmlLines(moved).add(content).text();
    String all = lines.text() + text;
    return Nfc.of(all);
  }

  private static Optional<Element> dateLine(Element scope) {
    for (Element candidate : scope.select(DATES)) {
      String text = candidate.text();
      if (text.length() <= DATE_LINE_MAX && text.chars().anyMatch(Character::isDigit)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The list of a page's language versions, and the marker line a text page prints for it. */
  private record Marker(Element element, String line) {}

  /** Longest text of an element that can be a language marker. */
  private static final int MARKER_TEXT = 240;

  /**
   * The text of {@code element} as {@link Element#text()} gives it, or null as soon as it is
   * longer than {@code limit}: gathering the text of every large element would cost the page's
   * length again for each.
   */
  private static String shortText(Element element, int limit) {
    StringBuilder out = new StringBuilder();
    NodeFilter filter = new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.text());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))
            && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' '); // as Element.text() does between blocks
        }
        return out.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    };
    element.filter(filter);
    return out.length() > limit ? null : out.toString();
  }

  /**
   * The first element that holds nothing but language tags ({@code en-GB}, each perhaps followed by
   * its count, {@code en-GB1}) or nothing but {@code hreflang} links, as the marker line
   * {@code • en-GB1 ru-RU1}.
   */
  private static Optional<Marker> languageMarker(Element body) {
    for (Element element : body.select(Q_UL_OL_DIV_P_NAV_SPAN)) {
      String text = shortText(element, MARKER_TEXT);
      if (text == null) {
        continue; // a marker is short: a long element's text is not even gathered
      }
      List<String> tags = new ArrayList<>();
      for (String token : TOKEN_GAP.split(text)) {
        if (!token.isEmpty()) {
          tags.add(token);
        }
      }
      if (!tags.isEmpty() && tags.stream().allMatch(t -> LANGUAGE_TAG.matcher(t).matches())) {
        return Optional.of(new Marker(element, "• " + String.join(" ", tags)));
      }
      List<Element> links = element.select(Q_A);
      if (links.size() >= 2 && links.stream().allMatch(a -> HREFLANG.matcher(a.attr("hreflang"))
          .matches()) && element.text().length() <= 40 * links.size()) {
        List<String> hreflangs = links.stream().map(a -> a.attr("hreflang")).toList();
        return Optional.of(new Marker(element, "• " + String.join(" ", hreflangs)));
      }
    }
    return Optional.empty();
  }
}
