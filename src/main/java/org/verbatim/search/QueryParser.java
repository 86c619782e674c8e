package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.search.QueryLexer.Token;
import org.verbatim.search.QueryLexer.Type;

/**
 * The second stage of reading a query: tokens to a {@link Node} tree.
 *
 * <pre>
 * query    := sequence                      (all must match)
 * sequence := either*
 * either   := unary ( OR unary )*           (OR binds tighter than the implicit AND)
 * unary    := ( '-' | NOT ) unary | primary
 * primary  := '(' sequence ')' | WORD | PHRASE | FILTER
 * </pre>
 *
 * Words and phrases without a letter or digit (a lone dash, an ellipsis) are dropped: they would
 * match nothing and so empty every result. {@code AND} between terms is accepted and means what a
 * space means.
 */
final class QueryParser {

  /** The longest query taken, in characters: a query is what a person types. */
  static final int MAX_LENGTH = 2_000;
  /** The deepest nesting of parentheses and NOTs taken: deeper would only exhaust the stack. */
  static final int MAX_DEPTH = 32;

  private final List<Token> tokens;
  private int next;
  private int depth;

  private QueryParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The query's tree: an {@link Node.And} of its top-level parts (empty for a blank query). */
  static Node.And parse(String query) throws QueryException {
    if (query.length() > MAX_LENGTH) {
      throw new QueryException(String.format(java.util.Locale.ROOT,
          "The query is %,d characters long; the longest taken is %,d", query.length(),
          MAX_LENGTH));
    }
    List<Token> tokens = new ArrayList<>();
    for (Token token : QueryLexer.tokens(query)) {
      if (!(token.type() == Type.WORD && token.text().equals("AND"))) {
        tokens.add(token);
      }
    }
    QueryParser parser = new QueryParser(tokens);
    List<Node> items = parser.sequence();
    if (parser.next < tokens.size()) {
      Token stray = tokens.get(parser.next);
      throw new QueryException("Unbalanced parenthesis: the ')' at column " + stray.column()
          + " has no '(' before it");
    }
    return new Node.And(items);
  }

  private List<Node> sequence() throws QueryException {
    List<Node> items = new ArrayList<>();
    while (next < tokens.size() && tokens.get(next).type() != Type.RPAREN) {
      Node item = either();
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private Node either() throws QueryException {
    List<Node> options = new ArrayList<>();
    Node first = unary();
    if (first != null) {
      options.add(first);
    }
    while (next < tokens.size() && tokens.get(next).type() == Type.OR) {
      Token or = tokens.get(next++);
      if (first == null && options.isEmpty() || next >= tokens.size()
          || tokens.get(next).type() == Type.RPAREN || tokens.get(next).type() == Type.OR) {
        throw orNeedsBothSides(or);
      }
      Node option = unary();
      if (option != null) {
        options.add(option);
      }
    }
    if (options.isEmpty()) {
      return null;
    }
    return options.size() == 1 ? options.get(0) : new Node.Or(options);
  }

  private Node unary() throws QueryException {
    Token token = tokens.get(next);
    if (token.type() == Type.NOT || token.type() == Type.LPAREN) {
      deeper(token);
    }
    try {
      return unaryAt(token);
    } finally {
      if (token.type() == Type.NOT || token.type() == Type.LPAREN) {
        depth--;
      }
    }
  }

  /** One level deeper, refused past {@link #MAX_DEPTH}. */
  private void deeper(Token token) throws QueryException {
    if (++depth > MAX_DEPTH) {
      throw new QueryException("The query nests parentheses and NOTs more than " + MAX_DEPTH
          + " deep (at column " + token.column() + ")");
    }
  }

  private Node unaryAt(Token token) throws QueryException {
    if (token.type() == Type.NOT) {
      next++;
      if (next >= tokens.size() || tokens.get(next).type() == Type.RPAREN
          || tokens.get(next).type() == Type.OR) {
        throw new QueryException("The '" + token.text() + "' at column " + token.column()
            + " must stand right before the word, phrase, filter or '(' to exclude");
      }
      Node item = unary();
      return item == null ? null : new Node.Not(item);
    }
    return primary();
  }

  private Node primary() throws QueryException {
    Token token = tokens.get(next++);
    return switch (token.type()) {
      case LPAREN -> {
        List<Node> items = sequence();
        if (next >= tokens.size()) {
          throw new QueryException("Unbalanced parenthesis: the '(' at column " + token.column()
              + " is never closed");
        }
        next++; // the ')'
        if (items.isEmpty()) {
          throw new QueryException("Empty parentheses at column " + token.column());
        }
        yield items.size() == 1 ? items.get(0) : new Node.And(items);
      }
      case WORD -> word(token);
      case PHRASE -> hasLetterOrDigit(token.text()) ? new Node.Phrase(token.text().strip()) : null;
      case FILTER -> token.filter().of(token.text());
      case OR -> throw orNeedsBothSides(token);
      case NOT, RPAREN -> throw new IllegalStateException("unreachable: " + token);
    };
  }

  private static Node word(Token token) throws QueryException {
    String text = token.text();
    if (!text.endsWith("*")) {
      return hasLetterOrDigit(text) ? new Node.Word(text, false) : null;
    }
    String stem = text.replaceAll("\\*+$", "");
    if (stem.codePointCount(0, stem.length()) < 2 || !hasLetterOrDigit(stem)) {
      throw new QueryException("The prefix '" + text + "' at column " + token.column()
          + " is too short: give at least 2 letters before '*'");
    }
    return new Node.Word(stem, true);
  }

  private static QueryException orNeedsBothSides(Token or) {
    return new QueryException("The 'OR' at column " + or.column()
        + " needs a word, phrase or filter on both sides");
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
