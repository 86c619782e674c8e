package org.verbatim.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a line at the top of a page looks like its headline, as a reader judges it.
 *
 * <p>Marks for: a kind of text ({@link TitleKinds}), a person with a post, a post word, a date,
 * a headline's length. Marks against: a line ending in a colon ({@code Consular queries:}), a
 * site name or masthead ({@code official site}, a ministry's or mission's name), a line printed
 * twice, a few capitalised words of navigation ({@code Editor's Column}), two sentences or more,
 * very short or very long lines. Never a title: chrome, a date or time line, an id line, a
 * language marker, a contents heading, a salutation ({@code Mr President,}), a speaker label.
 *
 * @param text     the line
 * @param value    its marks
 * @param accepted whether it can be a title at all
 * @param evidence whether it names a kind, a person or post, or a date, or at least does not
 *                 look like a site's line (a few capitalised words, a line ending in a colon)
 */
record TitleScore(String text, int value, boolean accepted, boolean evidence) {

  /** Runs of white space between words. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> POST_WORDS = Set.of(
      "minister", "spokesperson", "spokesman", "spokeswoman", "president", "secretary",
      "ambassador", "chancellor", "premier", "envoy", "representative", "director",
      "министр", "министра", "президент", "президента", "посол", "посла", "представителя",
      "представитель", "заместителя", "замминистра", "міністр", "міністра",
      "ministre", "ministro", "minister's", "außenminister", "embajador", "canciller");
  private static final String[] SITE_WORDS = {
      "official site", "official website", "ministry of foreign affairs of",
      "the ministry of foreign affairs", "embassy of the", "embassy of russia",
      "permanent mission of", "consulate general of", "министерство иностранных дел",
      "посольство", "постоянное представительство", "all rights reserved", "©",
      "mfa of russia", "mfa russia", "official page", "website of", "department of state",
      "great seal", "diplomacy in action"};
  /** Words a headline does not end with: a line ending in one goes on on the next. */
  private static final Set<String> ENDLESS = Set.of(
      "of", "on", "at", "with", "to", "for", "by", "and", "the", "a", "an", "in", "from",
      "и", "в", "на", "с", "по", "для", "о", "об", "de", "du", "des", "la", "le", "et", "der",
      "die", "und", "von", "mit", "del", "y", "en", "con");
  private static final Set<String> SALUTATIONS = Set.of(
      "ladies and gentlemen", "dear colleagues", "dear friends", "colleagues", "friends",
      "mr president", "mr chairman", "madam chair", "madam president", "excellencies",
      "уважаемые коллеги", "дамы и господа", "друзья", "коллеги", "уважаемый господин председатель");

  static TitleScore of(String line, boolean repeated, boolean besideDate) {
    return of(line, line.isEmpty() ? null : DateLines.read(line), repeated, besideDate,
        Integer.MIN_VALUE);
  }

  /**
   * The same, with what {@link DateLines#read} made of the line already known; a line whose
   * marks cannot reach {@code toBeat} is not looked at for a person, the dearest test.
   */
  static TitleScore of(String line, DateLines.DateLine dateLine, boolean repeated,
      boolean besideDate, int toBeat) {
    if (line.isEmpty() || Chrome.is(line) || dateLine != null
        && dateLine.shape() != DateLines.Shape.STAMP
        || DateLines.isTime(line) || DateLines.idDate(line) != null
        || LanguageMarker.read(line) != null || Sections.isContentsLead(line)
        || isSalutation(line) || DateLines.isClock(line) || Sections.isNumbered(line)
        || MetadataLine.person(line) != null) {
      return new TitleScore(line, 0, false, false);
    }
    int value = 0;
    boolean evidence = false;
    TitleKinds.Match kind = TitleKinds.find(line);
    if (kind != null) {
      value += 4;
      evidence = true;
    }
    if (hasPostWord(line)) {
      value += 1;
      evidence = true;
    }
    if (Dates.last(line) != null) {
      value += 2;
      evidence = true;
    } else if (besideDate) {
      value += 2;
      evidence = true;
    }
    int length = line.length();
    int words = Prose.words(line);
    if (length < 12 || words == 1) {
      value -= 3;
    } else if (length >= 25 && length <= 250) {
      value += 1;
    } else if (length > 320) {
      value -= 2;
    }
    char last = line.charAt(length - 1);
    if (last == ':' || last == '：') {
      value -= 3;
    }
    if (dateLine != null) {
      value -= 2;
    }
    if (isSiteName(line) && kind == null) {
      value -= line.toLowerCase(Locale.ROOT).startsWith("official") ? 4 : 2;
    }
    if (repeated && kind == null) {
      value -= 3;
    }
    if (kind == null && words <= 3 && allCapitalised(line)) {
      value -= 1;
    }
    int sentences = Prose.sentences(line);
    if (sentences >= 2 || sentences == 1 && !Prose.endsSentence(line)) {
      value -= 3;
    } else if (Prose.endsSentence(line) && !datedAtEnd(line)) {
      value -= 3;
    }
    if (value + 1 >= toBeat && PersonPhrase.speaker(line, kind) != null) {
      value += 1; // a person with a post: one more than the post word alone
      evidence = true;
    }
    boolean accepted = value >= 1 || value >= 0 && evidence;
    boolean chromeLike = words <= 3 || length < 20 || last == ':' || last == '：'
        || words <= 5 && allCapitalised(line);
    return new TitleScore(line, value, accepted, evidence || !chromeLike);
  }

  /**
   * Whether the line reads as the first half of a broken headline: it ends in a possessive
   * ({@code Spokesperson Anna Orlova’s}) or a word that cannot end one ({@code of}, {@code
   * with}, {@code and} …), or the line after it goes on in lower case.
   */
  static boolean continues(String first, String second) {
    if (second.isEmpty() || first.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(second.charAt(0))) {
      return true;
    }
    if (first.endsWith("’s") || first.endsWith("'s") || first.endsWith("’")) {
      return true;
    }
    int space = first.lastIndexOf(' ');
    String last = first.substring(space + 1).toLowerCase(Locale.ROOT);
    return ENDLESS.contains(last);
  }

  /** A headline ending in its date and a full stop: {@code …, Moscow, 3 March 2015.}. */
  private static boolean datedAtEnd(String line) {
    Dates.Found date = Dates.last(line);
    return date != null && date.end() >= line.length() - 3;
  }

  private static boolean hasPostWord(String line) {
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || Lines.isSpace(line.charAt(i)) || line.charAt(i) == ',') {
        if (i - start >= 5 && POST_WORDS.contains(line.substring(start, i)
            .toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return line.contains("发言人") || line.contains("外长") || line.contains("大使");
  }

  private static boolean isSiteName(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String word : SITE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(String line) {
    for (String word : SPACES.split(line)) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))
          && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** {@code Mr President,}, {@code Ladies and gentlemen,}, {@code Уважаемые коллеги!}. */
  static boolean isSalutation(String line) {
    if (line.length() > 80) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last != ',' && last != '!' && last != ':') {
      return false;
    }
    String lower = line.substring(0, line.length() - 1).toLowerCase(Locale.ROOT);
    for (String part : lower.split(",")) {
      String p = Lines.strip(part);
      if (SALUTATIONS.contains(p) || p.startsWith("dear ") || p.startsWith("уважаем")
          || p.startsWith("mr ") || p.startsWith("madam ") || p.startsWith("mr. ")
          || p.startsWith("ms ") || p.startsWith("excellenc") || p.startsWith("your excellenc")
          || p.startsWith("господин ") || p.startsWith("госпожа ")) {
        return true;
      }
    }
    return false;
  }
}
