package org.verbatim.parse;

import java.text.Normalizer;

/**
 * Unicode NFC, cheap when the text is NFC already, as nearly every page is. The JDK's
 * {@link Normalizer#isNormalized} reads Cyrillic at well under 100 MB/s; most pages, though, are
 * made only of characters that are NFC whatever stands around them (starters that neither
 * decompose nor compose with a neighbour: Latin-1 and Latin Extended, Cyrillic letters, general
 * punctuation such as ’ “ ” – — …), and a table of those answers for them at memory speed.
 */
final class Nfc {

  private static final boolean[] INERT = new boolean[0x10000];

  static {
    int[][] ranges = {
      {0x0000, 0x02FF}, // ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
      {0x0400, 0x0482}, {0x048A, 0x052F}, // Cyrillic, without its combining marks U+0483–U+0489
      {0x2002, 0x205E}, // spaces, dashes, quotes, bullets, ellipsis (U+2000, U+2001 decompose)
      {0x20AC, 0x20AC}, {0x2116, 0x2116}, {0x2122, 0x2122}, // € № ™
    };
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        INERT[c] = true;
      }
    }
  }

  private Nfc() {}

  /** The text in NFC: itself when it is NFC already. */
  static String of(String text) {
    if (isInert(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Whether every character is one that NFC leaves as it is wherever it stands. */
  static boolean isInert(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!INERT[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }

  /** Whether this one character is in the table (for the test that checks the table). */
  static boolean isInert(char c) {
    return INERT[c];
  }
}
