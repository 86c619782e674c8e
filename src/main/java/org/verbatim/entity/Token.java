package org.verbatim.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A word of a text: a run of letters and digits, or one ideograph (so that Chinese names match
 * character by character). Hyphens, apostrophes and other punctuation separate words.
 *
 * <p>What the scans ask of every word (its case, whether it is a number) is worked out once, when
 * the text is split: a page has tens of thousands of words, each asked many times.
 *
 * @param start       UTF-16 offset of its first char
 * @param end         offset after its last char
 * @param surface     the word as printed
 * @param norm        lower case, {@code ё} as {@code е}
 * @param cyrillic    whether it is written in Cyrillic (and so looked up in the dictionary)
 * @param capitalised whether its first letter is a capital (upper or title case)
 * @param upperCase   whether it has two chars or more and every letter is a capital
 *                    ({@code UN}, {@code ООН})
 * @param number      whether it is all digits
 */
record Token(int start, int end, String surface, String norm, boolean cyrillic,
    boolean capitalised, boolean upperCase, boolean number) {

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * The words each thread has split lately, by their chars: a page says most of its words many
   * times, and an archive's pages say mostly the same words, whose strings and facts are then
   * shared rather than made again.
   */
  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** The words of {@code text} in order. */
  static List<Token> split(String text) {
    int n = text.length();
    Seen seen = SEEN.get();
    List<Token> tokens = new ArrayList<>(n / 6 + 1);
    int i = 0;
    while (i < n) {
      char first = text.charAt(i);
      if (first < 128) {
        if (!asciiWordChar(first)) {
          i++;
          continue;
        }
      } else {
        int c = text.codePointAt(i);
        if (ideograph(c)) {
          int end = i + Character.charCount(c);
          tokens.add(token(text, i, end));
          i = end;
          continue;
        }
        if (!wordChar(c)) {
          i += Character.charCount(c);
          continue;
        }
      }
      int end = i;
      boolean ascii = true;
      while (end < n) {
        char d = text.charAt(end);
        if (d < 128) {
          if (!asciiWordChar(d)) {
            break;
          }
          end++;
          continue;
        }
        int c = text.codePointAt(end);
        if (!wordChar(c) || ideograph(c)) {
          break;
        }
        ascii = false;
        end += Character.charCount(c);
      }
      Token known = seen.find(text, i, end);
      if (known == null) {
        known = ascii ? asciiToken(text, i, end) : token(text, i, end);
        seen.add(known);
      }
      tokens.add(known.start() == i ? known : known.at(i, end));
      i = end;
    }
    return tokens;
  }

  /** This word found at {@code start} to {@code end} of another text. */
  private Token at(int start, int end) {
    return new Token(start, end, surface, norm, cyrillic, capitalised, upperCase, number);
  }

  /**
   * Words split lately by one thread, found by their chars (open addressing over their
   * surfaces); emptied when half full, so that it stays small whatever the archive says.
   */
  private static final class Seen {
    private static final int SLOTS = 1 << 14;
    private final Token[] words = new Token[SLOTS];
    private int size;

    /** The word of {@code text[start, end)} split before, or null. */
    Token find(String text, int start, int end) {
      int length = end - start;
      for (int slot = hash(text, start, end) & (SLOTS - 1); words[slot] != null;
          slot = (slot + 1) & (SLOTS - 1)) {
        String surface = words[slot].surface();
        if (surface.length() == length && text.regionMatches(start, surface, 0, length)) {
          return words[slot];
        }
      }
      return null;
    }

    void add(Token word) {
      if (2 * (size + 1) > SLOTS) {
        Arrays.fill(words, null);
        size = 0;
      }
      String surface = word.surface();
      int slot = hash(surface, 0, surface.length()) & (SLOTS - 1);
      while (words[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      words[slot] = word;
      size++;
    }

    private static int hash(String text, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + text.charAt(i);
      }
      return h ^ (h >>> 16);
    }
  }

  private static boolean asciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** A word of ASCII letters and digits, its facts found in one pass over its chars. */
  private static Token asciiToken(String text, int start, int end) {
    String surface = text.substring(start, end);
    boolean upper = false;
    boolean lower = false;
    boolean digits = true;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
        digits = false;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
        digits = false;
      }
    }
    char first = surface.charAt(0);
    String norm = upper ? surface.toLowerCase(Locale.ROOT) : surface;
    return new Token(start, end, surface, norm, false, first >= 'A' && first <= 'Z',
        surface.length() > 1 && !lower, digits);
  }

  /**
   * ASCII and the Cyrillic block answered at once: most chars of most pages are, and the general
   * tests cost more.
   */
  static boolean wordChar(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (c >= 0x400 && c <= 0x4FF) { // Cyrillic: all but a sign and two enclosing marks
      return c != 0x482 && c != 0x488 && c != 0x489;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** No ideograph comes before U+2E80 (CJK radicals). */
  private static boolean ideograph(int c) {
    return c >= 0x2E80 && Character.isIdeographic(c);
  }

  private static Token token(String text, int start, int end) {
    String surface = text.substring(start, end);
    int first = surface.codePointAt(0);
    // No Cyrillic letter comes before U+0400.
    boolean cyrillic = first >= 0x400
        && Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC;
    boolean capitalised = Character.isUpperCase(first) || Character.isTitleCase(first);
    return new Token(start, end, surface, normalise(surface), cyrillic, capitalised,
        upperCase(surface), number(surface));
  }

  private static boolean upperCase(String surface) {
    if (surface.length() < 2) {
      return false;
    }
    for (int i = 0; i < surface.length(); ) {
      int c = surface.codePointAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean number(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      if (!Character.isDigit(surface.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
