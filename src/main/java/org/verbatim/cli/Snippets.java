package org.verbatim.cli;

/**
 * Turns a search snippet (HTML-escaped text with {@code <mark>…</mark>} around the query's words)
 * into text for a terminal (bold) or for a file or pipe ({@code «…»}).
 */
final class Snippets {

  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private Snippets() {}

  static String plain(String snippet, boolean terminal) {
    String marked = snippet.replace("<mark>", terminal ? BOLD : "«")
        .replace("</mark>", terminal ? RESET : "»");
    // The entities the highlighter's HTML encoder writes; &amp; last, so "&amp;lt;" stays "&lt;".
    return marked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
