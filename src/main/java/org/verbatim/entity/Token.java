package org.verbatim.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A word of a text: a run of letters and digits, or one ideograph (so that Chinese names match
 * character by character). Hyphens, apostrophes and other punctuation separate words. Where a
 * word is said is kept apart, in {@link Words}.
 *
 * <p>What the scans ask of every word (its case, whether it is a number, its forms) is worked out
 * once: a page has tens of thousands of words, each asked many times, and a word said again is
 * the same token.
 */
final class Token {

  private final String surface;
  private final String norm;
  private final boolean cyrillic;
  private final boolean capitalised;
  private final boolean upperCase;
  private final boolean number;
  /**
   * The catalogue that gave its {@link #forms} once asked ({@link Catalogue#forms(Token)}), and
   * their {@link Catalogue.WordForms#begins()}, kept on the token itself: a scan asks every word
   * for them, and reading them here costs no object beside the token. Plain fields: a token
   * belongs to the thread that split it ({@link #words} keeps each thread's words apart).
   */
  private Catalogue formsOf;
  private Catalogue.WordForms forms;
  private int begins;

  /** Its keys as a surname as one set of name rules gives them, once asked. */
  private SurnameKeysIn surnameKeys;

  /** The catalogue that gave its {@link #foreignSurname}, once asked. */
  private Catalogue foreignSurnameOf;
  private Named foreignSurname;

  /** A word's keys as a surname, by the name rules that gave them. */
  private record SurnameKeysIn(PersonNames names, List<String> keys) {}

  /**
   * @param surface     the word as printed
   * @param norm        lower case, {@code ё} as {@code е}
   * @param cyrillic    whether it is written in Cyrillic (and so looked up in the dictionary)
   * @param capitalised whether its first letter is a capital (upper or title case)
   * @param upperCase   whether it has two chars or more and every letter is a capital
   *                    ({@code UN}, {@code ООН})
   * @param number      whether it is all digits
   */
  Token(String surface, String norm, boolean cyrillic, boolean capitalised, boolean upperCase,
      boolean number) {
    this.surface = surface;
    this.norm = norm;
    this.cyrillic = cyrillic;
    this.capitalised = capitalised;
    this.upperCase = upperCase;
    this.number = number;
  }

  String surface() {
    return surface;
  }

  String norm() {
    return norm;
  }

  boolean cyrillic() {
    return cyrillic;
  }

  boolean capitalised() {
    return capitalised;
  }

  boolean upperCase() {
    return upperCase;
  }

  boolean number() {
    return number;
  }

  /** Its forms as {@code catalogue} gave them before, or null. */
  Catalogue.WordForms formsIn(Catalogue catalogue) {
    return formsOf == catalogue ? forms : null;
  }

  /** Whether it keeps the forms {@code catalogue} gave it ({@link #keepForms}). */
  boolean hasFormsIn(Catalogue catalogue) {
    return formsOf == catalogue;
  }

  /** {@link Catalogue.WordForms#begins()} of the forms it keeps ({@link #hasFormsIn}). */
  int begins() {
    return begins;
  }

  /** Keeps the forms {@code catalogue} gives this word. */
  void keepForms(Catalogue catalogue, Catalogue.WordForms wordForms) {
    forms = wordForms;
    begins = wordForms.begins();
    formsOf = catalogue;
  }

  /** Whether it keeps the catalogue person {@code catalogue} found it names ({@link #foreignSurname}). */
  boolean hasForeignSurnameIn(Catalogue catalogue) {
    return foreignSurnameOf == catalogue;
  }

  /** The catalogue person it names as a foreign surname in another case, as kept; or null. */
  Named foreignSurname() {
    return foreignSurname;
  }

  /** Keeps the catalogue person (or null) {@code catalogue} finds this word names. */
  void keepForeignSurname(Catalogue catalogue, Named person) {
    foreignSurname = person;
    foreignSurnameOf = catalogue;
  }

