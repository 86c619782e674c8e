package org.verbatim.parse;

/**
 * Cyrillic letters that look like Latin ones ({@code о} in {@code Jоhn}), read as the Latin
 * letters they pass for, so that a name typed with a stray Cyrillic letter is still the name.
 * Only for comparing; text is never changed. Stateless; thread-safe.
 */
final class Homoglyphs {

  private static final String CYRILLIC = "аеорсухіјѕАВЕКМНОРСТХІЈЅ";
  private static final String LATIN = "aeopcyxijsABEKMHOPCTXIJS";

  private Homoglyphs() {}

  /** {@code s} with every Cyrillic look-alike in a mostly Latin word made Latin. */
  static String fold(String s) {
    int latin = 0;
    int cyrillic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      } else if (c >= 'Ѐ' && c <= 'ӿ') {
        cyrillic++;
      }
    }
    if (cyrillic == 0 || latin < cyrillic) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int at = CYRILLIC.indexOf(c);
      out.append(at >= 0 ? LATIN.charAt(at) : c);
    }
    return out.toString();
  }
}
