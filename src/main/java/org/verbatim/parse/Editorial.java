package org.verbatim.parse;

import java.util.List;
import org.verbatim.model.Insertion;

/**
 * Editorial insertions: text in square brackets inside a paragraph ({@code [environment]},
 * {@code [postponing of the]}, {@code […]}). They stay in the text and are marked. When brackets
 * nest, the innermost pair is marked; a bracket without its partner marks nothing. Parentheses
 * such as {@code (Applause)} are not marked: too often they are the speaker's own.
 */
final class Editorial {

  private Editorial() {}

  /** Adds the insertions of {@code paragraph} (index {@code index} in its turn) to {@code out}. */
  static void find(String paragraph, int index, List<Insertion> out) {
    int open = paragraph.indexOf('[');
    if (open < 0) {
      return;
    }
    for (int i = open + 1; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '[') {
        open = i;
      } else if (c == ']' && open >= 0) {
        out.add(new Insertion(index, open, i + 1, paragraph.substring(open, i + 1)));
        open = -1;
      }
    }
  }
}
