package org.verbatim.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names as sequences of normalised words, for a longest match at a word of a text. Each word of
 * the text may stand in several forms (as printed, and its Russian dictionary forms).
 *
 * <p>Built once, then read by any number of threads.
 */
final class Trie<V> {

  /**
   * What a name leads to, and how its printed form must look to count; {@code commas}: whether
   * the name as written has a comma, semicolon or bracket between its words, and so may match
   * across one ({@link Forms#comma}).
   */
  record Entry<V>(V value, Casing casing, boolean commas) {}

  /** The case a match must have: acronyms exactly, names with a capital, other words in any. */
  enum Casing {
    UPPER, CAPITAL, ANY;

    static Casing of(String name) {
      long letters = name.codePoints().filter(Character::isLetter).count();
      if (letters >= 2 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        return UPPER;
      }
      return name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) ? ANY : CAPITAL;
    }

    boolean accepts(List<Token> tokens, int from, int to) {
      return switch (this) {
        case ANY -> true;
        case CAPITAL -> tokens.get(from).capitalised();
        case UPPER -> {
          for (int i = from; i < to; i++) {
            String s = tokens.get(i).surface();
            if (s.codePoints().anyMatch(Character::isLowerCase)) {
              yield false;
            }
          }
          yield true;
        }
      };
    }
  }

  /** A match: words {@code from} to {@code to} (exclusive) name {@code entry}. */
  record Match<V>(int from, int to, Entry<V> entry) {}

  private static final class Node<V> {
    Map<String, Node<V>> next;
    Entry<V> entry;
  }

  /** The forms a word of a text may take in a match. */
  interface Forms {
    List<String> of(int index);

    /**
     * Whether a comma, a semicolon, a bracket or a line break stands right before word
     * {@code index}: only a name written with a comma, semicolon or bracket matches across it
     * ({@code Russia, India, China} is a list, not {@code Russia-India-China}; {@code (ASEAN) Plus
     * Three} no {@code ASEAN Plus Three}).
     */
    default boolean comma(int index) {
      return false;
    }
  }

  private final Node<V> root = new Node<>();
  private int size;
  private int longestKey;

  /** Adds a name written without commas; the first value added under a key wins. */
  void add(List<String> key, V value, Casing casing) {
    add(key, value, casing, false);
  }

  /** Adds a name; {@code commas}: it is written with a comma between words ({@link Entry}). */
  void add(List<String> key, V value, Casing casing, boolean commas) {
    if (key.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String word : key) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(word, w -> new Node<>());
    }
    if (node.entry == null) {
      node.entry = new Entry<>(value, casing, commas);
      size++;
      longestKey = Math.max(longestKey, key.size());
    }
  }

  int size() {
    return size;
  }

  /** The most words a name has. */
  int longestKey() {
    return longestKey;
  }

  /** The words names begin with. */
  java.util.Set<String> firstWords() {
    return root.next == null ? java.util.Set.of() : root.next.keySet();
  }

  /** Whether some name begins with {@code word}: a cheap test before {@link #longest}. */
  boolean begins(String word) {
    return root.next != null && root.next.containsKey(word);
  }

  /** The longest name starting at word {@code from}, or null. */
  Match<V> longest(List<Token> tokens, int from, Forms forms) {
    return walk(root, tokens, from, from, forms, null, false);
  }

  /**
   * {@code best}, or a longer name found from {@code node} on; {@code comma}: the words walked
   * so far have a comma between them.
   */
  private Match<V> walk(Node<V> node, List<Token> tokens, int from, int at, Forms forms,
      Match<V> best, boolean comma) {
    if (node.entry != null && at > from && (best == null || best.to() < at)
        && (!comma || node.entry.commas()) && node.entry.casing().accepts(tokens, from, at)) {
      best = new Match<>(from, at, node.entry);
    }
    if (node.next == null || at >= tokens.size()) {
      return best;
    }
    List<String> all = forms.of(at);
    boolean crossing = comma || at > from && forms.comma(at);
    for (int i = 0; i < all.size(); i++) { // no iterator: this runs for every word of a page
      Node<V> child = node.next.get(all.get(i));
      if (child != null) {
        best = walk(child, tokens, from, at + 1, forms, best, crossing);
      }
    }
    return best;
  }
}
