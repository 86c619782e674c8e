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
    for (int i = 0; i < lines.count(); i++) {
      if (lines.isBlank(i) || lines.length(i) > 200) {
        continue;
      }
      String line = lines.stripped(i);
      if (isPageList(line)) {
        throw new ParseException(page, "looks like a listing of publications, not one "
            + "transcript: a list of its pages on line " + Lines.number(i) + " ('" + line + "')");
      }
      if (i < from && isTagHeading(line)) {
        throw new ParseException(page, "looks like a listing of publications, not one "
            + "transcript: a tag page, '" + line + "' (line " + Lines.number(i) + ")");
      }
    }
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

  /**
   * A list of a listing's pages: {@code Pages: ««« :: 1 | 2 | 3 | 4 :: »»»}, {@code 1 2 3 4 5
   * Next »}, {@code 123456789101112}: five page numbers or more in a row.
   */
  static boolean isPageList(String line) {
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
    if (Prose.sentences(line) > 1 || !Character.isUpperCase(line.charAt(0))
        || !Labels.colonFree(line)) {
      return false;
    }
    Dates.Found date = Dates.last(line);
    return date != null && date.end() >= line.length() - 8 && TitleKinds.find(line) != null;
  }
}
