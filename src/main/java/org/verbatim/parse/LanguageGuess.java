package org.verbatim.parse;

import java.util.Map;

/**
 * The language of a page's own text, from a sample of its body, as its paragraphs come:
 *
 * <ul>
 *   <li>by script first: Chinese when Han characters are most of the letters, Cyrillic or Latin
 *       otherwise;
 *   <li>Cyrillic: Ukrainian when its own letters ({@code і ї є ґ}) outnumber Russian's own
 *       ({@code ы э ъ ё}), Russian otherwise;
 *   <li>Latin: English, French, German or Spanish by their commonest short words, English winning
 *       ties.
 * </ul>
 * A page whose paragraphs alternate between Chinese and another script (every turn printed in
 * both) is {@link #bilingual}: its language is that of its first paragraph. Null when the sample
 * has no letters at all. Not thread-safe: one per page.
 */
final class LanguageGuess {

  /** How much body text is looked at: enough to be sure, little enough to be quick. */
  static final int SAMPLE = 1_024;
  /** How many paragraphs are looked at for a second script. */
  private static final int PARAGRAPHS = 24;

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

  private final StringBuilder sample = new StringBuilder();
  private int paragraphs;
  private int hanParagraphs;
  private int otherParagraphs;
  private String first;

  /** Adds a paragraph of the body, in reading order. */
  void add(String paragraph) {
    if (paragraphs < PARAGRAPHS) {
      paragraphs++;
      String script = script(paragraph);
      if (script != null) {
        if (first == null) {
          first = script;
        }
        if (script.equals("zh")) {
          hanParagraphs++;
        } else {
          otherParagraphs++;
        }
      }
    }
    if (sample.length() < SAMPLE) {
      sample.append(paragraph, 0, Math.min(paragraph.length(), SAMPLE - sample.length()))
          .append('\n');
    }
  }

  /** The language of the paragraphs added, or null when they have no letters. */
  String language() {
    if (bilingual() != null) {
      return first.equals("zh") ? "zh" : of(latinOrCyrillic());
    }
    return of(sample);
  }

  /**
   * The second language of a page printed in two, Chinese and another, each paragraph in one of
   * them; null for a page in one language.
   */
  String bilingual() {
    if (hanParagraphs < 2 || otherParagraphs < 2 || first == null) {
      return null;
    }
    int least = Math.min(hanParagraphs, otherParagraphs);
    if (least * 10 < (hanParagraphs + otherParagraphs) * 3) {
      return null;
    }
    return first.equals("zh") ? of(latinOrCyrillic()) : "zh";
  }

  private CharSequence latinOrCyrillic() {
    StringBuilder out = new StringBuilder(sample.length());
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!isHan(c)) {
        out.append(c);
      }
    }
    return out;
  }

  /** {@code zh} for a paragraph whose first letter is Chinese, {@code x} for another letter. */
  private static String script(String paragraph) {
    for (int i = 0; i < paragraph.length() && i < 40; i++) {
      char c = paragraph.charAt(i);
      if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        return isHan(c) ? "zh" : "x";
      }
    }
    return null;
  }

  private static boolean isHan(char c) {
    return c >= '\u3400' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The language of {@code sample} alone: for a title when the body says nothing. */
  static String of(CharSequence sample) {
    int cyrillic = 0;
    int latin = 0;
    int han = 0;
    int ukrainian = 0;
    int russian = 0;
    int[] votes = new int[CODES.length];
    char[] word = new char[LONGEST_WORD + 1];
    int letters = 0; // of the current word; one more than the longest marks it too long
    boolean ascii = true;
    int length = Math.min(sample.length(), SAMPLE);
    for (int i = 0; i <= length; i++) {
      char c = i < length ? sample.charAt(i) : ' ';
      boolean asciiLetter = c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      if (asciiLetter || c >= 0x80 && Character.isLetter(c)) {
        if (asciiLetter) {
          latin++;
        } else if (c >= 'Ѐ' && c <= 'ӿ') {
          cyrillic++;
          ascii = false;
          switch (c) {
            case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> ukrainian++;
            case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> russian++;
            default -> { }
          }
        } else if (c < 0x250) {
          latin++;
          ascii = false;
        } else {
          ascii = false;
          if (isHan(c)) {
            han++;
          }
        }
        if (letters <= LONGEST_WORD) {
          word[letters] = asciiLetter ? (char) (c | 0x20) : Character.toLowerCase(c);
        }
        letters++;
      } else if (letters > 0) {
        // Only short words of plain Latin letters are looked up: all the words voting are.
        if (ascii && letters <= LONGEST_WORD) {
          Integer language = WORDS.get(new String(word, 0, letters));
          if (language != null) {
            votes[language]++;
          }
        }
        letters = 0;
        ascii = true;
      }
    }
    if (cyrillic == 0 && latin == 0 && han == 0) {
      return null;
    }
    if (han * 2 >= cyrillic + latin) {
      return "zh";
    }
    if (cyrillic > latin) {
      return ukrainian > russian ? "uk" : "ru";
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
