package org.verbatim.parse;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Writes HTML as the lines of a text page: each block (p, div, li, h1–h6, blockquote, tr…) its
 * own paragraph followed by a blank line; {@code <br>} a line break (two in a row a paragraph
 * break, as they look in a browser); table cells side by side, a space apart; {@code <pre>} as
 * printed, line by line. Inside a paragraph, runs of ASCII white space become one space, as a browser shows
 * them, and each line is trimmed. No-break spaces are characters of the text: kept where they
 * stand (unlike jsoup's {@code text()}, which turns them into spaces), trimmed only at the ends of
 * a line, and a paragraph of nothing else is empty. Not thread-safe: one per page.
 */
final class HtmlLines implements NodeFilter {

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
      "ul");

  private final Set<Element> skipped;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder paragraph = new StringBuilder();
  private boolean space;
  private int pre;

  /** @param skipped elements left out with everything inside them (compared by identity) */
  HtmlLines(Set<Element> skipped) {
    this.skipped = skipped;
  }

  /** Adds an element's content as paragraphs. */
  HtmlLines add(Element element) {
    element.filter(this);
    endParagraph();
    return this;
  }

  /** Adds one line of our own making as a paragraph (the language marker). */
  HtmlLines addLine(String line) {
    endParagraph();
    paragraph.append(line);
    endParagraph();
    return this;
  }

  /** The lines so far, each paragraph followed by a blank line. */
  String text() {
    endParagraph();
    return text.toString();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      if (pre > 0) {
        appendAsPrinted(textNode.getWholeText());
      } else {
        appendCollapsed(textNode.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE; // comments, doctype, data of removed scripts
    }
    if (skipped.contains(element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    switch (tag) {
      case "br" -> lineBreak();
      case "td", "th" -> space = paragraph.length() > 0;
      case "pre" -> {
        endParagraph();
        pre++;
      }
      default -> {
        if (BLOCKS.contains(tag)) {
          endParagraph();
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("pre")) {
        pre--;
        endParagraph();
      } else if (BLOCKS.contains(tag)) {
        endParagraph();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void appendCollapsed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space && paragraph.length() > 0 && !endsWithNewline()) {
          paragraph.append(' ');
        }
        space = false;
        paragraph.append(c);
      }
    }
  }

  private void appendAsPrinted(String s) {
    paragraph.append(s.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private void lineBreak() {
    if (endsWithNewline()) {
      endParagraph();
    } else if (paragraph.length() > 0) {
      paragraph.append('\n');
    }
    space = false;
  }

  private boolean endsWithNewline() {
    return paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == '\n';
  }

  /** Ends the paragraph being built; a blank line inside it (from {@code <pre>}) splits it. */
  private void endParagraph() {
    space = false;
    if (paragraph.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (String line : paragraph.toString().split("\n", -1)) {
      String trimmed = trim(line);
      if (!trimmed.isEmpty()) {
        lines.append(lines.isEmpty() ? "" : "\n").append(trimmed);
      } else if (!lines.isEmpty()) {
        text.append(lines).append("\n\n");
        lines.setLength(0);
      }
    }
    paragraph.setLength(0);
    if (!lines.isEmpty()) {
      text.append(lines).append("\n\n");
    }
  }

  /** Trims white space including no-break spaces, which {@link String#strip()} keeps. */
  private static String trim(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