  /** Its keys as a surname as {@code names} gave them before, or null. */
  List<String> surnameKeysIn(PersonNames names) {
    SurnameKeysIn known = surnameKeys;
    return known != null && known.names() == names ? known.keys() : null;
  }

  /** Keeps the keys as a surname that {@code names} gives this word. */
  void keepSurnameKeys(PersonNames names, List<String> keys) {
    surnameKeys = new SurnameKeysIn(names, keys);
  }

  @Override
  public String toString() {
    return surface;
  }

  /**
   * The words of a text in order, with where each is said.
   *
   * @param tokens the words
   * @param starts the UTF-16 offset of each word's first char; a word ends its surface's length
   *               later
   */
  record Words(List<Token> tokens, int[] starts) {

    int size() {
      return tokens.size();
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return starts[i] + tokens.get(i).surface().length();
    }
  }

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * The words each thread has split lately, by their chars: a page says most of its words many
   * times, and an archive's pages say mostly the same words, whose strings and facts are then
   * shared rather than made again.
   */
  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** The words of {@code text} in order. */
  static List<Token> split(String text) {
    return words(text).tokens();
  }

  /** The words of {@code text} in order, with where each is. */
  static Words words(String text) {
    int n = text.length();
    Seen seen = SEEN.get();
    Token[] tokens = seen.tokens;
    int[] starts = seen.starts;
    int size = 0;
    int i = 0;
    while (i < n) {
      char first = text.charAt(i);
      int end;
      Token word;
      if (first < 128 && !asciiWordChar(first)) {
        i++;
        continue;
      }
      int c = first < 128 ? first : text.codePointAt(i);
      if (first >= 128 && ideograph(c)) {
        end = i + Character.charCount(c);
        word = token(text, i, end);
      } else if (first >= 128 && !wordChar(c)) {
        i += Character.charCount(c);
        continue;
      } else {
        end = i;
        boolean ascii = true;
        int hash = 0;
        while (end < n) {
          char d = text.charAt(end);
          if (d < 128) {
            if (!asciiWordChar(d)) {
              break;
            }
            hash = 31 * hash + d;
            end++;
            continue;
          }
          if (d >= 0x400 && d <= 0x4FF && cyrillicWordChar(d)) { // most chars of Russian pages
            ascii = false;
            hash = 31 * hash + d;
            end++;
            continue;
          }
          int e = text.codePointAt(end);
          if (!wordChar(e) || ideograph(e)) {
            break;
          }
          ascii = false;
          for (int k = end + Character.charCount(e); end < k; end++) {
            hash = 31 * hash + text.charAt(end);
          }
        }
        word = seen.find(text, i, end, hash);
        if (word == null) {
          word = ascii ? asciiToken(text, i, end) : token(text, i, end);
          seen.add(word, hash);
        }
      }
      if (size == tokens.length) {
        tokens = seen.tokens = Arrays.copyOf(tokens, 2 * size);
        starts = seen.starts = Arrays.copyOf(starts, 2 * size);
      }
      tokens[size] = word;
      starts[size] = i;
      size++;
      i = end;
    }
    Words words = new Words(Arrays.asList(Arrays.copyOf(tokens, size)),
        Arrays.copyOf(starts, size));
    if (tokens.length > Seen.KEPT) { // a huge page's buffers are not held by the thread after it
      seen.tokens = new Token[Seen.KEPT];
      seen.starts = new int[Seen.KEPT];
    }
    return words;
  }

  /**
   * Words split lately by one thread, found by their chars (open addressing over their
   * surfaces); emptied when half full, so that it stays small whatever the archive says. Also
   * where the thread gathers a text's words before they are copied out at their number.
   *
   * <p>Each slot's hash, length and place in {@link #pool} are one {@code long} of {@link #slots},
   * and the chars of the words lie one after the other in the pool: a look-up reads one array
   * element a probe, then the chars, and the token only once it has found it. Reading each
   * probed token's surface string instead (three objects, anywhere in the heap) made this the
   * costliest step of recognition inside an ingest, whose index threads keep the caches busy.
   */
  private static final class Seen {
    private static final int SLOTS = 1 << 14;
    /** The chars the pool holds: an offset in it fits 16 bits, as does a kept word's length. */
    private static final int POOL = 1 << 16;
    private final Token[] words = new Token[SLOTS];
    /** Hash, length and offset of each slot's word (0: an empty slot; no word is empty). */
    private final long[] slots = new long[SLOTS];
    private final char[] pool = new char[POOL];
    private int pooled;
    private int size;
    /** The most words the buffers keep room for between texts. */
    private static final int KEPT = 1 << 16;
    private Token[] tokens = new Token[1024];
    private int[] starts = new int[1024];

