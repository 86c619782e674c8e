package org.verbatim.model;

import java.util.Objects;

/**
 * Something in a page that was repaired, guessed or left out while reading it.
 *
 * @param line    the 1-based line of the page's text it concerns (0 for the page as a whole)
 * @param message what was found and what was done, in one sentence
 */
public record ParseWarning(int line, String message) {
  public ParseWarning {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
