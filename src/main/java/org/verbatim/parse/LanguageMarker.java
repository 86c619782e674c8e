package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The line that lists a page's language versions: {@code • en-GB1 ru-RU1} or
 * {@code • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1}. Each tag is a language, a hyphen and a region,
 * followed by a count we do not keep; the bullet may be missing. Tags keep their printed order.
 */
final class LanguageMarker {

  private LanguageMarker() {}

  /** The tags the stripped line lists ({@code [en-GB, ru-RU]}), or null when it is no marker. */
  static List<String> tags(String line) {
    int i = 0;
    if (!line.isEmpty() && (line.charAt(0) == '•' || line.charAt(0) == '·')) {
      i = 1;
    }
    List<String> tags = new ArrayList<>();
    int length = line.length();
    while (i < length) {
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
        return null;
      }
      i += 3;
      tags.add(line.substring(start, i));
      while (i < length && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        i++;
      }
      if (i < length && !Lines.isSpace(line.charAt(i))) {
        return null;
      }
    }
    return tags.isEmpty() ? null : tags;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
