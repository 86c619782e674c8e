package org.verbatim.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A briefing's contents list, in every layout pages print it: numbered items ({@code 1.},
 * {@code 1)}, wide gaps after the number, blank lines between items, numbering with gaps or
 * restarting at 1), dash bullets, an item {@code N. Answers to media questions:} or an
 * unnumbered {@code Answers to media questions:} / {@code From answers to media questions:}
 * line followed by the questions (numbered or not), under {@code Table of contents} or no
 * heading at all.
 *
 * <p>Numbered and bulleted lines are items; an unnumbered line is an item only after a
 * questions lead, and only when it comes back later as a line of its own. The list is a
 * contents list, <em>closed</em>, when at least one of its items comes back later as a heading;
 * otherwise it is text (numbered paragraphs of a speech, or a list whose headings the page
 * never prints).
 */
final class Contents {

  /**
   * A contents list found.
   *
   * @param headings  the sections, in list order: item texts without number, bullet or final colon
   * @param lines     the lines it takes (lead and items), to mark
   * @param end       the line after its last item
   * @param closed    whether its first item comes back as a heading
   * @param firstLine the line of its first item
   */
  record Listing(List<String> headings, List<Integer> lines, int end, boolean closed,
      int firstLine, boolean lead) {}

  /** Longest line read as an item: items are headings, not paragraphs. */
  private static final int MAX_ITEM = 300;

  private Contents() {}

  /**
   * The contents list starting at or after line {@code from} (blank and chrome lines skipped),
   * or null. {@code first}, when not null, is the text of line {@code from} to read instead of
   * the line (what follows a language marker glued before the first item).
   */
  static Listing read(Lines lines, int from, String first) {
    int i = skip(lines, from);
    List<Integer> used = new ArrayList<>();
    boolean lead = false;
    if (i < lines.count() && Sections.isContentsLead(text(lines, i, from, first))) {
      lead = true;
      used.add(i);
      i = skip(lines, i + 1);
    }
    List<String> headings = new ArrayList<>();
    List<Integer> itemLines = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int listed = 0;
    boolean afterAnswers = false;
    while (i < lines.count()) {
      String line = text(lines, i, from, first);
      if (line.length() > MAX_ITEM || Chrome.is(line)) {
        break;
      }
      String item = Sections.heading(line);
      if (item != null && (Prose.isProse(item) || item.length() > 100 && Prose.endsSentence(item))) {
        break; // a paragraph set off by a dash or a number, not a heading
      }
      boolean plain = false;
      if (item != null) {
        item = withoutColon(item);
        afterAnswers |= Sections.isAnswersLead(item);
      } else if (Sections.isAnswersLead(line)) {
        item = withoutColon(line);
        afterAnswers = true;
      } else if (afterAnswers && !Prose.isProse(line)) {
        item = withoutColon(line);
        plain = true;
      } else {
        break;
      }
      String key = Sections.key(item);
      if (plain && (keys.contains(key) || !comesBack(lines, i + 1, key))) {
        break; // an item coming back is the body's heading; the list ended before it
      }
      keys.add(key);
      headings.add(item);
      itemLines.add(i);
      if (!plain) {
        listed = headings.size();
      }
      i = skip(lines, i + 1);
    }
    if (headings.isEmpty() || headings.size() == 1 && !lead) {
      return null;
    }
    int end = itemLines.get(itemLines.size() - 1) + 1;
    Set<String> back = comingBack(lines, end, headings.subList(0, Math.max(listed, 1)));
    boolean closed = !back.isEmpty() || headings.size() > listed;
    used.addAll(itemLines);
    return new Listing(headings, used, end, closed, itemLines.get(0), lead);
  }

  /** Whether a line of its own from line {@code from} on has the heading key {@code key}. */
  private static boolean comesBack(Lines lines, int from, String key) {
    for (int i = from; i < lines.count(); i++) {
      if (lines.length(i) <= key.length() + 16 && !lines.isBlank(i)
          && Sections.key(lines.stripped(i)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The keys of {@code headings} that come back as lines of their own from line {@code from}. */
  private static Set<String> comingBack(Lines lines, int from, List<String> headings) {
    Set<String> wanted = new HashSet<>();
    int longest = 0;
    for (String heading : headings) {
      wanted.add(Sections.key(heading));
      longest = Math.max(longest, heading.length());
    }
    Set<String> back = new HashSet<>();
    for (int i = from; i < lines.count(); i++) {
      if (lines.length(i) <= longest + 16 && !lines.isBlank(i)) {
        String key = Sections.key(lines.stripped(i));
        if (wanted.contains(key)) {
          back.add(key);
        }
      }
    }
    return back;
  }

  private static String text(Lines lines, int i, int from, String first) {
    return i == from && first != null ? first : lines.stripped(i);
  }

  private static String withoutColon(String s) {
    String t = s;
    while (!t.isEmpty() && (t.endsWith(":") || t.endsWith("："))) {
      t = Lines.strip(t.substring(0, t.length() - 1));
    }
    return t;
  }

  private static int skip(Lines lines, int i) {
    while (i < lines.count() && (lines.isBlank(i) || lines.length(i) < 200
        && Chrome.is(lines.stripped(i)) && !Sections.isContentsLead(lines.stripped(i)))) {
      i++;
    }
    return i;
  }
}
