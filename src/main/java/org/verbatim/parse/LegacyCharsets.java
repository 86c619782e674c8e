package org.verbatim.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guesses which single-byte charset a page that is not UTF-8 was written in: Windows-1251 or
 * KOI8-R for Russian, Windows-1252 for the Latin languages.
 *
 * <p>Each candidate reads a sample of the page (the {@value #SAMPLE} bytes from just before the
 * first non-ASCII byte) through a 256-entry table, without decoding the page, and scores what it
 * would make of the non-ASCII bytes, word by word:
 *
 * <ul>
 *   <li>a Cyrillic word earns the log-likelihood of its letters in Russian against a uniform
 *       guess (о, е, а, и, н score high; ъ, ё, ф low), minus a point for every capital inside a
 *       word and two more for a capital straight after a small letter ({@code пРИВЕТ} is what
 *       Windows-1251 read as KOI8-R looks like, and the reverse);
 *   <li>a word mixing Cyrillic and Latin letters ({@code cafй}) loses two points per letter;
 *   <li>an accented Latin letter earns a point, and two accented letters side by side lose two and
 *       a half ({@code ïðèâåò} is Russian read as Windows-1252);
 *   <li>typographic punctuation (quotes, dashes, no-break space, №) earns half a point, and box
 *       drawing or mathematical signs (KOI8-R's 0x80–0xBF) lose two.
 * </ul>
 *
 * <p>A candidate that has no character for some byte of the sample drops out. Ties go to
 * Windows-1252, then Windows-1251. Thread-safe: the tables are built once and only read.
 */
final class LegacyCharsets {

  /** How many bytes are scored. */
  static final int SAMPLE = 8 * 1024;

  /** Letter frequencies of Russian prose, in per cent. */
  private static final String LETTERS = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
  private static final double[] PERCENT = {
    10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62,
    2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32,
    0.26, 0.04, 0.04,
  };
  private static final double[] LOG_RATIO = new double[PERCENT.length];

  static {
    double uniform = 100.0 / LETTERS.length();
    for (int i = 0; i < PERCENT.length; i++) {
      LOG_RATIO[i] = Math.log(PERCENT[i] / uniform);
    }
  }

  /**
   * For each character U+0400–U+04FF, the log-likelihood of its small letter (-2 when Russian has
   * none), and whether it is a capital: looked up, not worked out per letter, as scoring runs over
   * every Cyrillic letter of the sample.
   */
  private static final double[] CYRILLIC_SCORE = new double[0x100];
  private static final boolean[] CYRILLIC_CAPITAL = new boolean[0x100];

  static {
    for (char c = 0x400; c <= 0x4FF; c++) {
      char lower = Character.toLowerCase(c);
      int index = LETTERS.indexOf(lower);
      CYRILLIC_SCORE[c - 0x400] = index < 0 ? -2 : LOG_RATIO[index];
      CYRILLIC_CAPITAL[c - 0x400] = c != lower;
    }
  }

  /** A charset, what each byte is in it, and which bytes are letters (looked up per byte). */
  private record Candidate(Charset charset, char[] table, boolean[] unmappable, boolean[] letters) {
    static Candidate of(String name) {
      Charset charset = Charset.forName(name);
      CharsetDecoder decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      char[] table = new char[256];
      boolean[] unmappable = new boolean[256];
      for (int b = 0; b < 256; b++) {
        try {
          table[b] = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b})).get();
        } catch (CharacterCodingException e) {
          unmappable[b] = true; // a byte this charset leaves undefined: it rules the charset out
        }
      }
      boolean[] letters = new boolean[256];
      for (int b = 0; b < 256; b++) {
        letters[b] = !unmappable[b] && Character.isLetter(table[b]);
      }
      return new Candidate(charset, table, unmappable, letters);
    }
  }

  private static final List<Candidate> CANDIDATES = List.of(
      Candidate.of("windows-1252"), Candidate.of("windows-1251"), Candidate.of("KOI8-R"));

  private LegacyCharsets() {}

  /**
   * The candidate charsets for {@code bytes[from..]}, best first, leaving out those that have no
   * character for a byte of the sample.
   */
  static List<Charset> ranked(byte[] bytes, int from) {
    int firstHigh = from;
    while (firstHigh < bytes.length && bytes[firstHigh] >= 0) {
      firstHigh++;
    }
    int start = Math.max(from, firstHigh - 1024);
    int end = (int) Math.min(bytes.length, (long) start + SAMPLE);
    record Scored(Charset charset, double score, int order) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < CANDIDATES.size(); i++) {
      Candidate candidate = CANDIDATES.get(i);
      double score = score(bytes, start, end, candidate);
      if (score != Double.NEGATIVE_INFINITY) {
        scored.add(new Scored(candidate.charset(), score, i));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::order));
    return scored.stream().map(Scored::charset).toList();
  }

  /** How Russian- or Latin-like the sample reads in this charset; minus infinity if it cannot. */
  private static double score(byte[] bytes, int start, int end, Candidate candidate) {
    Word word = new Word();
    double total = 0;
    char previous = ' ';
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (candidate.unmappable()[b]) {
        return Double.NEGATIVE_INFINITY;
      }
      char c = candidate.table()[b];
      if (candidate.letters()[b]) {
        word.add(c, b >= 0x80, previous);
      } else {
        total += word.end();
        if (b >= 0x80) {
          total += symbolScore(c);
        }
      }
      previous = c;
    }
    return total + word.end();
  }

  /** The score of a character that is not a letter, from a byte above 0x7F. */
  private static double symbolScore(char c) {
    if ((c >= 0x2500 && c <= 0x25FF) || (c >= 0x2320 && c <= 0x2321)
        || Character.getType(c) == Character.MATH_SYMBOL || Character.isISOControl(c)) {
      return -2;
    }
    return switch (Character.getType(c)) {
      case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.SPACE_SEPARATOR -> 0.5;
      default -> c == '№' || c == '…' || c == '•' ? 0.5 : 0;
    };
  }

  /** The running score of one word (a run of letters). */
  private static final class Word {
    private int letters;
    private int cyrillic;
    private int latin;
    private int accented;
    private int accentedPairs;
    private boolean high;
    private boolean previousAccented;
    private double cyrillicScore;

    void add(char c, boolean fromHighByte, char previous) {
      letters++;
      high |= fromHighByte;
      if (c >= 0x400 && c <= 0x4FF) {
        cyrillic++;
        cyrillicScore += cyrillicScore(c, previous);
        previousAccented = false;
      } else {
        latin++;
        boolean isAccented = c >= 0x80;
        if (isAccented) {
          accented++;
          if (previousAccented) {
            accentedPairs++;
          }
        }
        previousAccented = isAccented;
      }
    }

    double end() {
      double score;
      if (!high) {
        score = 0;
      } else if (cyrillic > 0 && latin > 0) {
        score = -2.0 * letters;
      } else if (cyrillic > 0) {
        score = cyrillicScore;
      } else {
        score = accented - 2.5 * accentedPairs;
      }
      letters = cyrillic = latin = accented = accentedPairs = 0;
      high = previousAccented = false;
      cyrillicScore = 0;
      return score;
    }

    /** The score of Cyrillic letter {@code c} (U+0400–U+04FF) after {@code previous}. */
    private static double cyrillicScore(char c, char previous) {
      double score = CYRILLIC_SCORE[c - 0x400];
      if (CYRILLIC_CAPITAL[c - 0x400] && Character.isLetter(previous)) {
        score -= Character.isLowerCase(previous) ? 3 : 1;
      }
      return score;
    }
  }
}
