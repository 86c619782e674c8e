package org.verbatim.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.verbatim.model.Insertion;
import org.verbatim.model.Participant;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * The last stage: blocks into turns.
 *
 * <p>A labelled paragraph starts a turn; a plain paragraph continues the current one, or, when
 * there is none (the top of the body, or just after a section heading), starts an unlabelled
 * {@code remarks} turn of the principal speaker. A section heading ends the current turn; a
 * separator ({@code * * *}) is dropped. Roles: questioners ask ({@code question}); a nameless dash turn is a question
 * (no speaker) or an answer (the principal) as the page decided; any other label is
 * {@code remarks} until the first question of the page, {@code answer} after it. Turns before a page's first section heading, and all turns
 * of a page without sections, have no section.
 */
final class TurnBuilder implements Consumer<Block> {

  private final Speakers speakers;
  private final List<Turn> turns = new ArrayList<>();
  private final LanguageGuess language = new LanguageGuess();
  /** Each label's speaker, resolved once: a long page has one string per speaker, not per turn. */
  private final Map<String, String> resolved = new HashMap<>();
  private boolean questionSeen;
  private int section;

  private Label label;
  private String speaker;
  private Role role;
  private List<String> paragraphs;
  private List<Insertion> editorial;

  TurnBuilder(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public void accept(Block block) {
    switch (block.kind()) {
      case SECTION_HEADING -> {
        close();
        section = block.section();
      }
      case SEPARATOR -> { }
      case LABELLED -> {
        close();
        start(block.label());
        add(block.text());
      }
      case PARAGRAPH -> {
        if (paragraphs == null) {
          start(null);
          if (turns.isEmpty() && section == 0 && speaker != null
              && namesBySurname(block.text(), speaker)) {
            // Vladimir Putin had a working meeting with … Igor Rudnev: the page's words about
            // the principal speaker, not theirs
            speaker = null;
          }
        }
        add(block.text());
      }
      default -> throw new IllegalArgumentException("Not a body block: " + block.kind());
    }
  }

  private void start(Label newLabel) {
    label = newLabel;
    Participant principal = speakers.principal();
    paragraphs = new ArrayList<>(4);
    editorial = List.of();
    if (newLabel == null) {
      speaker = principal == null ? null : principal.name();
      role = Role.REMARKS;
    } else if (newLabel.asks() != null) {
      boolean question = newLabel.asks();
      speaker = question || principal == null ? null : principal.name();
      role = question ? Role.QUESTION : Role.ANSWER;
      questionSeen |= question;
    } else if (speakers.isQuestioner(newLabel.printed())) {
      speaker = newLabel.printed();
      role = Role.QUESTION;
      questionSeen = true;
    } else {
      speaker = resolved.computeIfAbsent(newLabel.printed(), speakers::resolve);
      role = questionSeen ? Role.ANSWER : Role.REMARKS;
    }
  }

  private void add(String text) {
    if (text.isEmpty() || timestamp(text)) {
      return; // (01:47) on a line of its own, between the paragraphs of a transcription service
    }
    if (hasBracket(text)) {
      if (editorial.isEmpty()) {
        editorial = new ArrayList<>(2);
      }
      Editorial.find(text, paragraphs.size(), editorial);
    }
    paragraphs.add(text);
    language.add(text);
  }

  /**
   * Whether {@code text} names {@code speaker} by surname, in any case of it ({@code Рудневым} for
   * {@code Игорь Руднев}, {@code Lavrov} for {@code С.В.Лавров}): no one names themselves so.
   */
  private static boolean namesBySurname(String text, String speaker) {
    String surname = speaker.substring(
        Math.max(speaker.lastIndexOf(' '), speaker.lastIndexOf('.')) + 1);
    if (surname.length() < 4 || !Character.isUpperCase(surname.charAt(0))) {
      return false;
    }
    String stem = surname.length() > 5 ? surname.substring(0, surname.length() - 2) : surname;
    for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} is only a time in brackets: {@code (01:47)}, {@code (1:02:03)}. */
  static boolean timestamp(String text) {
    int n = text.length();
    if (n < 6 || n > 10 || text.charAt(0) != '(' || text.charAt(n - 1) != ')') {
      return false;
    }
    int digits = 0;
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ':' || digits == 0 || text.charAt(i + 1) == ')') {
        return false;
      }
    }
    return text.indexOf(':') > 0 && digits >= 3;
  }

  /** Whether {@code text} holds a bracket an insertion may open with (in one pass, not three). */
  private static boolean hasBracket(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '<' || c == '‹') {
        return true;
      }
    }
    return false;
  }

  private void close() {
    if (paragraphs == null) {
      return;
    }
    turns.add(new Turn(section == 0 ? null : section, label == null ? null : label.printed(),
        speaker, role, paragraphs, label == null ? List.of() : label.notes(), editorial));
    paragraphs = null;
  }

  /** The turns read, the last one closed. */
  List<Turn> turns() {
    close();
    return turns;
  }

  /** What the body's language is, from its first paragraphs. */
  LanguageGuess language() {
    return language;
  }
}
