package org.verbatim.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Page chrome: the site's own lines around a transcript, removed wherever they stand.
 *
 * <p>A stripped line is chrome when, ignoring case, it is
 * <ul>
 *   <li>one of the fixed lines in {@link #FIXED} (Print, Font size, Share, Additional materials,
 *       Advanced settings and their Russian, French, German and Spanish forms);
 *   <li>{@code Showing N result.} / {@code Showing N results.};
 *   <li>a counter: digits alone, {@code Views: 1234}, {@code 1234 views}, {@code Просмотров: 12};
 *   <li>a tag line: {@code Tags: …} / {@code Теги: …}, or words that all start with {@code #};
 *   <li>a navigation crumb: {@code Home / Press service / Transcripts} (Home, Main page,
 *       Главная, Accueil, Startseite or Inicio, then {@code /}, {@code >}, {@code ›}, {@code »}
 *       or {@code |});
 *   <li>an archive month: {@code January 2019}.
 * </ul>
 * Chrome lines are short: longer lines are never looked at twice.
 */
final class Chrome {

  /** Longest chrome line; a tag line may be long, and is recognised by its first word. */
  private static final int MAX_LENGTH = 80;

  static final Set<String> FIXED = Set.of(
      "print", "print version", "version for print", "font size", "share", "share:",
      "send by email", "send by e-mail", "subscribe", "additional materials", "advanced settings",
      "back to top", "to top",
      "версия для печати", "печать", "размер шрифта", "поделиться", "отправить по почте",
      "дополнительные материалы", "расширенный поиск", "расширенные настройки", "подписаться", "наверх",
      "imprimer", "taille de police", "partager", "documents supplémentaires",
      "paramètres avancés",
      "drucken", "schriftgröße", "teilen", "zusätzliche materialien", "erweiterte einstellungen",
      "imprimir", "tamaño de fuente", "compartir", "materiales adicionales",
      "configuración avanzada");

  private static final String[] TAG_PREFIXES =
      {"tags:", "tag:", "теги:", "mots-clés:", "schlagwörter:", "etiquetas:"};
  private static final String[] COUNTER_PREFIXES = {"views:", "просмотров:", "просмотры:"};
  private static final String[] CRUMB_STARTS =
      {"home", "main page", "главная", "accueil", "startseite", "inicio"};

  private Chrome() {}

  /** Whether the stripped line {@code line} is chrome. */
  static boolean is(String line) {
    int length = line.length();
    if (length == 0) {
      return false;
    }
    char first = line.charAt(0);
    if (first == '#') {
      return allHashTags(line);
    }
    if (length > MAX_LENGTH) {
      return startsWithAny(line, TAG_PREFIXES);
    }
    if (Character.isDigit(first)) {
      return allDigits(line) || isCounter(line);
    }
    if (!Character.isLetter(first)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return FIXED.contains(lower) || isShowing(lower) || startsWithAny(lower, TAG_PREFIXES)
        || isPrefixedCounter(lower) || isCrumb(lower) || DateLines.isMonthOfYear(line);
  }

  private static boolean allDigits(String line) {
    if (line.length() > 9) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code 1234 views}, {@code 1234 просмотра}. */
  private static boolean isCounter(String line) {
    int space = line.indexOf(' ');
    if (space < 1 || !allDigits(line.substring(0, space))) {
      return false;
    }
    String word = line.substring(space + 1).toLowerCase(Locale.ROOT);
    return word.equals("views") || word.equals("view") || word.startsWith("просмотр");
  }

  private static boolean isPrefixedCounter(String lower) {
    for (String prefix : COUNTER_PREFIXES) {
      if (lower.startsWith(prefix) && allDigits(Lines.strip(lower.substring(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  /** {@code showing 1 result.}, {@code showing 12 results.} */
  private static boolean isShowing(String lower) {
    if (!lower.startsWith("showing ")) {
      return false;
    }
    int i = "showing ".length();
    int digits = i;
    while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
      i++;
    }
    String rest = lower.substring(i);
    return i > digits && (rest.equals(" result.") || rest.equals(" results.")
        || rest.equals(" result") || rest.equals(" results"));
  }

  private static boolean isCrumb(String lower) {
    for (String start : CRUMB_STARTS) {
      if (lower.startsWith(start) && lower.length() > start.length() + 2) {
        String after = lower.substring(start.length());
        if (after.startsWith(" / ") || after.startsWith(" > ") || after.startsWith(" › ")
            || after.startsWith(" » ") || after.startsWith(" | ")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allHashTags(String line) {
    for (String word : line.split(" ")) {
      if (!word.isEmpty() && (word.charAt(0) != '#' || word.length() < 2)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAny(String line, String[] prefixes) {
    for (String prefix : prefixes) {
      if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }
}
