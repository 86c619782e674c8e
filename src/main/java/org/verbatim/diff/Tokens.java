package org.verbatim.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the tokens a word diff compares: words (letters and digits, with an apostrophe
 * or a hyphen inside, as in {@code Zhmurin’s} and {@code well-known}), runs of white space, and
 * every other character alone. The tokens put together give the text back exactly.
 */
final class Tokens {

  private Tokens() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int k = 0;
    while (k < text.length()) {
      int start = k;
      int cp = text.codePointAt(k);
      if (word(cp)) {
        k = wordEnd(text, k);
      } else if (Character.isWhitespace(cp)) {
        while (k < text.length() && Character.isWhitespace(text.codePointAt(k))) {
          k += Character.charCount(text.codePointAt(k));
        }
      } else {
        k += Character.charCount(cp);
      }
      out.add(text.substring(start, k));
    }
    return out;
  }

  private static int wordEnd(String text, int k) {
    while (k < text.length()) {
      int cp = text.codePointAt(k);
      if (word(cp)) {
        k += Character.charCount(cp);
      } else if (joiner(cp) && k + 1 < text.length() && word(text.codePointAt(k + 1))) {
        k += 1;
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean word(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** An apostrophe or a hyphen, which joins the letters around it into one word. */
  private static boolean joiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
  }
}
