package org.verbatim.parse;

import java.util.Map;

/**
 * The language of a page's own text, from a sample of its body: Russian when Cyrillic letters
 * outnumber Latin ones; otherwise English, French, German or Spanish by their commonest short
 * words, English winning ties. Null when the sample has no letters at all.
 */
final class LanguageGuess {

  /** How much body text is looked at: enough to be sure, little enough to be quick. */
  static final int SAMPLE = 2_048;

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("the", 0), Map.entry("and", 0), Map.entry("of", 0), Map.entry("to", 0),
      Map.entry("is", 0), Map.entry("that", 0), Map.entry("we", 0), Map.entry("this", 0),
      Map.entry("with", 0), Map.entry("are", 0),
      Map.entry("le", 1), Map.entry("les", 1), Map.entry("des", 1), Map.entry("et", 1),
      Map.entry("est", 1), Map.entry("nous", 1), Map.entry("une", 1), Map.entry("du", 1),
      Map.entry("dans", 1), Map.entry("pour", 1), Map.entry("avec", 1), Map.entry("qui", 1),
      Map.entry("der", 2), Map.entry("die", 2), Map.entry("und", 2), Map.entry("das", 2),
      Map.entry("ist", 2), Map.entry("nicht", 2), Map.entry("wir", 2), Map.entry("mit", 2),
      Map.entry("den", 2), Map.entry("zu", 2), Map.entry("ein", 2), Map.entry("eine", 2),
      Map.entry("el", 3), Map.entry("los", 3), Map.entry("las", 3), Map.entry("y", 3),
      Map.entry("es", 3), Map.entry("del", 3), Map.entry("con", 3), Map.entry("por", 3),
      Map.entry("una", 3), Map.entry("para", 3), Map.entry("nosotros", 3), Map.entry("muy", 3));
  private static final int LONGEST_WORD = 8;
  private static final String[] CODES = {"en", "fr", "de", "es"};

  private LanguageGuess() {}

  static String of(CharSequence sample) {
    int cyrillic = 0;
    int latin = 0;
    int[] votes = new int[CODES.length];
    StringBuilder word = new StringBuilder();
    int length = Math.min(sample.length(), SAMPLE);
    for (int i = 0; i <= length; i++) {
      char c = i < length ? sample.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (c >= 'А' && c <= 'ё' || c == 'Ё') {
          cyrillic++;
        } else if (c < 0x250) {
          latin++;
        }
        if (word.length() <= LONGEST_WORD) { // one more than the longest: marks it too long
          word.append(Character.toLowerCase(c));
        }
      } else if (!word.isEmpty()) {
        Integer language = word.length() > LONGEST_WORD ? null : WORDS.get(word.toString());
        if (language != null) {
          votes[language]++;
        }
        word.setLength(0);
      }
    }
    if (cyrillic == 0 && latin == 0) {
      return null;
    }
    if (cyrillic > latin) {
      return "ru";
    }
    int best = 0;
    for (int i = 1; i < votes.length; i++) {
      if (votes[i] > votes[best]) {
        best = i;
      }
    }
    return CODES[best];
  }
}
