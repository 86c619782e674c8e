package org.verbatim.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a text: a run of letters and digits, or one ideograph (so that Chinese names match
 * character by character). Hyphens, apostrophes and other punctuation separate words.
 *
 * @param start    UTF-16 offset of its first char
 * @param end      offset after its last char
 * @param surface  the word as printed
 * @param norm     lower case, {@code ё} as {@code е}
 * @param cyrillic whether it is written in Cyrillic (and so looked up in the dictionary)
 */
record Token(int start, int end, String surface, String norm, boolean cyrillic) {

  boolean capitalised() {
    return Character.isUpperCase(surface.codePointAt(0)) || Character.isTitleCase(surface.codePointAt(0));
  }

  boolean upperCase() {
    return surface.length() > 1 && surface.codePoints().filter(Character::isLetter)
        .allMatch(Character::isUpperCase);
  }

  boolean number() {
    return surface.chars().allMatch(Character::isDigit);
  }

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** The words of {@code text} in order. */
  static List<Token> split(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (Character.isIdeographic(c)) {
        int end = i + Character.charCount(c);
        tokens.add(token(text, i, end));
        i = end;
      } else if (wordChar(c)) {
        int end = i;
        while (end < n) {
          int d = text.codePointAt(end);
          if (!wordChar(d) || Character.isIdeographic(d)) {
            break;
          }
          end += Character.charCount(d);
        }
        tokens.add(token(text, i, end));
        i = end;
      } else {
        i += Character.charCount(c);
      }
    }
    return tokens;
  }

  private static boolean wordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static Token token(String text, int start, int end) {
    String surface = text.substring(start, end);
    boolean cyrillic = Character.UnicodeScript.of(surface.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    return new Token(start, end, surface, normalise(surface), cyrillic);
  }
}
