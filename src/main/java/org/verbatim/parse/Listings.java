package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages that list several publications rather than hold one: an archive page, a section's front
 * page, a tag page. Each entry shows a title naming a kind of text and a date
 * ({@code Remarks by the Minister at a news conference, Oslo, May 3, 2021}), usually with a
 * teaser under it; three such titles on a page, the page's own headline among them, make it a
 * listing. Stateless; thread-safe.
 */
final class Listings {

  /** How many entry titles make a listing. */
  private static final int ENTRIES = 3;

  private Listings() {}

  /**
   * Refuses the page when it is a listing: a ParseException naming the lines of its entries.
   * Looks at the title line and the lines from {@code from} on that no stage has taken yet.
   */
  static void refuse(Lines lines, LineUse[] uses, int from, String page) throws ParseException {
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < lines.count(); i++) {
      boolean candidate = uses[i] == LineUse.TITLE || i >= from && uses[i] == null
          || uses[i] == LineUse.CHROME && !Chrome.is(lines.stripped(i));
      if (candidate && lines.length(i) <= 300 && !lines.isBlank(i)) {
        String line = lines.stripped(i);
        if (isEntryTitle(line) || isTitleLike(line) && besideDateLine(lines, i)) {
          entries.add(Lines.number(i));
        }
      }
    }
    if (entries.size() >= ENTRIES) {
      throw new ParseException(page, "looks like a listing of publications, not one transcript: "
          + "titles on lines " + entries.subList(0, Math.min(5, entries.size()))
          + (entries.size() > 5 ? " and " + (entries.size() - 5) + " more" : ""));
    }
  }

  /** A line that names a kind of text, in one sentence at most, starting with a capital. */
  private static boolean isTitleLike(String line) {
    return Prose.sentences(line) <= 1 && Character.isUpperCase(line.charAt(0))
        && TitleKinds.find(line) != null && Labels.colonFree(line);
  }

  /** Whether the nearest non-blank line before or after line {@code i} is a date line. */
  private static boolean besideDateLine(Lines lines, int i) {
    for (int step : new int[] {-1, 1}) {
      int j = i + step;
      while (j >= 0 && j < lines.count() && lines.isBlank(j)) {
        j += step;
      }
      if (j >= 0 && j < lines.count() && lines.length(j) <= DateLines.MAX_LENGTH
          && DateLines.date(lines.stripped(j)) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEntryTitle(String line) {
    if (Prose.sentences(line) > 1 || !Character.isUpperCase(line.charAt(0))
        || !Labels.colonFree(line)) {
      return false;
    }
    Dates.Found date = Dates.last(line);
    return date != null && date.end() >= line.length() - 8 && TitleKinds.find(line) != null;
  }
}
