package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's lines, numbered from 1: the text between line breaks ({@code \n}, {@code \r\n} or
 * {@code \r}), each its own string.
 *
 * <p>Separate strings, not offsets into one text, so that a page's text is never one string: a
 * 100 MB page with a single curly quote would be a string of two bytes a char, while as lines only
 * the lines holding such a character are. {@link TextDecoder} decodes a page straight into lines;
 * a paragraph is its line stripped, mostly the very same string. A byte order mark at the very
 * start is not part of line 1. Not thread-safe; the body reader {@link #take}s each line for the
 * last time, which lets go of it.
 */
final class Lines {

  private final String[] lines;
  /** Characters cut off the start of lines, by line: rare, so made only when needed. */
  private java.util.Map<Integer, Integer> cuts;

  private Lines(String[] lines) {
    this.lines = lines;
  }

  /** The lines of a text; a text ending in a line break has no empty line after it. */
  static Lines of(String text) {
    return of(cut(text));
  }

  /**
   * Lines as {@link #cut} or {@link TextDecoder#lines} give them: the empty line after a final
   * line break is dropped.
   */
  static Lines of(List<String> cut) {
    int count = cut.size() > 1 && cut.get(cut.size() - 1).isEmpty() ? cut.size() - 1 : cut.size();
    String[] lines = cut.subList(0, count).toArray(String[]::new);
    if (count > 0 && lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    return new Lines(lines);
  }

  /**
   * The text between line breaks, in order: a text with {@code n} line breaks has {@code n + 1}
   * lines, the last one empty when the text ends in a line break. A mutable list.
   */
  static List<String> cut(String text) {
    List<String> lines = new ArrayList<>(Math.max(16, text.length() / 64));
    int length = text.length();
    int start = 0;
    for (int i = 0; ; i++) {
      char c = i < length ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      lines.add(text.substring(start, Math.min(i, length)));
      if (i >= length) {
        return lines;
      }
      if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
  }

  /** How many lines there are. */
  int count() {
    return lines.length;
  }

  /** Line {@code index} (from 0) as printed, without its line break. */
  String text(int index) {
    return lines[index];
  }

  /** Line {@code index} without the spaces at its ends ({@link #isSpace}). */
  String stripped(int index) {
    return strip(lines[index]);
  }

  /**
   * Line {@code index} stripped, for the last time: the line is let go of, so that a page's
   * lines and the paragraphs made of them are not both held. Asking for it again is a bug.
   */
  String take(int index) {
    String line = strip(lines[index]);
    lines[index] = null;
    return line;
  }

  /**
   * Cuts the first {@code from} characters off line {@code index} (as stripped): what is left of
   * a line once a stage took its start (a headline with a label glued after it).
   */
  void cutStart(int index, int from) {
    String stripped = strip(lines[index]);
    lines[index] = stripped.substring(from);
    if (cuts == null) {
      cuts = new java.util.HashMap<>();
    }
    cuts.put(index, from);
  }

  /** How many characters of line {@code index} (stripped) an earlier stage cut off its start. */
  int cut(int index) {
    return cuts == null ? 0 : cuts.getOrDefault(index, 0);
  }

  /** Whether line {@code index} holds nothing but spaces. */
  boolean isBlank(int index) {
    String line = lines[index];
    for (int i = 0; i < line.length(); i++) {
      if (!isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The length of line {@code index} as printed. */
  int length(int index) {
    return lines[index].length();
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
    if (c < 0x80) { // ASCII, as most characters are, without the JDK's Unicode tables
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
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
