package org.verbatim.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;

/**
 * Reads a title the way an archivist does:
 *
 * <pre>{@code
 * Foreign Minister Ivan Petrov’s interview with Vietnam Television and China’s CCTV, Hanoi, May 3, 2021
 *   → interview; Ivan Petrov (Foreign Minister); outlets [Vietnam Television, CCTV]; Hanoi; 2021-05-03
 * }</pre>
 *
 * <ul>
 *   <li>Date: the last date printed in the title ({@link Dates}), wherever it stands and whatever
 *       follows it ({@code …, Moscow, February 24, 2019}, {@code …on July 17, 2020}, {@code
 *       (March 2, 2017)}, {@code 24 февраля 2019 года}, {@code 2022年8月19日…}, a full stop after).
 *   <li>Place: the comma segment right before the date when at least one more segment precedes
 *       it, or the one right after it at the end ({@code …, December 19, 2013, Moscow}), when it
 *       looks like a place (capitalised, has a lower-case letter, no {@code and}/{@code и}, at
 *       most five words).
 *   <li>Kind: {@link TitleKinds}, on the title without its date and place; answers to an
 *       outlet's questions, and nothing else, are an interview ({@link Outlets#asking}).
 *   <li>Speaker: {@link PersonPhrase}.
 *   <li>Outlets, for interviews and articles: {@link Outlets}.
 * </ul>
 */
final class TitleAnalysis {

  private TitleAnalysis() {}

  static TitleFacts analyse(String title) {
    if (title == null || title.isEmpty()) {
      return TitleFacts.NONE;
    }
    String rest = title;
    LocalDate eventDate = null;
    String place = null;
    Dates.Found date = Dates.last(title);
    if (date != null) {
      eventDate = date.date();
      String before = trimEnd(title.substring(0, date.start()));
      String after = trimStart(title.substring(date.end()));
      rest = before;
      if (before.endsWith(",")) {
        String head = before.substring(0, before.length() - 1);
        int comma = head.lastIndexOf(',');
        if (comma > 0 && looksLikePlace(Lines.strip(head.substring(comma + 1)))) {
          place = Lines.strip(head.substring(comma + 1));
          rest = head.substring(0, comma);
        } else {
          rest = head;
        }
      }
      if (place == null && after.startsWith(",")) {
        String candidate = trimEnd(Lines.strip(after.substring(1)));
        if (candidate.endsWith(".")) {
          candidate = candidate.substring(0, candidate.length() - 1);
        }
        if (looksLikePlace(candidate) && candidate.indexOf(',') < 0) {
          place = candidate;
          after = "";
        }
      }
      if (!after.isEmpty() && !isClosing(after)) {
        rest = rest + " " + after;
      }
    }
    TitleKinds.Match kind = TitleKinds.find(rest);
    Participant speaker = PersonPhrase.speaker(rest, kind);
    Kind k = kind == null ? Kind.OTHER : kind.kind();
    List<String> outlets = k == Kind.INTERVIEW || k == Kind.ARTICLE
        || k == Kind.REMARKS && rest.contains("questions from ")
        ? Outlets.of(rest, kind, speaker) : List.of();
    if (k == Kind.REMARKS && TitleKinds.answersOnly(rest)) {
      // Answers to an outlet's questions, and nothing else said: a written interview.
      List<String> asking = Outlets.asking(rest);
      if (!asking.isEmpty()) {
        k = Kind.INTERVIEW;
        outlets = asking;
      }
    }
    return new TitleFacts(k, speaker, outlets, place, eventDate);
  }

  /** What may follow a title's date and end it: a full stop, a bracket. */
  private static boolean isClosing(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != ')' && c != ']' && c != '»' && !Lines.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} without spaces, {@code (}, {@code on}, {@code of}, {@code от} at its end. */
  private static String trimEnd(String s) {
    String t = Lines.strip(s);
    for (String tail : new String[] {"(", "[", " on", " of", " dated", " от", " on the",
        " du", " vom", " del"}) {
      if (t.endsWith(tail)) {
        return Lines.strip(t.substring(0, t.length() - tail.length()));
      }
    }
    return t;
  }

  private static String trimStart(String s) {
    String t = Lines.strip(s);
    while (!t.isEmpty() && (t.charAt(0) == ')' || t.charAt(0) == ']')) {
      t = Lines.strip(t.substring(1));
    }
    return t;
  }

  static boolean looksLikePlace(String s) {
    if (s.isEmpty() || s.length() > 50 || !Character.isUpperCase(s.charAt(0))
        || s.contains(" and ") || s.contains(" и ") || s.contains("’s") || s.contains("'s")) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      lower |= Character.isLowerCase(s.charAt(i));
    }
    return lower && s.split(" ").length <= 5 && TitleKinds.find(s) == null;
  }

  /** Splits {@code s} at every {@code separator}, keeping non-empty stripped parts. */
  static List<String> split(String s, String... separators) {
    List<String> parts = new ArrayList<>();
    parts.add(s);
    for (String separator : separators) {
      List<String> next = new ArrayList<>();
      for (String part : parts) {
        int from = 0;
        int at;
        while ((at = part.indexOf(separator, from)) >= 0) {
          next.add(part.substring(from, at));
          from = at + separator.length();
        }
        next.add(part.substring(from));
      }
      parts = next;
    }
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String stripped = Lines.strip(part);
      if (!stripped.isEmpty()) {
        out.add(stripped);
      }
    }
    return out;
  }
}
