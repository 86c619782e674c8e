package org.verbatim.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The order of a concordance's lines. {@link #DATE} is the index's order (oldest publication
 * first, then by turn, then by place in the turn); the others sort by a word beside the keyword,
 * as AntConc does: {@code left1} by the word just before it, {@code left2} by the one before that,
 * {@code right1} by the word just after it… Ties are broken by the words further out on the same
 * side, then by date order. Words compare case- and accent-insensitively in their base letters
 * first (the root locale's collation); a line with no word there sorts first.
 */
public enum KwicSort {
  DATE(0), LEFT1(-1), LEFT2(-2), LEFT3(-3), RIGHT1(1), RIGHT2(2), RIGHT3(3);

  private final int position;

  KwicSort(int position) {
    this.position = position;
  }

  /** The word sorted by: -1 the first to the left, 1 the first to the right; 0 for date order. */
  int position() {
    return position;
  }

  /** The name used in URLs and on the command line: {@code date}, {@code left1} … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort called {@code code}; fails naming the value and those allowed. */
  public static KwicSort ofCode(String code) {
    for (KwicSort sort : values()) {
      if (sort.code().equals(code.toLowerCase(Locale.ROOT))) {
        return sort;
      }
    }
    throw new IllegalArgumentException("Unknown concordance sort: '" + code + "' (allowed: "
        + String.join(", ", Arrays.stream(values()).map(KwicSort::code).toList()) + ")");
  }
}
