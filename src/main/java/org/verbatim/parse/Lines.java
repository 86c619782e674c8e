package org.verbatim.parse;

import java.util.Arrays;

/**
 * A page's text cut into lines at {@code \n}, {@code \r\n} or {@code \r}, numbered from 1.
 *
 * <p>Lines are kept as offsets into the one text, not as copies, so a 100 MB page costs a few
 * int arrays more than its text; {@link #text(int)} cuts a line out only when asked. A byte order
 * mark at the very start is not part of line 1. Not thread-safe to build; immutable after.
 */
final class Lines {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Lines(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  static Lines of(String text) {
    int[] starts = new int[Math.max(16, text.length() / 64)];
    int[] ends = new int[starts.length];
    int count = 0;
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int length = text.length();
    int i = start;
    while (true) {
      while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
      if (i >= length) {
        break;
      }
      i += text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
      start = i;
      if (i >= length) {
        break;
      }
    }
    return new Lines(text, starts, ends, count);
  }

  /** How many lines there are; a text ending in a line break has no empty line after it. */
  int count() {
    return count;
  }

  /** Line {@code index} (from 0) as printed, without its line break. */
  String text(int index) {
    return text.substring(starts[index], ends[index]);
  }

  /** Line {@code index} without the spaces at its ends ({@link #isSpace}). */
  String stripped(int index) {
    int from = starts[index];
    int to = ends[index];
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Whether line {@code index} holds nothing but spaces. */
  boolean isBlank(int index) {
    for (int i = starts[index]; i < ends[index]; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The length of line {@code index} as printed. */
  int length(int index) {
    return ends[index] - starts[index];
  }

  /** The 1-based number of line {@code index}, as warnings print it. */
  static int number(int index) {
    return index + 1;
  }

  /**
   * What counts as space around a line or paragraph: Java whitespace plus the no-break and other
   * Unicode space separators that scraped pages are full of, and a stray byte order mark.
   */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\uFEFF';
  }

  /** {@code s} without spaces at its ends, by {@link #isSpace}. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }
}
