package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first stage of reading a query: characters to tokens. It knows quotes, parentheses, the
 * {@code -} before a term, the operators {@code OR}, {@code AND} and {@code NOT}, and
 * {@code name:value} filters; everything else is a word. Solr's own syntax is never produced here:
 * a local-parameter opener {@code {!} outside quotes and an unknown {@code name:} are refused.
 */
final class QueryLexer {

  enum Type { WORD, PHRASE, FILTER, OR, NOT, LPAREN, RPAREN }

  /**
   * @param column 1-based position of the token's first character, for messages
   * @param text   the word, the phrase's content, or the filter's raw value
   * @param filter the filter's name for {@link Type#FILTER}, else null
   */
  record Token(Type type, String text, FilterName filter, int column) {}

  private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*):(.*)", Pattern.DOTALL);

  private final String query;
  private int pos;

  private QueryLexer(String query) {
    this.query = query;
  }

  static List<Token> tokens(String query) throws QueryException {
    return new QueryLexer(query).all();
  }

  private List<Token> all() throws QueryException {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
        pos++;
      }
      if (pos >= query.length()) {
        return tokens;
      }
      int start = pos;
      char c = query.charAt(pos);
      if (c == '"') {
        tokens.add(new Token(Type.PHRASE, quoted(), null, start + 1));
      } else if (c == '(') {
        pos++;
        tokens.add(new Token(Type.LPAREN, "(", null, start + 1));
      } else if (c == ')') {
        pos++;
        tokens.add(new Token(Type.RPAREN, ")", null, start + 1));
      } else if (c == '-') {
        pos++;
        if (pos >= query.length() || Character.isWhitespace(query.charAt(pos))) {
          throw new QueryException("The '-' at column " + (start + 1)
              + " must stand right before the word, phrase, filter or '(' to exclude");
        }
        tokens.add(new Token(Type.NOT, "-", null, start + 1));
      } else {
        tokens.add(word(start));
      }
    }
  }

  /** A phrase from the quote at {@code pos} to the next quote; {@code pos} ends after it. */
  private String quoted() throws QueryException {
    int open = pos;
    int close = query.indexOf('"', open + 1);
    if (close < 0) {
      throw new QueryException("Unbalanced quote: the '\"' at column " + (open + 1)
          + " is never closed");
    }
    pos = close + 1;
    return query.substring(open + 1, close);
  }

  private Token word(int start) throws QueryException {
    while (pos < query.length()) {
      char c = query.charAt(pos);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
        break;
      }
      pos++;
    }
    String text = query.substring(start, pos);
    if (text.contains("{!")) {
      throw new QueryException("Solr local parameters are not part of the query language: '"
          + text + "' at column " + (start + 1) + " (put it in quotes to search for it as text)");
    }
    switch (text) {
      case "OR":
        return new Token(Type.OR, text, null, start + 1);
      case "NOT":
        return new Token(Type.NOT, text, null, start + 1);
      default:
        break;
    }
    Matcher field = FIELD.matcher(text);
    if (!field.matches()) {
      return new Token(Type.WORD, text, null, start + 1);
    }
    FilterName filter = FilterName.ofCode(field.group(1));
    if (filter == null) {
      throw new QueryException("Unknown filter '" + field.group(1) + ":' at column " + (start + 1)
          + " (filters: " + FilterName.allowed() + "; put it in quotes to search for it as text)");
    }
    String value = field.group(2);
    if (value.isEmpty() && pos < query.length() && query.charAt(pos) == '"') {
      value = quoted();
    }
    return new Token(Type.FILTER, value, filter, start + 1);
  }
}
