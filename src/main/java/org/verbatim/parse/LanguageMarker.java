package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The line that lists a page's language versions: {@code • en-GB1 ru-RU1} or
 * {@code • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1}. Each tag is a language, a hyphen and a region,
 * followed by a count we do not keep; the bullet may be missing. Tags keep their printed order.
 * On some pages the next line is glued after the tags ({@code • en-GB1 ru-RU11. Topic}): that
 * is the marker's rest.
 */
final class LanguageMarker {

  /** A marker: its tags, and what is glued after them (empty when nothing is). */
  record Marker(List<String> tags, String rest) {}

  private LanguageMarker() {}

  /** The tags the stripped line lists ({@code [en-GB, ru-RU]}), or null when it is no marker. */
  static List<String> tags(String line) {
    Marker marker = read(line);
    return marker == null || !marker.rest().isEmpty() ? null : marker.tags();
  }

  /** The marker the stripped line starts with, or null when it starts with none. */
  static Marker read(String line) {
    int i = 0;
    if (!line.isEmpty() && (line.charAt(0) == '•' || line.charAt(0) == '·')) {
      i = 1;
    }
    List<String> tags = new ArrayList<>();
    int length = line.length();
    while (i < length) {
      int before = i;
      while (i < length && Lines.isSpace(line.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      int start = i;
      while (i < length && isLower(line.charAt(i))) {
        i++;
      }
      int language = i - start;
      if (language < 2 || language > 3 || i + 3 > length || line.charAt(i) != '-'
          || !isUpper(line.charAt(i + 1)) || !isUpper(line.charAt(i + 2))) {
        return tags.isEmpty() ? null : new Marker(tags, Lines.strip(line.substring(before)));
      }
      i += 3;
      tags.add(line.substring(start, i));
      int digits = i;
      while (i < length && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        i++;
      }
      if (i < length && !Lines.isSpace(line.charAt(i))) {
        // A count of one glued to the next line's first characters: keep one digit as the count.
        return new Marker(tags, Lines.strip(line.substring(Math.min(digits + 1, i))));
      }
    }
    return tags.isEmpty() ? null : new Marker(tags, "");
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
