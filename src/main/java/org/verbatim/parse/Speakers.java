package org.verbatim.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Participant;

/**
 * Who a label names, and whether it asks.
 *
 * <ul>
 *   <li>Questioners: {@code Question}, {@code Q}, {@code Q.}, {@code Вопрос}, {@code Frage},
 *       {@code Pregunta}, {@code Journalist}, {@code Журналист}, {@code Correspondent},
 *       {@code Корреспондент} and the title's outlets, in any case; the speaker is the label as
 *       printed.
 *   <li>Answer words ({@code A}, {@code A.}, {@code Answer}, {@code Ответ}, {@code Antwort},
 *       {@code Respuesta}, {@code Réponse}): the principal speaker, else the label.
 *   <li>Initials and a surname ({@code С.В. ЛАВРОВ}) are written {@code С.В.Лавров}.
 *   <li>A label equal to the principal speaker's name in any case, or whose only word besides an
 *       honorific (Mr, Mrs, Ms, Dr, with or without a dot) is the principal's surname
 *       ({@code MR PETROV}), is the principal speaker; any other label is its own speaker.
 * </ul>
 */
final class Speakers {

  private static final Set<String> QUESTIONERS = Set.of(
      "question", "q", "q.", "вопрос", "frage", "pregunta", "journalist", "журналист",
      "correspondent", "корреспондент");
  private static final Set<String> ANSWERERS = Set.of(
      "a", "a.", "answer", "ответ", "antwort", "respuesta", "réponse");
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
  private static final Pattern INITIALS_NAME = Pattern.compile(
      "([А-ЯЁ])\\.\\s?([А-ЯЁ])\\.\\s?([А-ЯЁ][А-ЯЁа-яё]*(?:-[А-ЯЁ][А-ЯЁа-яё]*)?)");

  private final Participant principal;
  private final Set<String> outlets = new HashSet<>();

  Speakers(Participant principal, List<String> outletNames) {
    this.principal = principal;
    for (String outlet : outletNames) {
      outlets.add(outlet.toLowerCase(Locale.ROOT));
    }
  }

  boolean isQuestioner(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    return QUESTIONERS.contains(lower) || outlets.contains(lower);
  }

  /** The name of whoever speaks under {@code label}. */
  String resolve(String label) {
    if (isQuestioner(label)) {
      return label;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    if (ANSWERERS.contains(lower)) {
      return principal != null ? principal.name() : label;
    }
    String name = russianInitialsName(label);
    if (principal == null) {
      return name;
    }
    if (name.equalsIgnoreCase(principal.name())) {
      return principal.name();
    }
    String[] words = label.split(" ");
    int first = words.length > 1 && HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    if (words.length - first == 1 && words[first].equalsIgnoreCase(surname(principal.name()))) {
      return principal.name();
    }
    return name;
  }

  /** The surname in a name: its last word, after any initials ({@code С.В.Лавров} → Лавров). */
  static String surname(String name) {
    int cut = Math.max(name.lastIndexOf(' '), name.lastIndexOf('.'));
    return name.substring(cut + 1);
  }

  static boolean isRussianInitialsName(String label) {
    return INITIALS_NAME.matcher(label).matches();
  }

  /** {@code С.В. ЛАВРОВ} → {@code С.В.Лавров}; any other label unchanged. */
  static String russianInitialsName(String label) {
    Matcher m = INITIALS_NAME.matcher(label);
    if (!m.matches()) {
      return label;
    }
    StringBuilder surname = new StringBuilder(m.group(3).length());
    boolean wordStart = true;
    for (int i = 0; i < m.group(3).length(); i++) {
      char c = m.group(3).charAt(i);
      surname.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      wordStart = c == '-';
    }
    return m.group(1) + "." + m.group(2) + "." + surname;
  }
}
