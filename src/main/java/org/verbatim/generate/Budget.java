package org.verbatim.generate;

import java.nio.charset.StandardCharsets;

/** How many bytes of text a page still wants, counted as the page will be encoded. */
final class Budget {

  private final boolean utf8;
  private long left;

  Budget(long bytes, boolean utf8) {
    this.left = bytes;
    this.utf8 = utf8;
  }

  void charge(String text) {
    left -= (utf8 ? text.getBytes(StandardCharsets.UTF_8).length : text.length()) + 2;
  }

  boolean exhausted() {
    return left <= 0;
  }

  long left() {
    return left;
  }
}
