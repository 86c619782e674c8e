package org.verbatim.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Published;

/**
 * The first stage over a page's lines: everything above the body, read by evidence rather than
 * by position.
 *
 * <ol>
 *   <li>The body's anchor: the first speaker label (with words after it, on its line or the
 *       next) or the first line of prose ({@link Prose}); the zone above it holds the top.
 *   <li>Each line of the zone is told apart: blank, chrome, a crawl banner (a date line followed
 *       by {@code City: HH:MM} clock lines), a date line, a time line, an id line, a language
 *       marker, or a candidate headline.
 *   <li>The title is the candidate with the most marks of a headline ({@link TitleScore}), the
 *       first of equals (a lead or a teaser follows its headline); a headline broken over two
 *       adjacent lines is joined.
 *   <li>The publication date is the date line nearest the title, with a time line beside it;
 *       else a date stamp; else (later, by the reader) the title's date or the address's.
 *   <li>The language marker, a metadata line naming the speaker ({@code Ned Price, Department
 *       Spokesperson}), a dateline's place, a type line ({@code Speech}), then a contents list
 *       ({@link Contents}).
 * </ol>
 * The body starts after the last of these; lines of the zone above the title are the site's.
 * Not thread-safe: one per page.
 */
final class PageTop {

  /** Runs of white space between words. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * What the top of a page says, and where its body starts.
   *
   * @param published  the document's date from a date line, or null
   * @param time       a time printed alone at the top, for a date found elsewhere, or null
   * @param title      the headline, or null when none was found
   * @param titleLine  its first line, or -1
   * @param versions   the language marker's tags
   * @param contents   the contents list, or null
   * @param speaker    a speaker named on a metadata line, or null
   * @param place      a dateline's place, or null
   * @param typeKind   the kind a type line above the title names, or null
   * @param bodyStart  the first line of the body
   */
  record Facts(Published published, Published time, String title, int titleLine,
      List<String> versions, Contents.Listing contents, Participant speaker, String place,
      Kind typeKind, int bodyStart) {}

  /** How far down the anchor is looked for, in non-blank lines: the top of a page is short. */
  private static final int ZONE_LIMIT = 80;
  /** How many lines of the zone may be the headline: it stands near the top. */
  private static final int TITLE_CANDIDATES = 24;

  private final Lines lines;
  private final LineUse[] uses;
  private final Labels labels;
  private final List<ParseWarning> warnings;
  private final Map<Integer, String> texts = new HashMap<>();
  private final Map<Integer, Optional<DateLines.DateLine>> dateLines = new HashMap<>();
  /** A speaker named by a byline at the top, or null. */
  private Participant speaker;
  /** The kind a byline names ({@code Daily Press Briefing} under a name), or null. */
  private Kind bylineKind;
  /** The byline line naming that kind: the title of a page that prints no headline. */
  private int bylineTitle = -1;

  private PageTop(Lines lines, LineUse[] uses, List<ParseWarning> warnings) {
    this.lines = lines;
    this.uses = uses;
    this.labels = new Labels(new Speakers(null, List.of()), null, List.of());
    this.warnings = warnings;
  }

  static Facts read(Lines lines, LineUse[] uses, List<ParseWarning> warnings) {
    return new PageTop(lines, uses, warnings).read();
  }

  private String text(int i) {
    return texts.computeIfAbsent(i, lines::stripped);
  }

  /** The date line {@code i} is, read once: the stages ask about the same few lines often. */
  private DateLines.DateLine dateLine(int i) {
    Optional<DateLines.DateLine> date = dateLines.get(i);
    if (date == null) {
      date = Optional.ofNullable(DateLines.read(text(i)));
      dateLines.put(i, date);
    }
    return date.orElse(null);
  }

