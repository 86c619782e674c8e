package org.verbatim.search;

import java.util.Arrays;
import java.util.List;

/**
 * A quote's words as numbers, and the words of a turn's text coded by them: each distinct
 * {@link QuoteWords.Word#key() key} of the quote has a number, and each distinct
 * {@link QuoteWords.Word#stem() stem}; a word of the text has its key's number and its stem's,
 * or -1 where the quote has no such key or stem. The words are those {@link QuoteWords#of} cuts,
 * and compare as its keys and stems do; but a text is coded without a string made for each of
 * its words, which in a speech of thousands of words was half the quote finder's time. Words
 * of Basic Latin and Cyrillic letters (with the typographic apostrophe) are keyed char by char;
 * any other word as {@link QuoteWords} keys it.
 *
 * <pre>{@code
 * QuoteCodes codes = new QuoteCodes(Quote.of("our common concern"));
 * QuoteCodes.Coded text = codes.code("It is a common concern of ours.");
 * text.keys();  // [-1, -1, -1, 1, 2, -1, -1]: "common" and "concern" are the quote's
 * }</pre>
 *
 * <p>Immutable once made; thread-safe.
 */
final class QuoteCodes {

  private final Table keys = new Table();
  private final Table stems = new Table();
  private final int[] quoteKey;
  private final int[] quoteStem;
  /** How many of the quote's words have each stem, by the stem's number. */
  private final int[] stemCounts;

  /**
   * A text's words, coded.
   *
   * @param keys  for each word, its key's number, or -1
   * @param stems for each word, its stem's number, or -1
   */
  record Coded(int[] keys, int[] stems) {
    int size() {
      return keys.length;
    }
  }

  QuoteCodes(Quote quote) {
    List<QuoteWords.Word> words = quote.words();
    quoteKey = new int[words.size()];
    quoteStem = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      quoteKey[i] = keys.add(words.get(i).key());
      quoteStem[i] = stems.add(words.get(i).stem());
    }
    stemCounts = new int[stems.size()];
    for (int s : quoteStem) {
      stemCounts[s]++;
    }
  }

  /** The number of the key of the quote's word {@code i}. */
  int quoteKey(int i) {
    return quoteKey[i];
  }

  /** The number of the stem of the quote's word {@code i}. */
  int quoteStem(int i) {
    return quoteStem[i];
  }

  /**
   * The most of the quote's words that {@code window} words running on in {@code text} say, each
   * word of the quote said once by a word of the same stem: a bound on how well the text can
   * align with the quote that costs one pass over its words, where the alignment costs one for
   * each of the quote's words.
   */
  int coverage(Coded text, int window) {
    int[] wanted = stemCounts;
    int[] had = new int[wanted.length];
    int[] stem = text.stems();
    int covered = 0;
    int most = 0;
    for (int j = 0; j < stem.length; j++) {
      int s = stem[j];
      if (s >= 0 && had[s]++ < wanted[s]) {
        covered++;
      }
      int gone = j - window;
      if (gone >= 0 && stem[gone] >= 0 && --had[stem[gone]] < wanted[stem[gone]]) {
        covered--;
      }
      most = Math.max(most, covered);
    }
    return most;
  }

  /** The words of {@code text}, as {@link QuoteWords#of} cuts them, coded. */
  Coded code(String text) {
    int[] key = new int[Math.max(16, text.length() / 5)];
    int[] stem = new int[key.length];
    char[] buffer = new char[64];
    int n = 0;
    int k = 0;
    while (k < text.length()) {
      int cp = text.codePointAt(k);
      if (!QuoteWords.letter(cp)) {
        k += Character.charCount(cp);
        continue;
      }
      int start = k;
      k = QuoteWords.end(text, k);
      if (n == key.length) {
        key = Arrays.copyOf(key, n * 2);
        stem = Arrays.copyOf(stem, n * 2);
      }
      int length = lowered(text, start, k, buffer);
      if (length < 0) { // not plain, or too long for the buffer
        QuoteWords.Word word = QuoteWords.word(text.substring(start, k), start, k);
        key[n] = keys.find(word.key());
        stem[n] = stems.find(word.stem());
      } else {
        key[n] = keys.find(buffer, length);
        stem[n] = stems.find(buffer, Math.min(length, QuoteWords.STEM));
      }
      n++;
    }
    return new Coded(Arrays.copyOf(key, n), Arrays.copyOf(stem, n));
  }

  /**
   * The key of the word {@code text[start, end)} into {@code buffer}, and its length; -1 when the
   * word has a letter outside Basic Latin and Cyrillic, or is longer than the buffer.
   */
  private static int lowered(String text, int start, int end, char[] buffer) {
    if (end - start > buffer.length) {
      return -1;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char lower;
      if (c < 0x80) {
        lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= 0x400 && c <= 0x4FF) {
        lower = Character.toLowerCase(c);
        lower = lower == 'ё' ? 'е' : lower;
      } else if (c == '\u2019') {
        lower = '\'';
      } else {
        return -1;
      }
      buffer[i - start] = lower;
    }
    return end - start;
  }

  /** Strings numbered in the order added, found by their chars (open addressing). */
  private static final class Table {
    private char[][] entries = new char[64][];
    private int[] numbers = new int[64];
    private int size;

    int size() {
      return size;
    }

    /** The number of {@code s}, added when new. */
    int add(String s) {
      int found = find(s);
      if (found >= 0) {
        return found;
      }
      if ((size + 1) * 2 > entries.length) {
        grow();
      }
      put(s.toCharArray(), size);
      return size++;
    }

    int find(String s) {
      char[] chars = s.toCharArray();
      return find(chars, chars.length);
    }

    /** The number of the string of {@code chars[0, length)}, or -1. */
    int find(char[] chars, int length) {
      int mask = entries.length - 1;
      for (int slot = hash(chars, length) & mask; entries[slot] != null;
          slot = (slot + 1) & mask) {
        if (Arrays.equals(entries[slot], 0, entries[slot].length, chars, 0, length)) {
          return numbers[slot];
        }
      }
      return -1;
    }

    private void put(char[] chars, int number) {
      int mask = entries.length - 1;
      int slot = hash(chars, chars.length) & mask;
      while (entries[slot] != null) {
        slot = (slot + 1) & mask;
      }
      entries[slot] = chars;
      numbers[slot] = number;
    }

    private void grow() {
      char[][] old = entries;
      int[] oldNumbers = numbers;
      entries = new char[old.length * 2][];
      numbers = new int[old.length * 2];
      for (int i = 0; i < old.length; i++) {
        if (old[i] != null) {
          put(old[i], oldNumbers[i]);
        }
      }
    }

    private static int hash(char[] chars, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + chars[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
