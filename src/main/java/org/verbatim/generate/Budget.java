package org.verbatim.generate;

/** How many bytes of text a page still wants, counted as the page will be encoded. */
final class Budget {

  private final boolean utf8;
  private long left;

  Budget(long bytes, boolean utf8) {
    this.left = bytes;
    this.utf8 = utf8;
  }

  void charge(String text) {
    left -= (utf8 ? utf8Length(text) : text.length()) + 2;
  }

  /** The UTF-8 length of {@code text}, without encoding it. */
  static int utf8Length(CharSequence text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  boolean exhausted() {
    return left <= 0;
  }

  long left() {
    return left;
  }
}
