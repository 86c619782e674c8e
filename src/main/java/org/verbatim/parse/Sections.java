package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Section;

/**
 * A briefing's topic list and the headings that repeat it in the body.
 *
 * <p>The list follows the title (and language marker), perhaps after a {@code Table of contents:}
 * line: items {@code 1. Topic} or {@code 1) Topic} (numbering may have gaps or restart) or dash
 * bullets {@code - Topic}, {@code – Topic}, {@code — Topic}. Sections are the items in list order,
 * numbered from 1 whatever was printed. In the body, a line equal to an item's heading (with or
 * without its number or bullet) opens that section; headings are matched forwards only, so a
 * topic named again later in a reply is just text.
 */
final class Sections {

  private static final Set<String> CONTENTS_LEADS = Set.of(
      "table of contents:", "table of contents", "contents:", "содержание:", "содержание",
      "table des matières :", "table des matières:", "sommaire :", "sommaire:", "inhalt:",
      "inhaltsverzeichnis:", "índice:", "contenido:");

  private final List<Section> sections;
  private int next;

  Sections(List<String> headings) {
    List<Section> list = new ArrayList<>(headings.size());
    for (String heading : headings) {
      list.add(new Section(list.size() + 1, heading));
    }
    this.sections = List.copyOf(list);
  }

  List<Section> all() {
    return sections;
  }

  /**
   * The number of the section the stripped body line {@code line} opens, or 0 when it opens
   * none. Moves past that section: later lines only open later sections.
   */
  int open(String line) {
    if (sections.isEmpty() || line.isEmpty()) {
      return 0;
    }
    String heading = line;
    String unnumbered = heading(line);
    for (int i = next; i < sections.size(); i++) {
      String wanted = sections.get(i).heading();
      if (wanted.equals(heading) || wanted.equals(unnumbered)) {
        next = i + 1;
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether the stripped line introduces a topic list: {@code Table of contents:}. */
  static boolean isContentsLead(String line) {
    return line.length() < 30 && CONTENTS_LEADS.contains(line.toLowerCase(Locale.ROOT));
  }

  /** The heading of a list item ({@code 2. Topic} → {@code Topic}), or null for other lines. */
  static String heading(String line) {
    int length = line.length();
    if (length < 3) {
      return null;
    }
    char first = line.charAt(0);
    int i;
    if (first == '-' || first == '–' || first == '—') {
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
}
