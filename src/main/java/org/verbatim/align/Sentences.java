package org.verbatim.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, the units {@link SentenceAligner} pairs.
 *
 * <p>A sentence ends at {@code .}, {@code ?}, {@code !} or {@code …} (with any closing quotes
 * and brackets after it) when white space follows and the next word starts with a capital
 * letter, a digit or an opening quote or dash. A full stop does not end a sentence after an
 * initial (a single letter: {@code I. Lodygin}, {@code И.П. Лодыгин}) or after a known
 * abbreviation ({@code Mr.}, {@code Dr.}, {@code e.g.}, {@code т.е.}, {@code г.}…); a full stop
 * with no space after it never ends one ({@code I.Lodygin}, {@code И.П.Лодыгин}, {@code 3.5}).
 * A paragraph boundary always ends a sentence. Thread-safe.
 */
public final class Sentences {

  /** Abbreviations, lower-case and without their final full stop. */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st",
      "no", "vs", "etc", "e.g", "i.e", "jr", "sr", "gen", "col", "lt", "sen", "rep", "gov",
      "u.s", "u.k", "inc", "co", "ltd", "approx", "cf", "fig", "jan", "feb", "mar", "apr", "aug",
      "sept", "sep", "oct", "nov", "dec",
      "т.е", "т.д", "т.п", "т.к", "т.н", "т.ч", "др", "пр", "г", "гг", "см", "им", "ул", "д",
      "стр", "рис", "тыс", "млн", "млрд", "руб", "долл", "г-н", "г-жа", "акад", "проф", "ст",
      "напр", "англ", "рус");

  private Sentences() {}

  /** The sentences of {@code paragraphs}, in order, each trimmed; none empty. */
  public static List<String> of(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      split(paragraph, out);
    }
    return out;
  }

  /** The sentences of one paragraph. */
  public static List<String> of(String paragraph) {
    List<String> out = new ArrayList<>();
    split(paragraph, out);
    return out;
  }

  private static void split(String text, List<String> out) {
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && isCloser(text.charAt(end))) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= n || !opensSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      add(text.substring(start, end), out);
      start = next;
      i = next - 1;
    }
    add(text.substring(start), out);
  }

  private static void add(String sentence, List<String> out) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) {
      out.add(trimmed);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '«' || c == '“'
        || c == '(' || c == '[' || c == '—' || c == '–' || c == '-';
  }

  /** Whether the word before the full stop at {@code dot} is an initial or an abbreviation. */
  private static boolean isAbbreviation(String text, int from, int dot) {
    int begin = dot;
    while (begin > from && !Character.isWhitespace(text.charAt(begin - 1))
        && text.charAt(begin - 1) != '(' && text.charAt(begin - 1) != '«') {
      begin--;
    }
    String word = text.substring(begin, dot);
    String last = word.substring(word.lastIndexOf('.') + 1);
    if (last.length() == 1 && Character.isLetter(last.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
