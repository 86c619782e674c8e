package org.verbatim.index;

/**
 * How many words a text has, the measure of a corpus's size that trends are normalised by
 * ({@link Fields#WORDS}): a word is a run of letters, digits and the marks and joiners within them
 * ({@code don't}, {@code 1,000} and {@code Нью-Йорк} are one word each, as a reader counts them),
 * except in scripts written without spaces (Han, Hiragana, Katakana), where each character is a
 * word. Pure and thread-safe.
 */
public final class WordCount {

  private WordCount() {}

  /** The words in {@code text}: {@code of("The talks, in 2019, resumed.")} is 5. */
  public static int of(String text) {
    int words = 0;
    boolean inWord = false;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (unspaced(c)) {
        words++;
        inWord = false;
      } else if (letterOrDigit(c) || (inWord && nonSpacingMark(c))) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (inWord && joiner(c) && next < text.length()
          && Character.isLetterOrDigit(text.codePointAt(next))) {
        // stays in the word: the apostrophe of don't, the hyphen of Нью-Йорк, the comma of 1,000
      } else {
        inWord = false;
      }
      i = next;
    }
    return words;
  }

  /**
   * {@link Character#isLetterOrDigit(int)}, answered without it for ASCII and the Cyrillic block,
   * most chars of most pages: the general test goes through a table of Unicode data for each
   * char, and is slower still where the JIT cannot inline it.
   */
  static boolean letterOrDigit(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (c >= 0x400 && c <= 0x4FF) { // Cyrillic: letters but for a sign and the combining marks
      return c < 0x482 || c > 0x489;
    }
    return Character.isLetterOrDigit(c);
  }

  /** Whether {@code c} is a non-spacing mark: none in ASCII, five in the Cyrillic block. */
  static boolean nonSpacingMark(int c) {
    if (c < 0x80) {
      return false;
    }
    if (c >= 0x400 && c <= 0x4FF) {
      return c >= 0x483 && c <= 0x487;
    }
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean joiner(int c) {
    return c == '\'' || c == '’' || c == '-' || c == '‐' || c == '.' || c == ',';
  }

  private static boolean unspaced(int c) {
    if (c < 0x2E80) { // no Han, Hiragana or Katakana comes before the CJK radicals
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
