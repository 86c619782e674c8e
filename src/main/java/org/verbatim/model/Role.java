package org.verbatim.model;

import java.util.Locale;

/**
 * The part a turn plays: a journalist's {@code QUESTION}, an official's {@code ANSWER}, or an
 * official's {@code REMARKS} (a statement, a speech, opening words, a briefing topic).
 */
public enum Role {
  QUESTION, ANSWER, REMARKS;

  /** The name used in JSON and queries. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role whose {@link #code()} is {@code code}; fails naming the value. */
  public static Role ofCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "Unknown role: '" + code + "' (allowed: question, answer, remarks)");
  }
}
