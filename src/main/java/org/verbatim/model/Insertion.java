package org.verbatim.model;

/**
 * An editorial insertion inside a turn's paragraph, such as {@code [postponing of the]} or
 * {@code (Applause)}: text the publisher added, not words the speaker said.
 *
 * @param paragraph index of the paragraph in {@link Turn#paragraphs()}, from 0
 * @param start     offset of the opening bracket in that paragraph, in UTF-16 units
 * @param end       offset just after the closing bracket
 * @param text      the insertion as printed, brackets included
 */
public record Insertion(int paragraph, int start, int end, String text) {
  public Insertion {
    if (paragraph < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "Bad insertion span: paragraph " + paragraph + ", " + start + ".." + end);
    }
  }
}
