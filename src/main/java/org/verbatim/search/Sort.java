package org.verbatim.search;

import java.util.Locale;

/** The order of search hits. Ties are broken by date, then by id, so paging is stable. */
public enum Sort {
  /** Best match first. */
  RELEVANCE,
  /** Newest publication date first; publications without a date last. */
  NEWEST,
  /** Oldest publication date first; publications without a date last. */
  OLDEST;

  /** The name used on the command line and in URLs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort called {@code code}; {@code date} means {@link #NEWEST}. Fails naming the value. */
  public static Sort ofCode(String code) {
    String c = code.toLowerCase(Locale.ROOT);
    if (c.equals("date")) {
      return NEWEST;
    }
    for (Sort sort : values()) {
      if (sort.code().equals(c)) {
        return sort;
      }
    }
    throw new IllegalArgumentException(
        "Unknown sort: '" + code + "' (allowed: relevance, date, newest, oldest)");
  }
}
