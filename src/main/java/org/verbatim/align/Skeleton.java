package org.verbatim.align;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The consonant skeleton of a word in Latin letters, so that a name compares equal across
 * scripts and grammatical endings: {@code Lodygin}, {@code Лодыгин} and {@code Лодыгина} all give
 * {@code ldgn}; {@code Sverbeev} and {@code Свербеев} give {@code svrbv}. Russian letters are
 * romanised by a fixed table close to BGN/PCGN, then vowels (and {@code y}, which stands for
 * vowels in romanisations) are dropped, and the spellings English gives one sound are made one
 * ({@code kh} and {@code h}; {@code c} before anything but {@code h}, and {@code k}; {@code w} and
 * {@code v}): {@code Hanoi} and {@code Ханое} give {@code hn}, {@code Moscow} and {@code Москве}
 * {@code mskv}. A table rather than ICU's transliterator: only the skeleton is compared, and the
 * table took about 0.2 µs a word where the transliterator took about 7 µs, for the few hundred
 * names of a long version.
 */
final class Skeleton {

  // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
  private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y",
      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
      "y", "", "e", "yu", "ya"};

  private Skeleton() {}

  /** The skeleton of {@code word}: lower-case Latin consonants only; may be empty. */
  static String of(String word) {
    StringBuilder latin = new StringBuilder(word.length() + 4);
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'а' && c <= 'я') {
        latin.append(CYRILLIC[c - 'а']);
      } else if (c == 'ё') {
        latin.append('e');
      } else if (c >= 'a' && c <= 'z') {
        latin.append(c == 'w' ? 'v' : c);
      } else if (c > 127 && Character.isLetter(c)) {
        String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = bare.charAt(0);
        if (base >= 'a' && base <= 'z') {
          latin.append(base);
        }
      }
    }
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      boolean beforeH = i + 1 < latin.length() && latin.charAt(i + 1) == 'h';
      if (c == 'k' && beforeH) {
        continue;
      }
      if ("aeiouy".indexOf(c) < 0) {
        out.append(c == 'c' && !beforeH ? 'k' : c);
      }
    }
    return out.toString();
  }
}
