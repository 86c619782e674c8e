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
      } else if (Character.isLetterOrDigit(c) || (inWord && Character.getType(c)
          == Character.NON_SPACING_MARK)) {
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
