package org.verbatim.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Published;

/**
 * The first stage over a page's lines: everything above the body.
 *
 * <p>In order, each step skipping blank lines and chrome: an embassy mirror's crawl banner (a
 * date line without a time followed by {@code City: HH:MM} lines) is passed over; a header date
 * ({@link DateLines}: one line, or a date line and a time line, or a time line and an id line);
 * the title (the first other line); a header date right after the title when none stood before
 * it; the language marker; a topic list ({@link Sections}), kept only when one of its headings
 * is repeated later on a line of its own. The body starts after the last of these.
 */
final class PageTop {

  /** What the top of a page says, and where its body starts. */
  record Facts(Published published, String title, int titleLine, List<String> versions,
      List<String> topics, int bodyStart) {}

  private final Lines lines;
  private final LineUse[] uses;
  private Published published;

  private PageTop(Lines lines, LineUse[] uses) {
    this.lines = lines;
    this.uses = uses;
  }

  static Facts read(Lines lines, LineUse[] uses) {
    return new PageTop(lines, uses).read();
  }

  private Facts read() {
    int i = skipCrawlBanner(skip(0));
    i = headerDate(skip(i));
    i = skip(i);
    String title = null;
    int titleLine = -1;
    if (i < lines.count()) {
      title = lines.stripped(i);
      titleLine = i;
      uses[i] = LineUse.TITLE;
      i++;
      if (published == null) {
        i = headerDate(skip(i));
      }
    }
    List<String> versions = List.of();
    int marker = skip(i);
    if (marker < lines.count()) {
      List<String> tags = LanguageMarker.tags(lines.stripped(marker));
      if (tags != null) {
        versions = tags;
        uses[marker] = LineUse.LANGUAGES;
        i = marker + 1;
      }
    }
    List<String> topics = new ArrayList<>();
    int end = topicList(i, topics);
    if (!topics.isEmpty()) {
      i = end;
    }
    return new Facts(published, title, titleLine, versions, topics, i);
  }

  /** The first line at or after {@code i} that is neither blank nor chrome, marking those. */
  private int skip(int i) {
    while (i < lines.count()) {
      if (lines.isBlank(i)) {
        uses[i] = LineUse.BLANK;
      } else if (lines.length(i) < 200 && Chrome.is(lines.stripped(i))) {
        uses[i] = LineUse.CHROME;
      } else {
        return i;
      }
      i++;
    }
    return i;
  }

  private int skipBlank(int i) {
    while (i < lines.count() && lines.isBlank(i)) {
      uses[i] = LineUse.BLANK;
      i++;
    }
    return i;
  }

  private int skipCrawlBanner(int i) {
    if (i >= lines.count()) {
      return i;
    }
    Published date = DateLines.date(lines.stripped(i));
    if (date == null || date.time() != null) {
      return i;
    }
    int clock = skipBlank(i + 1);
    if (clock >= lines.count() || !DateLines.isClock(lines.stripped(clock))) {
      return i;
    }
    uses[i] = LineUse.BANNER;
    while (clock < lines.count() && DateLines.isClock(lines.stripped(clock))) {
      uses[clock] = LineUse.BANNER;
      clock = skipBlank(clock + 1);
    }
    return skip(clock);
  }

  /** Reads a header date at {@code i} if there is one; returns the line after it. */
  private int headerDate(int i) {
    if (i >= lines.count()) {
      return i;
    }
    String line = lines.stripped(i);
    Published date = DateLines.date(line);
    if (date != null) {
      uses[i] = LineUse.HEADER;
      published = date;
      if (date.time() == null) {
        int next = skipBlank(i + 1);
        if (next < lines.count()) {
          Published withTime = DateLines.timeOn(date.date(), lines.stripped(next));
          if (withTime != null) {
            uses[next] = LineUse.HEADER;
            published = withTime;
            return next + 1;
          }
        }
      }
      return i + 1;
    }
    if (DateLines.isTime(line)) {
      int next = skipBlank(i + 1);
      if (next < lines.count()) {
        LocalDate day = DateLines.idDate(lines.stripped(next));
        if (day != null) {
          uses[i] = LineUse.HEADER;
          uses[next] = LineUse.HEADER;
          published = DateLines.timeOn(day, line);
          return next + 1;
        }
      }
    }
    return i;
  }

  /**
   * Collects a topic list starting at {@code i} into {@code topics} and returns the line after
   * it; leaves {@code topics} empty when there is none, or when none of its headings comes back.
   */
  private int topicList(int i, List<String> topics) {
    int at = skip(i);
    int lead = -1;
    if (at < lines.count() && Sections.isContentsLead(lines.stripped(at))) {
      lead = at;
      at = skip(at + 1);
    }
    List<Integer> itemLines = new ArrayList<>();
    while (at < lines.count()) {
      String heading = Sections.heading(lines.stripped(at));
      if (heading == null) {
        break;
      }
      topics.add(heading);
      itemLines.add(at);
      at = skip(at + 1);
    }
    if (topics.isEmpty() || !repeatedLater(topics, at)) {
      topics.clear();
      return i;
    }
    if (lead >= 0) {
      uses[lead] = LineUse.TOC;
    }
    for (int item : itemLines) {
      uses[item] = LineUse.TOC;
    }
    return itemLines.get(itemLines.size() - 1) + 1;
  }

  private boolean repeatedLater(List<String> topics, int from) {
    Set<String> wanted = new HashSet<>(topics);
    int longest = 0;
    for (String topic : topics) {
      longest = Math.max(longest, topic.length());
    }
    for (int i = from; i < lines.count(); i++) {
      if (lines.length(i) <= longest + 8 && !lines.isBlank(i)) {
        String line = lines.stripped(i);
        String heading = Sections.heading(line);
        if (wanted.contains(line) || heading != null && wanted.contains(heading)) {
          return true;
        }
      }
    }
    return false;
  }
}