    /**
     * The word of {@code text[start, end)} split before, or null; {@code hash} is
     * {@link String#hashCode()} of those chars.
     */
    Token find(String text, int start, int end, int hash) {
      int length = end - start;
      long wanted = (long) hash << 32 | (long) length << 16;
      for (int slot = spread(hash) & (SLOTS - 1); slots[slot] != 0;
          slot = (slot + 1) & (SLOTS - 1)) {
        long kept = slots[slot];
        if ((kept & ~0xFFFFL) == wanted && pooled(text, start, length, (int) kept & 0xFFFF)) {
          return words[slot];
        }
      }
      return null;
    }

    private boolean pooled(String text, int start, int length, int offset) {
      for (int k = 0; k < length; k++) {
        if (text.charAt(start + k) != pool[offset + k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Keeps {@code word}, whose surface's {@link String#hashCode()} is {@code hash}; a word of
     * {@value #POOL} chars or more is not kept.
     */
    void add(Token word, int hash) {
      int length = word.surface().length();
      if (length >= POOL) {
        return;
      }
      if (2 * (size + 1) > SLOTS || pooled + length > POOL) {
        Arrays.fill(slots, 0L);
        Arrays.fill(words, null);
        size = 0;
        pooled = 0;
      }
      int slot = spread(hash) & (SLOTS - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      words[slot] = word;
      slots[slot] = (long) hash << 32 | (long) length << 16 | pooled;
      word.surface().getChars(0, length, pool, pooled);
      pooled += length;
      size++;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private static boolean asciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** A word of ASCII letters and digits, its facts found in one pass over its chars. */
  private static Token asciiToken(String text, int start, int end) {
    String surface = text.substring(start, end);
    boolean upper = false;
    boolean lower = false;
    boolean digits = true;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
        digits = false;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
        digits = false;
      }
    }
    char first = surface.charAt(0);
    String norm = upper ? surface.toLowerCase(Locale.ROOT) : surface;
    return new Token(surface, norm, false, first >= 'A' && first <= 'Z',
        surface.length() > 1 && !lower, digits);
  }

  /**
   * ASCII and the Cyrillic block answered at once: most chars of most pages are, and the general
   * tests cost more.
   */
  static boolean wordChar(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (c >= 0x400 && c <= 0x4FF) {
      return cyrillicWordChar(c);
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Of the Cyrillic block (U+0400–U+04FF), all but a sign and two enclosing marks. */
  private static boolean cyrillicWordChar(int c) {
    return c != 0x482 && c != 0x488 && c != 0x489;
  }

  /** No ideograph comes before U+2E80 (CJK radicals). */
  private static boolean ideograph(int c) {
    return c >= 0x2E80 && Character.isIdeographic(c);
  }

  private static Token token(String text, int start, int end) {
    String surface = text.substring(start, end);
    int first = surface.codePointAt(0);
    // No Cyrillic letter comes before U+0400.
    boolean cyrillic = first >= 0x400
        && Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC;
    boolean capitalised = Character.isUpperCase(first) || Character.isTitleCase(first);
    return new Token(surface, normalise(surface), cyrillic, capitalised, upperCase(surface),
        number(surface));
  }

  private static boolean upperCase(String surface) {
    if (surface.length() < 2) {
      return false;
    }
    for (int i = 0; i < surface.length(); ) {
      int c = surface.codePointAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean number(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      if (!Character.isDigit(surface.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
