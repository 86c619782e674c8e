package org.verbatim.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the part of an HTML page that holds the transcript: first removes what is never content
 * (scripts, styles, navigation, headers and footers of the site, sidebars, forms, hidden
 * elements, and elements whose class or id says navigation, menu, breadcrumbs, share, social,
 * footer, cookie or banner), then takes {@code <main>}, else {@code [role=main]}, else the page's
 * only {@code <article>}, else a common content container holding most of the paragraph text,
 * else the deepest element holding {@value #MOST_PERCENT}% of it. A listing page with several
 * articles thus keeps all of them, and the reader can see it is a listing.
 */
final class HtmlContent {

  // Selectors parsed once: jsoup parses a selector string on every call otherwise.
  private static final Evaluator Q_HEADER = QueryParser.parse("header");
  private static final Evaluator Q_H1 = QueryParser.parse("h1");
  private static final Evaluator Q_FOOTER = QueryParser.parse("footer");
  private static final Evaluator Q_CLASS_ID = QueryParser.parse("[class], [id]");
  private static final Evaluator Q_MAIN_ROLE_MAIN = QueryParser.parse("main, [role=main]");
  private static final Evaluator Q_ARTICLE = QueryParser.parse("article");
  private static final Evaluator Q_P = QueryParser.parse("p");

  private static final Evaluator NEVER_CONTENT = QueryParser.parse( "script, style, noscript, template, nav, aside, "
      + "form, iframe, svg, canvas, object, embed, button, select, textarea, input, dialog, "
      + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], "
      + "[role~=(?i)^(navigation|banner|contentinfo|complementary|search|menu|menubar)$]");

  private static final Evaluator LANDMARKS = QueryParser.parse( "main, article, [role=main]");

  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?:^|[^a-z])(?:nav|navbar|navigation|menu|menus|submenu|breadcrumbs?|share|sharing|social"
          + "|footer|cookies?|banner)(?:[^a-z]|$)",
      Pattern.CASE_INSENSITIVE);

  private static final List<Evaluator> CONTAINERS = Stream.of(
      "#content", "#main", "#main-content", ".main-content", ".article-body", ".article-text",
      ".entry-content", ".post-content", ".content", ".text").map(QueryParser::parse).toList();

  /** How much of the paragraph text an element must hold to be taken as the content. */
  private static final int MOST_PERCENT = 70;

  private HtmlContent() {}

  /** Removes from {@code body} what is never content. */
  static void removeChrome(Element body) {
    body.select(NEVER_CONTENT).remove();
    for (Element header : body.select(Q_HEADER)) {
      if (header.closest(LANDMARKS) == null && header.selectFirst(Q_H1) == null) {
        header.remove();
      }
    }
    body.select(Q_FOOTER).remove();
    int half = -1; // half the body's text, measured once some element is named as chrome
    for (Element element : body.select(Q_CLASS_ID)) {
      if (element.parent() != null && isChromeName(element) && !element.is(LANDMARKS)
          && element.selectFirst(LANDMARKS) == null) {
        if (half < 0) {
          half = body.text().length() / 2;
        }
        if (element.text().length() <= half) {
          element.remove();
        }
      }
    }
  }

  private static boolean isChromeName(Element element) {
    return CHROME_NAME.matcher(element.className()).find()
        || CHROME_NAME.matcher(element.id()).find();
  }

  /** The element holding the page's content, {@code body} itself when nothing narrower is. */
  static Element find(Element body) {
    Element main = body.selectFirst(Q_MAIN_ROLE_MAIN);
    if (main != null) {
      return main;
    }
    Elements articles = body.select(Q_ARTICLE);
    if (articles.size() == 1) {
      return articles.first();
    }
    Map<Element, Integer> weight = paragraphWeight(body);
    int total = weight.getOrDefault(body, 0);
    if (total == 0) {
      return body;
    }
    if (articles.isEmpty()) {
      for (Evaluator selector : CONTAINERS) {
        for (Element container : body.select(selector)) {
          if (weight.getOrDefault(container, 0) * 2 > total) {
            return container;
          }
        }
      }
    }
    Element content = body;
    for (boolean deeper = true; deeper; ) {
      deeper = false;
      for (Element child : content.children()) {
        if (weight.getOrDefault(child, 0) * 100L >= total * (long) MOST_PERCENT) {
          content = child;
          deeper = true;
          break;
        }
      }
    }
    return content;
  }

  /**
   * How much paragraph text each element holds: the text of its {@code <p>}s, or of all its text
   * when the page has no paragraph element.
   */
  private static Map<Element, Integer> paragraphWeight(Element body) {
    Map<Element, Integer> weight = new IdentityHashMap<>();
    Elements paragraphs = body.select(Q_P);
    if (paragraphs.isEmpty()) {
      for (Element element : body.getAllElements()) {
        int own = element.ownText().length();
        for (Element e = element; e != null && own > 0; e = e.parent()) {
          weight.merge(e, own, Integer::sum);
          if (e == body) {
            break;
          }
        }
      }
      return weight;
    }
    for (Element paragraph : paragraphs) {
      int length = paragraph.text().length();
      for (Element e = paragraph; e != null && length > 0; e = e.parent()) {
        weight.merge(e, length, Integer::sum);
        if (e == body) {
          break;
        }
      }
    }
    return weight;
  }
}
