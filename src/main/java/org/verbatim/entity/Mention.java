package org.verbatim.entity;

import java.util.Objects;

/**
 * One place a publication names an entity, as printed.
 *
 * @param turn  0 for the title, else the turn's number counting from 1 in reading order (as in
 *              the permalink {@code #tN})
 * @param start where the mention begins: a UTF-16 offset into the title, or into the turn's text,
 *              which is its paragraphs joined by a blank line ({@code "\n\n"})
 * @param end   where it ends, exclusive
 * @param text  the text from start to end, exactly as printed ({@code Лаврову}, {@code UN})
 */
public record Mention(int turn, int start, int end, String text) {

  public Mention {
    Objects.requireNonNull(text, "text");
    if (turn < 0 || start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("Not a mention: turn " + turn + ", " + start + "–" + end
          + ", '" + text + "'");
    }
  }
}
