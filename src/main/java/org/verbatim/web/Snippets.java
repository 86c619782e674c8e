package org.verbatim.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a searcher's snippet safe to put into a page as it is. The searcher's highlighter escapes
 * the turn's text and wraps matches in {@code <mark>…</mark>}; this lets those two tags through
 * and escapes anything else that looks like markup, so that even a snippet from another source
 * can carry no element but {@code mark}.
 */
final class Snippets {

  private static final Pattern MARK = Pattern.compile("</?mark>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");

  private Snippets() {}

  /** {@code snippet} with only {@code <mark>} and {@code </mark>} left as markup. */
  static String safe(String snippet) {
    StringBuilder out = new StringBuilder(snippet.length() + 16);
    Matcher m = MARK.matcher(snippet);
    int at = 0;
    boolean open = false;
    while (m.find()) {
      out.append(text(snippet.substring(at, m.start())));
      boolean closing = m.group().startsWith("</");
      if (closing == open) { // keep the tags balanced: a stray tag is shown as text
        out.append(closing ? "</mark>" : "<mark>");
        open = !closing;
      } else {
        out.append(text(m.group()));
      }
      at = m.end();
    }
    out.append(text(snippet.substring(at)));
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  /** Escapes {@code <>"'} and any {@code &} that does not begin a character reference. */
  private static String text(String part) {
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '&' -> {
          Matcher entity = ENTITY.matcher(part).region(i, part.length());
          out.append(entity.lookingAt() ? "&" : "&amp;");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
