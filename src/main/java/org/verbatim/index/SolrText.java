package org.verbatim.index;

import java.util.Collection;

/**
 * Escaping for text placed into Solr's standard query syntax. Every value that comes from outside
 * (a user's word, an id) goes through here, so it can only ever be a term, never syntax.
 */
public final class SolrText {

  private SolrText() {}

  /**
   * A double-quoted phrase with backslashes and quotes escaped: {@code say "hi"} becomes
   * {@code "say \"hi\""}. Inside quotes the standard parser reads nothing but text.
   */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /**
   * {@code values}, each {@link #quoted}, joined by {@code OR}: the inside of a
   * {@code field:(…)} that matches any of them. {@code ["a1", "b2"]} becomes
   * {@code "a1" OR "b2"}.
   */
  public static String anyOf(Collection<String> values) {
    StringBuilder out = new StringBuilder();
    for (String value : values) {
      out.append(out.isEmpty() ? "" : " OR ").append(quoted(value));
    }
    return out.toString();
  }

  /**
   * A bare term with every character outside letters and digits escaped, for prefix queries
   * ({@code escaped(text) + "*"}), where quotes would make the star literal.
   */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    text.codePoints().forEach(cp -> {
      if (!Character.isLetterOrDigit(cp)) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
    });
    return out.toString();
  }
}
