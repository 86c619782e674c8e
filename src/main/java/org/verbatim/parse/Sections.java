package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Section;

/**
 * A briefing's sections and the headings that open them in the body.
 *
 * <p>Sections come from a contents list ({@link Contents}), numbered from 1 in list order
 * whatever was printed, or, in a briefing without a list, from its inline headings as they come
 * ({@link #add}). In the body, a line whose words are an item's ({@link #key}: without its
 * number or bullet, a final colon or full stop, case, the kind of quotes and spaces) opens that
 * section; headings are matched forwards only, so a topic named again later in a reply is just
 * text. Not thread-safe: one per page.
 */
final class Sections {

  private static final Set<String> CONTENTS_LEADS = Set.of(
      "table of contents", "contents", "содержание", "зміст", "table des matières", "sommaire",
      "inhalt", "inhaltsverzeichnis", "índice", "contenido", "目录",
      "index for today's briefing");
  private static final Set<String> ANSWER_LEADS = Set.of(
      "answers to media questions", "from answers to media questions",
      "answers to questions from the media", "answers to questions",
      "ответы на вопросы сми", "из ответов на вопросы сми", "ответы на вопросы",
      "відповіді на запитання змі", "respuestas a las preguntas de los medios",
      "réponses aux questions des médias", "antworten auf fragen der medien");

  /** The questions leads as pages print them, for a label glued after one. */
  static final List<String> ANSWER_LEADS_PRINTED = List.of(
      "Answers to media questions", "From answers to media questions", "Ответы на вопросы СМИ",
      "Из ответов на вопросы СМИ");

  private final List<Section> sections = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private int next;

  Sections(List<String> headings) {
    for (String heading : headings) {
      sections.add(new Section(sections.size() + 1, heading));
      keys.add(key(heading));
    }
  }

  List<Section> all() {
    return List.copyOf(sections);
  }

  boolean isEmpty() {
    return sections.isEmpty();
  }

  /** Adds a section after the last, for an inline heading; returns its number. */
  int add(String heading) {
    sections.add(new Section(sections.size() + 1, heading));
    keys.add(key(heading));
    next = sections.size();
    return sections.size();
  }

  /**
   * The number of the section the stripped body line {@code line} opens, or 0 when it opens
   * none. Moves past that section: later lines only open later sections.
   */
  int open(String line) {
    if (sections.isEmpty() || line.isEmpty() || line.length() > longest() + 16) {
      return 0;
    }
    String key = key(line);
    for (int i = next; i < keys.size(); i++) {
      if (keys.get(i).equals(key)) {
        next = i + 1;
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The length of the heading of a section not yet opened that {@code line} starts with, a
   * capital glued after it ({@code Answers to media questionsQuestion: …}); 0 when none.
   */
  int gluedHeading(String line) {
    for (int i = next; i < sections.size(); i++) {
      String heading = sections.get(i).heading();
      if (line.length() > heading.length() + 2 && line.startsWith(heading)
          && Character.isUpperCase(line.charAt(heading.length()))) {
        return heading.length();
      }
    }
    return 0;
  }

  private int longest() {
    int longest = 0;
    for (String key : keys) {
      longest = Math.max(longest, key.length());
    }
    return longest;
  }

  /** Whether the stripped line introduces a contents list: {@code Table of contents:}. */
  static boolean isContentsLead(String line) {
    return line.length() < 32 && CONTENTS_LEADS.contains(key(line));
  }

  /**
   * Whether the stripped line opens the questions part of a briefing: {@code Answers to media
   * questions:}, {@code From answers to media questions:}, {@code Ответы на вопросы СМИ:}.
   */
  static boolean isAnswersLead(String line) {
    return line.length() < 60 && ANSWER_LEADS.contains(key(line));
  }

  /**
   * A heading as compared: without a number or bullet before it, a colon or full stop after it,
   * in lower case, with plain quotes and single spaces.
   */
  static String key(String line) {
    String item = heading(line);
    String s = item != null ? item : line;
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Lines.isSpace(c)) {
        space = !out.isEmpty();
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(switch (c) {
        case '’', '‘', '`' -> '\'';
        case '“', '”', '«', '»', '„' -> '"';
        case '–', '—', '‑', '\u2212' -> '-';
        default -> Character.toLowerCase(c);
      });
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ':' || out.charAt(end - 1) == '.'
        || out.charAt(end - 1) == '：')) {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * The heading of a list item ({@code 2. Topic}, {@code 10.  Topic}, {@code 3) Topic},
   * {@code - Topic}, {@code • Topic} → {@code Topic}), or null for other lines.
   */
  static String heading(String line) {
    int length = line.length();
    if (length < 3) {
      return null;
    }
    char first = line.charAt(0);
    int i;
    if (first == '-' || first == '–' || first == '—' || first == '•' || first == '·'
        || first == '*') {
      i = 1;
    } else {
      i = 0;
      while (i < length && i < 3 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        i++;
      }
      if (i == 0 || i == length || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
        return null;
      }
      i++;
    }
    if (i == length || !Lines.isSpace(line.charAt(i))) {
      return null;
    }
    String heading = Lines.strip(line.substring(i));
    return heading.isEmpty() ? null : heading;
  }

  /** Whether the stripped line is a numbered item ({@code 2. Topic}), not a dash bullet. */
  static boolean isNumbered(String line) {
    return !line.isEmpty() && Character.isDigit(line.charAt(0)) && heading(line) != null;
  }
}
