package org.verbatim.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as the quote finder compares them, each with where it stands in the text:
 * runs of letters and digits (an apostrophe or hyphen between letters stays inside the word, as
 * in {@code don't} and {@code well-known}). A word is compared by its {@link Word#key()}: NFKC,
 * lower case in {@link Locale#ROOT}, {@code ё} as {@code е} and the typographic apostrophe as the
 * plain one, so that {@code “Don’t”} and {@code don't} are the same word; and by its
 * {@link Word#stem()}, its first {@value #STEM} letters, so that {@code agreements} and
 * {@code agreement}, {@code переговоров} and {@code переговоры} are nearly the same.
 */
final class QuoteWords {

  /** Letters of a stem: enough to keep English and Russian inflected forms together. */
  static final int STEM = 5;

  private QuoteWords() {}

  /**
   * A word of a text.
   *
   * @param key   the word as compared
   * @param stem  the first {@value #STEM} code points of the key
   * @param start where it starts in the text (a char index)
   * @param end   where it ends, exclusive
   */
  record Word(String key, String stem, int start, int end) {}

  /** The words of {@code text}, in order. */
  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int k = 0;
    while (k < text.length()) {
      int cp = text.codePointAt(k);
      if (!letter(cp)) {
        k += Character.charCount(cp);
        continue;
      }
      int start = k;
      k = end(text, k);
      out.add(word(text.substring(start, k), start, k));
    }
    return out;
  }

  /** Where the word that starts at {@code start} of {@code text} ends, exclusive. */
  static int end(String text, int start) {
    int k = start;
    while (k < text.length()) {
      int c = text.codePointAt(k);
      if (letter(c)) {
        k += Character.charCount(c);
      } else if (joiner(c) && k + 1 < text.length() && letter(text.codePointAt(k + 1))) {
        k += 1;
      } else {
        break;
      }
    }
    return k;
  }

  /** The word {@code text}, found at {@code start} to {@code end} of its text. */
  static Word word(String text, int start, int end) {
    // Basic Latin and Cyrillic letters are their own NFKC form: the normaliser, a third of the
    // finder's time when it read every word of its candidates, is needed only for other text.
    String normal = plain(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    String key = normal.toLowerCase(Locale.ROOT)
        .replace('ё', 'е').replace('\u2019', '\'');
    int stemEnd = key.codePointCount(0, key.length()) <= STEM ? key.length()
        : key.offsetByCodePoints(0, STEM);
    return new Word(key, key.substring(0, stemEnd), start, end);
  }

  /** Whether {@code text} is ASCII and Cyrillic (U+0400–U+04FF) only. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (c < 0x400 || c > 0x4FF)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code cp} is part of a word: a letter, a digit or a combining mark. */
  static boolean letter(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** An apostrophe or a hyphen, which joins the letters around it into one word. */
  private static boolean joiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
  }
}
