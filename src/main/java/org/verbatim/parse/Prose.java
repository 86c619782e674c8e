package org.verbatim.parse;

import java.util.Set;

/**
 * What running text looks like, as opposed to a headline, a heading or a site's line: whole
 * sentences. A sentence ends in {@code . ! ? …} (perhaps inside closing quotes or brackets), and
 * a full stop after an initial or a usual abbreviation ({@code J.}, {@code Mr.}, {@code U.S.})
 * ends none. Stateless; thread-safe.
 */
final class Prose {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "etc", "mt", "gen", "col", "lt",
      "prof", "u.s", "u.k", "u.n", "e.g", "i.e", "ул", "г", "гг", "т.е", "т.д", "им", "см");

  private Prose() {}

  /** How many sentences end in {@code s}: 0 for a headline without a final full stop. */
  static int sentences(String s) {
    int count = 0;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…' && c != '。' && c != '？' && c != '！') {
        continue;
      }
      int next = i + 1;
      while (next < length && isCloser(s.charAt(next))) {
        next++;
      }
      if (next == length) {
        count += c == '.' && abbreviationBefore(s, i) ? 0 : 1;
        break;
      }
      boolean cjk = c == '。' || c == '？' || c == '！';
      if (!cjk && !Lines.isSpace(s.charAt(next))) {
        continue;
      }
      int after = next;
      while (after < length && Lines.isSpace(s.charAt(after))) {
        after++;
      }
      if (after < length && (cjk || startsSentence(s.charAt(after)))
          && !(c == '.' && abbreviationBefore(s, i))) {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code s} ends like a sentence: a final {@code . ! ? …}, perhaps inside quotes. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '？' || c == '！';
  }

  /** How many words {@code s} has (runs of non-space characters). */
  static int words(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Lines.isSpace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  /**
   * Whether a line is running text rather than a headline: two sentences or more, or one long
   * sentence ending in a full stop (sixteen words or more), or a very long line.
   */
  static boolean isProse(String s) {
    int words = words(s);
    if (words < 6) {
      return false;
    }
    if (words >= 60) {
      return true;
    }
    int sentences = sentences(s);
    return sentences >= 2 || sentences == 1 && endsSentence(s) && words >= 16;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '»' || c == '’' || c == ')' || c == ']' || c == '\'';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '«'
        || c == '(' || c == '[' || c == '—' || c == '–' || c == '\''
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Whether the full stop at {@code dot} follows an initial or an abbreviation. */
  private static boolean abbreviationBefore(String s, int dot) {
    int start = dot;
    while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
      start--;
    }
    String word = s.substring(start, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
