package org.verbatim.model;

import java.util.Locale;

/** What sort of text a publication is, as its title says. */
public enum Kind {
  INTERVIEW, BRIEFING, REMARKS, SPEECH, STATEMENT, ARTICLE, COMMENT, PRESS_RELEASE, OTHER;

  /** The name used in JSON, URLs and queries: lower case, with a hyphen ({@code press-release}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind whose {@link #code()} is {@code code}; fails naming the value and the codes allowed. */
  public static Kind ofCode(String code) {
    for (Kind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown kind: '" + code + "' (allowed: " + allowed() + ")");
  }

  private static String allowed() {
    StringBuilder out = new StringBuilder();
    for (Kind kind : values()) {
      out.append(out.isEmpty() ? "" : ", ").append(kind.code());
    }
    return out.toString();
  }
}
