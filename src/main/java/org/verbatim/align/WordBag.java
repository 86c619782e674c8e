package org.verbatim.align;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * A turn as {@link RevisionAligner} compares it: its role and the words of its paragraphs
 * (letters and digits, Unicode NFKC, lower case), each with how often it occurs.
 *
 * @param role  the role, or null for two turns of different roles taken together
 * @param words each word and its count
 * @param size  how many words in all
 */
record WordBag(Role role, Map<String, Integer> words, int size) {

  static WordBag of(Turn turn) {
    Map<String, Integer> words = new HashMap<>();
    int size = 0;
    for (String paragraph : turn.paragraphs()) {
      String folded = Normalizer.normalize(paragraph, Normalizer.Form.NFKC)
          .toLowerCase(Locale.ROOT);
      int k = 0;
      while (k < folded.length()) {
        int cp = folded.codePointAt(k);
        if (!Character.isLetterOrDigit(cp)) {
          k += Character.charCount(cp);
          continue;
        }
        int start = k;
        while (k < folded.length() && Character.isLetterOrDigit(folded.codePointAt(k))) {
          k += Character.charCount(folded.codePointAt(k));
        }
        words.merge(folded.substring(start, k), 1, Integer::sum);
        size++;
      }
    }
    return new WordBag(turn.role(), words, size);
  }

  /** This turn and {@code next} taken together. */
  WordBag plus(WordBag next) {
    Map<String, Integer> both = new HashMap<>(words);
    next.words.forEach((word, count) -> both.merge(word, count, Integer::sum));
    return new WordBag(role == next.role ? role : null, both, size + next.size);
  }

  /** How many words the two bags share, each counted as often as it is in both. */
  int common(WordBag other) {
    Map<String, Integer> small = words.size() <= other.words.size() ? words : other.words;
    Map<String, Integer> large = small == words ? other.words : words;
    int common = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      common += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
    }
    return common;
  }
}