  private Facts read() {
    ChromeScan.mark(lines, uses, labels);
    int anchor = anchor();
    List<Integer> zone = new ArrayList<>();
    Kind typeKind = null;
    for (int i = 0; i < anchor; i++) {
      if (uses[i] == null) {
        zone.add(i);
      } else if (uses[i] == LineUse.CHROME && typeKind == null && lines.length(i) < 24) {
        TitleKinds.Match kind = TitleKinds.find(text(i));
        typeKind = kind == null ? null : kind.kind();
      }
    }
    markBanners(zone);
    markBylines(zone);
    int titleLine = -1;
    int titleEnd = -1;
    String title = null;
    TitleScore best = null;
    Map<String, Integer> printed = new HashMap<>();
    for (int i : zone) {
      printed.merge(text(i), 1, Integer::sum);
    }
    int candidates = 0;
    for (int k = 0; k < zone.size() && candidates < TITLE_CANDIDATES; k++) {
      int i = zone.get(k);
      if (uses[i] != null) {
        continue;
      }
      candidates++;
      TitleScore score = TitleScore.of(text(i), dateLine(i), printed.get(text(i)) > 1,
          besideDate(zone, k), best == null ? Integer.MIN_VALUE : best.value() + 1);
      if (score.accepted() && (best == null || score.value() > best.value())) {
        best = score;
        titleLine = i;
      }
    }
    if (best == null && bylineTitle >= 0) {
      best = TitleScore.of(text(bylineTitle), false, false);
      titleLine = bylineTitle;
    }
    // A headline with a label glued after it, when the zone above holds none as good.
    int glued = anchor < lines.count() ? gluedLabel(text(anchor)) : 0;
    if (glued > 0 && best != null && best.value()
        >= TitleScore.of(Lines.strip(text(anchor).substring(0, glued)), false, false).value()) {
      glued = 0;
    }
    if (glued > 0) {
      String line = text(anchor);
      best = TitleScore.of(Lines.strip(line.substring(0, glued)), false, false);
      title = best.text();
      titleLine = anchor;
      titleEnd = anchor - 1;
      String rest = line.substring(glued);
      warnings.add(new ParseWarning(Lines.number(anchor),
          Warnings.gluedToTitle(rest.substring(0, rest.indexOf(':')))));
      lines.cutStart(anchor, glued);
      texts.remove(anchor);
    } else if (best != null) {
      title = withoutTrailingSeparator(best.text());
      titleEnd = titleLine;
      int before = titleLine - 1;
      if (before >= 0 && !lines.isBlank(before) && uses[before] == null) {
        TitleScore joined = TitleScore.of(text(before) + " " + title, false, false);
        if (joined.accepted() && joined.value() > best.value()
            && TitleScore.continues(text(before), title)) {
          title = joined.text();
          titleLine = before;
          best = joined;
        }
      }
      int after = titleEnd + 1;
      if (after < anchor && !lines.isBlank(after) && uses[after] == null) {
        TitleScore joined = TitleScore.of(title + " " + text(after), false, false);
        if (joined.accepted() && joined.value() > best.value()
            && TitleScore.continues(title, text(after))) {
          title = joined.text();
          titleEnd = after;
          best = joined;
        }
      }
      for (int i = titleLine; i <= titleEnd; i++) {
        uses[i] = LineUse.TITLE;
      }
      if (!best.evidence()) {
        warnings.add(new ParseWarning(Lines.number(titleLine), Warnings.titleWithoutEvidence()));
      }
    }
    int last = Math.max(titleEnd, -1);
    Published published = null;
    Published time = null;
    String place = null;
    // The document's date: the date line nearest the title, a date line before a stamp.
    int dateLine = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < zone.size(); k++) {
      int i = zone.get(k);
      if (uses[i] != null) {
        continue;
      }
      DateLines.DateLine date = dateLine(i);
      LocalDate id = date == null ? DateLines.idDate(text(i)) : null;
      if (date == null && id == null) {
        continue;
      }
      int distance = titleLine < 0 ? k : distance(zone, i, titleLine, titleEnd)
          + (date != null && date.shape() == DateLines.Shape.STAMP ? 1 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        dateLine = i;
        published = date != null ? date.published() : Published.of(id);
        place = date != null ? date.place() : null;
      }
    }
    if (dateLine >= 0) {
      uses[dateLine] = LineUse.HEADER;
      last = Math.max(last, dateLine);
    }
    // A time printed alone, beside the date line or the title.
    int timeLine = -1;
    bestDistance = Integer.MAX_VALUE;
    for (int i : zone) {
      if (uses[i] != null || !DateLines.isTime(text(i))) {
        continue;
      }
      int distance = Math.min(dateLine < 0 ? Integer.MAX_VALUE : distance(zone, i, dateLine,
          dateLine), titleLine < 0 ? Integer.MAX_VALUE : distance(zone, i, titleLine, titleEnd));
      if (distance < bestDistance) {
        bestDistance = distance;
        timeLine = i;
      }
    }
    if (timeLine >= 0 && (adjacent(timeLine, dateLine) || titleLine >= 0 && timeLine < titleLine
        || titleLine < 0 && dateLine < 0)) {
      uses[timeLine] = LineUse.HEADER;
      last = Math.max(last, timeLine);
      LocalDate day = published != null ? published.date() : LocalDate.EPOCH;
      Published clock = DateLines.timeOn(day, text(timeLine));
      if (published != null && published.time() == null) {
        published = clock;
      } else if (published == null) {
        time = clock;
      }
    }
    // The marker, metadata lines and type lines of the zone; the rest above the title is chrome.
    List<String> versions = List.of();
    String afterMarker = null;
    int markerLine = -1;
    for (int i : zone) {
      if (uses[i] != null) {
        continue;
      }
      String line = text(i);
      LanguageMarker.Marker marker = versions.isEmpty() ? LanguageMarker.read(line) : null;
      if (marker != null) {
        versions = marker.tags();
        uses[i] = LineUse.LANGUAGES;
        markerLine = i;
        afterMarker = marker.rest();
        last = Math.max(last, i);
        continue;
      }
      if (titleLine >= 0 && i > titleEnd) {
        Participant named = speaker == null ? MetadataLine.person(line) : null;
        if (named != null) {
          speaker = named;
          uses[i] = LineUse.HEADER;
          last = Math.max(last, i);
        } else if (place == null && DateLines.isPlace(line) && near(zone, i, dateLine, timeLine)) {
          place = line;
          uses[i] = LineUse.HEADER;
          last = Math.max(last, i);
        }
        continue;
      }
      if (titleLine < 0 || i < titleLine) {
        uses[i] = LineUse.CHROME;
      }
    }
    for (int i : zone) {
      if (i > titleEnd && uses[i] == LineUse.HEADER) {
        last = Math.max(last, i);
      }
    }
    int bodyStart = last + 1;
    if (title == null) {
      bodyStart = Math.max(bodyStart, anchor);
      for (int i = 0; i < anchor; i++) {
        if (uses[i] == null) {
          uses[i] = LineUse.CHROME;
        }
      }
    }
    // Lines between the title and the body proper that are plain chrome stay chrome.
    Contents.Listing contents = null;
    int from = afterMarker != null && !afterMarker.isEmpty() ? markerLine : firstUnused(bodyStart);
    if (from < lines.count()) {
      contents = Contents.read(lines, from, afterMarker != null && !afterMarker.isEmpty()
          ? afterMarker : null);
      if (contents != null && contents.closed()) {
        for (int i : contents.lines()) {
          uses[i] = LineUse.TOC;
        }
        bodyStart = Math.max(bodyStart, contents.end());
      } else if (contents != null) {
        if (contents.lead()) {
          uses[contents.lines().get(0)] = LineUse.TOC;
        }
        if (contents.lead() || contents.headings().size() >= 2 && title != null
            && isBriefing(title)) {
          warnings.add(new ParseWarning(Lines.number(contents.firstLine()),
              Warnings.contentsNotClosed(contents.headings().get(0))));
        }
        contents = null;
      }
    }
    for (int i = 0; i < bodyStart && i < lines.count(); i++) {
      if (uses[i] == null) {
        uses[i] = lines.isBlank(i) ? LineUse.BLANK
            : i > titleEnd && !Chrome.is(text(i)) ? null : LineUse.CHROME;
      }
    }
    return new Facts(published, time, title, titleLine, versions, contents, speaker, place,
        typeKind != null ? typeKind : bylineKind, firstLeft(bodyStart, titleEnd));
  }

  /** Whether {@code words} are nothing but a kind of text: {@code PRESS RELEASE}, {@code Statement}. */
  private static boolean isKindWord(String words) {
    TitleKinds.Match kind = TitleKinds.find(words);
    return kind != null && kind.start() == 0 && kind.end() >= words.length() - 1;
  }

  /** A title without a separator the site printed after it: {@code Regular Press Conference |}. */
  private static String withoutTrailingSeparator(String title) {
    String t = title;
    while (t.length() > 2 && (t.endsWith(" |") || t.endsWith(" -") || t.endsWith(" –")
        || t.endsWith(" —") || t.endsWith(" /"))) {
      t = Lines.strip(t.substring(0, t.length() - 2));
    }
    return t;
  }

  private static boolean isBriefing(String title) {
    TitleKinds.Match kind = TitleKinds.find(title);
    return kind != null && kind.kind() == Kind.BRIEFING;
  }

  /** The body starts at the first line after the title that nothing above has taken. */
  private int firstLeft(int bodyStart, int titleEnd) {
    for (int i = Math.max(0, titleEnd + 1); i < bodyStart; i++) {
      if (uses[i] == null) {
        return i;
      }
    }
    return bodyStart;
  }

  private int firstUnused(int from) {
    int i = from;
    while (i < lines.count() && (lines.isBlank(i) || uses[i] != null)) {
      i++;
    }
    return i;
  }

  /**
   * The first line of the body: a speaker label with words after it (on its line or the next),
   * or a line of prose; the end of the page when neither comes within {@link #ZONE_LIMIT}
   * non-blank lines.
   */
  private int anchor() {
    int seen = 0;
    for (int i = 0; i < lines.count(); i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      if (++seen > ZONE_LIMIT) {
        return i;
      }
      if (uses[i] != null) {
        continue;
      }
      String line = text(i);
      if (TitleScore.isSalutation(line)) {
        return i;
      }
      Label label = labels.atStart(line);
      if (label != null && isKindWord(label.printed())) {
        label = null; // PRESS RELEASE : … opens a headline, it names no speaker
      }
      if (label != null && (label.textStart() < line.length() || nextIsText(i))
          && !Chrome.isContactLine(nextText(i)) && !isQuotedHeadline(line, label)
          && !(seen == 1 && isTitleCase(line.substring(label.textStart())))
          && !(seen == 1 && isHeadlineAfterHan(line, label))) {
        return i;
      }
      int glued = gluedLabel(line);
      if (glued > 0) {
        return i;
      }
      if (Prose.isProse(line) && !looksLikeTitle(line)) {
        return i;
      }
    }
    return lines.count();
  }

  /**
   * A headline that quotes its speaker: {@code Foreign Minister Ivan Petrov: “The ferry will run
   * all winter”} — a label's words followed only by a quotation.
   */
  private static boolean isQuotedHeadline(String line, Label label) {
    if (line.length() > 200 || label.textStart() >= line.length()) {
      return false;
    }
    char open = line.charAt(label.textStart());
    char close = line.charAt(line.length() - 1);
    return (open == '“' || open == '"' || open == '«' || open == '„')
        && (close == '”' || close == '"' || close == '»' || close == '“');
  }

  /**
   * A Chinese headline naming its source before a colon ({@code 外交部:中国…}): a Chinese label
   * whose words do not end in a sentence's mark.
   */
  private static boolean isHeadlineAfterHan(String line, Label label) {
    return Character.UnicodeScript.of(label.printed().charAt(0)) == Character.UnicodeScript.HAN
        && !Prose.endsSentence(line) && label.printed().length() <= 6;
  }

  /**
   * Words of a headline rather than of speech: three or more, most of them capitalised, no final
   * full stop ({@code International Diplomat Extraordinaire Opens Up About the Details}).
   */
  private static boolean isTitleCase(String text) {
    String[] words = SPACES.split(text);
    if (words.length < 3 || Prose.endsSentence(text)) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      }
    }
    return capitalised * 10 >= words.length * 6;
  }

  /**
   * Where a speaker label glued to the end of a headline starts ({@code …2 березня 2015
   * рокуГ.Р.Ладогін: Добрий день}), or 0: initials and a surname, or a question word, right
   * after a letter or digit with no space, then a colon and a space, after a headline that
   * names a kind of text.
   */
  private int gluedLabel(String line) {
    int limit = Math.min(line.length() - 2, 480);
    for (int p = 12; p < limit; p++) {
      char c = line.charAt(p);
      char before = line.charAt(p - 1);
      if (!Character.isUpperCase(c) || !(Character.isDigit(before)
          || Character.isLowerCase(before) || before == '.' || before == ')')) {
        continue;
      }
      Label label = labels.atStart(line.substring(p));
      if (label == null || label.textStart() + p >= line.length()) {
        continue;
      }
      String head = line.substring(0, p);
      Dates.Found date = Dates.last(head);
      boolean dated = date != null && date.end() >= p - 3;
      if (TitleKinds.find(head) != null && (dated || Speakers.isRussianInitialsName(label.printed())
          || labels.isKnownWord(label.printed()))) {
        return p;
      }
    }
    return 0;
  }

  /** A long line that still reads as a headline: a kind of text and a date, one sentence. */
  private static boolean looksLikeTitle(String line) {
    if (Prose.sentences(line) > 1 || line.length() > 400) {
      return false;
    }
    Dates.Found date = Dates.last(line);
    return date != null && (TitleKinds.find(line) != null || date.end() >= line.length() - 2);
  }

  private boolean nextIsText(int i) {
    String next = nextText(i);
    return !next.isEmpty() && !Chrome.is(next) && (Prose.words(next) >= 4);
  }

  private String nextText(int i) {
    for (int j = i + 1; j < lines.count(); j++) {
      if (!lines.isBlank(j)) {
        return text(j);
      }
    }
    return "";
  }

  /**
   * Marks crawl banners: a date line without a time followed by clock lines ({@code Moscow:
   * 15:46}), and clock lines alone.
   */
  private void markBanners(List<Integer> zone) {
    for (int k = 0; k < zone.size(); k++) {
      int i = zone.get(k);
      String line = text(i);
      if (DateLines.isClock(line)) {
        uses[i] = LineUse.BANNER;
        if (k > 0) {
          int before = zone.get(k - 1);
          Published date = DateLines.date(text(before));
          if (date != null && date.time() == null) {
            uses[before] = LineUse.BANNER;
          }
        }
      }
    }
  }

  /** Whether lines {@code a} and {@code b} stand next to each other, with no blank line between. */
  private static boolean adjacent(int a, int b) {
    return b >= 0 && Math.abs(a - b) == 1;
  }

  /** Whether a date line stands next to the {@code k}-th line of the zone (blank lines aside). */
  private boolean besideDate(List<Integer> zone, int k) {
    for (int n : new int[] {k - 1, k + 1}) {
      if (n >= 0 && n < zone.size()) {
        DateLines.DateLine date = dateLine(zone.get(n));
        if (date != null && date.shape() != DateLines.Shape.STAMP) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Marks the bylines of the zone: a line naming a person on its own ({@code Rex W. Carver})
   * with the lines printed right under it (a post, a venue, a place) down to a date line, and a
   * line {@code Name, Post}; the first gives the page's speaker, with the post when the line
   * under the name has a post word.
   */
  private void markBylines(List<Integer> zone) {
    for (int k = 0; k < zone.size(); k++) {
      int i = zone.get(k);
      if (uses[i] != null) {
        continue;
      }
      String line = text(i);
      Participant named = MetadataLine.person(line);
      if (named != null) {
        uses[i] = LineUse.HEADER;
        speaker = speaker == null ? named : speaker;
        continue;
      }
      if (!MetadataLine.isName(line) || k + 1 >= zone.size() || zone.get(k + 1) != i + 1) {
        continue;
      }
      String post = text(i + 1);
      int j = k + 1;
      while (j < zone.size() && zone.get(j) == zone.get(j - 1) + 1 && j - k <= 4) {
        int n = zone.get(j);
        if (uses[n] != null || dateLine(n) != null || DateLines.isTime(text(n))
            || text(n).length() > 60) {
          break;
        }
        j++;
      }
      boolean dated = j < zone.size() && zone.get(j) == zone.get(j - 1) + 1
          && (dateLine(zone.get(j)) != null || DateLines.isTime(text(zone.get(j))));
      if (!dated) {
        continue;
      }
      for (int n = k; n < j; n++) {
        uses[zone.get(n)] = LineUse.HEADER;
        TitleKinds.Match kind = TitleKinds.find(text(zone.get(n)));
        if (kind != null && bylineKind == null) {
          bylineKind = kind.kind();
          bylineTitle = zone.get(n);
        }
      }
      if (speaker == null) {
        speaker = new Participant(line, j > k + 1 && MetadataLine.hasPostWord(post) ? post
            : null);
      }
    }
  }

  /** Non-blank lines between line {@code i} and the span {@code from..to}. */
  private static int distance(List<Integer> zone, int i, int from, int to) {
    int a = zone.indexOf(i);
    int b = zone.indexOf(i < from ? from : to);
    return Math.abs(a - (b < 0 ? zone.size() : b));
  }

  private static boolean near(List<Integer> zone, int i, int dateLine, int timeLine) {
    return dateLine >= 0 && distance(zone, i, dateLine, dateLine) <= 2
        || timeLine >= 0 && distance(zone, i, timeLine, timeLine) <= 2;
  }
}
