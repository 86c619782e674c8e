package org.verbatim.parse;

import java.util.List;
import org.verbatim.model.Insertion;

/**
 * Editorial insertions: text in square brackets inside a paragraph ({@code [environment]},
 * {@code [postponing of the]}, {@code […]}) and elisions in angle brackets ({@code <…>}, {@code <...>}). They stay in
 * the text and are marked. When brackets nest, the innermost pair is marked; a bracket without
 * its partner marks nothing. Parentheses
 * such as {@code (Applause)} are not marked: too often they are the speaker's own.
 */
final class Editorial {

  private Editorial() {}

  /** Adds the insertions of {@code paragraph} (index {@code index} in its turn) to {@code out}. */
  static void find(String paragraph, int index, List<Insertion> out) {
    int open = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '[') {
        open = i;
      } else if (c == ']' && open >= 0) {
        out.add(new Insertion(index, open, i + 1, paragraph.substring(open, i + 1)));
        open = -1;
      } else if (c == '<' || c == '‹') {
        int end = elision(paragraph, i);
        if (end > 0) {
          out.add(new Insertion(index, i, end, paragraph.substring(i, end)));
          i = end - 1;
        }
      }
    }
  }

  /** The end of an elision {@code <…>}, {@code <...>} or {@code ‹…>} at {@code at}, or -1. */
  private static int elision(String paragraph, int at) {
    int i = at + 1;
    while (i < paragraph.length() && (paragraph.charAt(i) == '.' || paragraph.charAt(i) == '…')) {
      i++;
    }
    boolean dots = i > at + 1;
    return dots && i < paragraph.length()
        && (paragraph.charAt(i) == '>' || paragraph.charAt(i) == '›') ? i + 1 : -1;
  }
}
