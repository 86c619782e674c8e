package org.verbatim.parse;

/**
 * Marks a page's chrome before anything else reads it: every line that {@link Chrome#is}
 * chrome, and the lines that are chrome by their place — the short lines after a footer marker
 * ({@code Additional materials}, {@code Related news}) up to the next prose or speaker label,
 * and a contact heading ({@code Consular queries:}) above a phone or e-mail line. Stateless.
 */
final class ChromeScan {

  /** Longest line looked at: chrome lines are short, or recognised by their start. */
  private static final int MAX_LENGTH = 400;

  private ChromeScan() {}

  /** Marks the chrome and blank lines of {@code lines} in {@code uses}. */
  static void mark(Lines lines, LineUse[] uses, Labels labels) {
    boolean footer = false;
    for (int i = 0; i < lines.count(); i++) {
      if (lines.isBlank(i)) {
        uses[i] = LineUse.BLANK;
        continue;
      }
      if (lines.length(i) > MAX_LENGTH) {
        footer = false;
        continue;
      }
      String line = lines.stripped(i);
      if (footer) {
        if (!Prose.isProse(line) && labels.atStart(line) == null) {
          uses[i] = LineUse.CHROME;
          continue;
        }
        footer = false;
      }
      if (Chrome.isFooterStart(line)) {
        uses[i] = LineUse.CHROME;
        footer = true;
      } else if (Chrome.is(line) || isContactHeading(lines, i, line)) {
        uses[i] = LineUse.CHROME;
      }
    }
  }

  /** {@code Consular queries:} above a phone or e-mail line. */
  private static boolean isContactHeading(Lines lines, int i, String line) {
    if (line.length() > 40 || !line.endsWith(":")) {
      return false;
    }
    for (int j = i + 1; j < lines.count(); j++) {
      if (!lines.isBlank(j)) {
        return Chrome.isContactLine(lines.stripped(j));
      }
    }
    return false;
  }
}
