package org.verbatim.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li>Place and date: a trailing {@code , Month D, YYYY} or {@code , D Month YYYY} (Russian
 *       {@code 24 февраля 2019 года}); the comma segment before it is the place when at least one
 *       more segment precedes it and it looks like a place (capitalised, has a lower-case letter,
 *       no {@code and}/{@code и}, at most five words).
 *   <li>Kind: {@link TitleKinds}.
 *   <li>Speaker: English {@code Post Name’s kind}, {@code kind by Post Name}, {@code kind of Post
 *       Name} ({@link PersonPhrase}); Russian initials and surname in the genitive
 *       ({@code С.В.Лаврова} → {@code С.В.Лавров}) with the words between the kind word and the
 *       name as the post.
 *   <li>Outlets, for interviews and articles: {@link Outlets}.
 * </ul>
 */
final class TitleAnalysis {

  private static final Pattern END_MONTH_DAY_YEAR =
      Pattern.compile(",\\s*(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*$");
  private static final Pattern END_DAY_MONTH_YEAR = Pattern.compile(
      ",\\s*(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}+)\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:года|г\\.?))?\\s*$");
  private static final int DATE_TAIL = 48;

  private TitleAnalysis() {}

  static TitleFacts analyse(String title) {
    if (title == null || title.isEmpty()) {
      return TitleFacts.NONE;
    }
    String rest = title;
    LocalDate eventDate = null;
    String place = null;
    int tail = Math.max(0, title.length() - DATE_TAIL);
    Matcher m = END_MONTH_DAY_YEAR.matcher(title).region(tail, title.length());
    int dateStart = -1;
    if (m.find()) {
      eventDate = DateLines.localDate(Integer.parseInt(m.group(3)), Months.number(m.group(1)),
          Integer.parseInt(m.group(2)));
      dateStart = m.start();
    }
    if (eventDate == null) {
      m = END_DAY_MONTH_YEAR.matcher(title).region(tail, title.length());
      if (m.find()) {
        eventDate = DateLines.localDate(Integer.parseInt(m.group(3)), Months.number(m.group(2)),
            Integer.parseInt(m.group(1)));
        dateStart = m.start();
      }
    }
    if (eventDate != null) {
      rest = title.substring(0, dateStart);
      int comma = rest.lastIndexOf(',');
      if (comma > 0) {
        String candidate = Lines.strip(rest.substring(comma + 1));
        if (looksLikePlace(candidate)) {
          place = candidate;
          rest = rest.substring(0, comma);
        }
      }
    }
    TitleKinds.Match kind = TitleKinds.find(rest);
    Participant speaker = PersonPhrase.speaker(rest, kind);
    Kind k = kind == null ? Kind.OTHER : kind.kind();
    List<String> outlets = k == Kind.INTERVIEW || k == Kind.ARTICLE
        ? Outlets.of(rest, kind, speaker) : List.of();
    return new TitleFacts(k, speaker, outlets, place, eventDate);
  }

  private static boolean looksLikePlace(String s) {
    if (s.isEmpty() || s.length() > 50 || !Character.isUpperCase(s.charAt(0))
        || s.contains(" and ") || s.contains(" и ") || s.contains("’s") || s.contains("'s")) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      lower |= Character.isLowerCase(s.charAt(i));
    }
    return lower && s.split(" ").length <= 5;
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
