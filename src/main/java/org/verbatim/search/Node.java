package org.verbatim.search;

import java.util.List;

/**
 * The query as understood, independent of Solr: what {@link QueryParser} builds and
 * {@link QueryTranslator} turns into Solr requests.
 */
sealed interface Node {

  /** A word to find; {@code prefix} when it ended in {@code *} (the star is not in {@code text}). */
  record Word(String text, boolean prefix) implements Node {}

  /** Words to find next to each other, in this order. */
  record Phrase(String text) implements Node {}

  /** A restriction such as {@code kind:interview}, its value checked and normalised. */
  record Filter(FilterName name, String value) implements Node {}

  /** Everything must match. An empty {@code And} matches every publication. */
  record And(List<Node> items) implements Node {
    public And {
      items = List.copyOf(items);
    }
  }

  /** At least one must match. */
  record Or(List<Node> items) implements Node {
    public Or {
      items = List.copyOf(items);
    }
  }

  /** Must not match. */
  record Not(Node item) implements Node {}
}
