package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages that list several publications rather than hold one: an archive page, a section's front
 * page, a tag page. Each entry shows a title naming a kind of text and a date
 * ({@code Remarks by the Minister at a news conference, Oslo, May 3, 2021}), usually with a
 * teaser under it; three such titles on a page, the page's own headline among them, make it a
 * listing. So does a list of the listing's own pages ({@code 1 | 2 | 3 | 4 | 5}) anywhere, or a
 * tag page's heading above the body ({@code Tag "Ivan Petrov"}). Stateless; thread-safe.
 */
final class Listings {

  /** How many entry titles make a listing. */
  private static final int ENTRIES = 3;
  private static final Pattern PAGE_NUMBERS = Pattern.compile(
      "(?<!\\d)1\\s*[|·,]?\\s+2\\s*[|·,]?\\s+3\\s*[|·,]?\\s+4\\s*[|·,]?\\s+5(?!\\d)");
  private static final String[] TAG_HEADINGS = {
      "tag \"", "tag: ", "tagged ", "contents tagged with", "posts tagged", "articles tagged",
      "записи с меткой", "записи с тегом", "метка: ", "тег: ", "search results", "результаты поиска"};

  private Listings() {}

  /**
   * Refuses the page when it is a listing: a ParseException naming the lines of its entries.
   * Looks at the title line and the lines from {@code from} on that no stage has taken yet.
   */
  static void refuse(Lines lines, LineUse[] uses, int from, String page) throws ParseException {
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < lines.count(); i++) {
      int length = lines.length(i);
      if (length > 300 || uses[i] == LineUse.BLANK || lines.isBlank(i)) {
        continue;
      }
      String line = lines.stripped(i);
      if (length <= 200 && isPageList(line)) {
        throw new ParseException(page, "looks like a listing of publications, not one "
            + "transcript: a list of its pages on line " + Lines.number(i) + " ('" + line + "')");
      }
      if (i < from && length <= 200 && isTagHeading(line)) {
        throw new ParseException(page, "looks like a listing of publications, not one "
            + "transcript: a tag page, '" + line + "' (line " + Lines.number(i) + ")");
      }
      boolean candidate = uses[i] == LineUse.TITLE || i >= from && uses[i] == null
          || uses[i] == LineUse.CHROME && !Chrome.is(line);
      if (candidate && Character.isUpperCase(line.charAt(0))
          && (isEntryTitle(line) || besideDateLine(lines, i) && isTitleLike(line))) {
        entries.add(Lines.number(i));
      }
    }
    if (entries.size() >= ENTRIES) {
      throw new ParseException(page, "looks like a listing of publications, not one transcript: "
          + "titles on lines " + entries.subList(0, Math.min(5, entries.size()))
          + (entries.size() > 5 ? " and " + (entries.size() - 5) + " more" : ""));
    }
  }

  /**
   * A list of a listing's pages: {@code Pages: ««« :: 1 | 2 | 3 | 4 :: »»»}, {@code 1 2 3 4 5
   * Next »}, {@code 123456789101112}: five page numbers or more in a row.
   */
  static boolean isPageList(String line) {
    if (line.indexOf('5') < 0 || line.indexOf('4') < 0) {
      return false;
    }
    Matcher m = PAGE_NUMBERS.matcher(line);
    if (m.find()) {
      return true;
    }
    return line.contains("12345678910") || line.contains("123456789 ");
  }

  /** {@code Tag "Ivan Petrov"}, {@code Contents tagged with …}, {@code Записи с меткой …}. */
  private static boolean isTagHeading(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String start : TAG_HEADINGS) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    return false;
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
    if (!Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    // The date ends the title: only its tail is looked at, the cheap test first.
    String tail = line.substring(Math.max(0, line.length() - 48));
    Dates.Found date = Dates.last(tail);
    return date != null && date.end() >= tail.length() - 8 && Labels.colonFree(line)
        && Prose.sentences(line) <= 1 && TitleKinds.find(line) != null;
  }
}
