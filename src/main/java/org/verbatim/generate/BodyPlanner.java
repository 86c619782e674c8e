package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.verbatim.model.Kind;
import org.verbatim.model.Role;
import org.verbatim.model.Section;

/**
 * Plans a page's turns for its kind: questions and answers for interviews, topics then questions
 * for briefings, one unlabelled turn for speeches and the like; and decides which labels are
 * printed damaged.
 */
final class BodyPlanner {

  private static final List<String> EN_NOTES =
      List.of("retranslated from French", "retranslated from Spanish", "retranslated from English");
  private static final List<String> RU_NOTES =
      List.of("перевод с английского", "перевод с французского");

  private final Lang lang;
  private final Title title;
  private final GeneratorOptions options;
  private final Prose prose;
  private final Dice dice;
  private final Budget budget;
  private final List<TurnPlan> turns = new ArrayList<>();
  private boolean questionAsked;

  BodyPlanner(Lang lang, Title title, GeneratorOptions options, Prose prose,
      Dice dice, Budget budget) {
    this.lang = lang;
    this.title = title;
    this.options = options;
    this.prose = prose;
    this.dice = dice;
    this.budget = budget;
  }

  /** The printed label pair of a question-and-answer part. */
  private record Style(String question, String answer, boolean outlets, boolean plainQuestion,
      boolean plainAnswer) {}

  Body plan() {
    Kind kind = title.kind();
    if (kind == Kind.BRIEFING) {
      return briefing();
    }
    if (kind == Kind.INTERVIEW) {
      Style style = style(true);
      if (dice.chance(0.1)) {
        labelled(null, null, style.answer(), false, List.of(paragraph()), List.of(),
            style.plainAnswer());
      }
      questionsAndAnswers(null, null, style);
      return new Body(turns, List.of(), List.of());
    }
    boolean questions = kind == Kind.REMARKS && hasQuestions();
    unlabelled(null, null, questions ? 0.5 : 1.0);
    if (questions) {
      questionsAndAnswers(null, null, style(false));
    }
    return new Body(turns, List.of(), List.of());
  }

  private boolean hasQuestions() {
    String text = title.text();
    return text.contains("answers to media questions") || text.contains("news conference")
        || text.contains("ответы на вопросы СМИ");
  }

  private Body briefing() {
    int topics = dice.between(2, 8);
    boolean answers = dice.chance(0.8);
    List<String> headings = new ArrayList<>(prose.headings(topics));
    if (answers) {
      headings.add(prose.answersHeading());
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      sections.add(new Section(i + 1, headings.get(i)));
    }
    long share = budget.left() / headings.size();
    for (int i = 0; i < topics; i++) {
      long stop = budget.left() - share;
      unlabelledUntil(i + 1, headings.get(i), stop);
    }
    if (answers) {
      questionsAndAnswers(topics + 1, prose.answersHeading(),
          new Style(question(), title.principal().name(), false, true, true));
    }
    return new Body(turns, sections, topicList(headings, answers));
  }

  private String question() {
    return lang == Lang.EN ? "Question" : "Вопрос";
  }

  /** The topic list above a briefing: numbered (with gaps or a restart) or dash bullets. */
  private List<String> topicList(List<String> headings, boolean answers) {
    List<String> lines = new ArrayList<>();
    String scheme = dice.weighted(List.of("plain", "gap", "restart", "dash", "en-dash"),
        60, 15, 10, 10, 5);
    int gapAt = dice.between(1, headings.size() - 1);
    int restartAt = dice.between(1, headings.size() - 1);
    int number = 1;
    for (int i = 0; i < headings.size(); i++) {
      String bullet = switch (scheme) {
        case "dash" -> "- ";
        case "en-dash" -> "– ";
        default -> {
          if (scheme.equals("gap") && i == gapAt) {
            number++;
          }
          if (scheme.equals("restart") && i == restartAt) {
            number = 1;
          }
          yield (number++) + ". ";
        }
      };
      lines.add(bullet + headings.get(i));
    }
    return lines;
  }

  private Style style(boolean interview) {
    String name = title.principal().name();
    if (lang == Lang.RU) {
      return switch (dice.between(0, 2)) {
        case 0 -> new Style("Вопрос", name, false, true, true);
        case 1 -> new Style("Вопрос", title.principal().spacedName(), false, true, false);
        default -> new Style("ВОПРОС", title.principal().upperLabel(), false, false, false);
      };
    }
    boolean outlets = interview && !title.outlets().isEmpty() && dice.chance(0.25);
    if (outlets) {
      return new Style(null, name, true, false, true);
    }
    return switch (dice.weighted(List.of(0, 1, 2, 3), 55, 15, 15, 15)) {
      case 0 -> new Style("Question", name, false, true, true);
      case 1 -> new Style("Q", "A", false, false, false);
      case 2 -> new Style("Q.", "A.", false, false, false);
      default -> new Style("QUESTION", title.principal().upperLabel(), false, false, false);
    };
  }

  private void questionsAndAnswers(Integer section, String heading, Style style) {
    int pairs = 0;
    while (pairs == 0 || !budget.exhausted()) {
      String asker = style.outlets() ? dice.pick(title.outlets()) : style.question();
      List<String> notes = style.plainQuestion() && dice.chance(options.notesRate())
          ? List.of(dice.pick(lang == Lang.EN ? EN_NOTES : RU_NOTES)) : List.of();
      List<String> question = new ArrayList<>();
      question.add(charged(prose.question()));
      if (dice.chance(0.1)) {
        question.add(charged(prose.question()));
      }
      labelled(section, pairs == 0 ? heading : null, asker, true, question, notes,
          style.plainQuestion());
      questionAsked = true;
      List<String> answer = new ArrayList<>();
      int paragraphs = dice.between(1, 6);
      for (int i = 0; i < paragraphs; i++) {
        answer.add(paragraph());
      }
      labelled(section, null, style.answer(), false, answer, List.of(), style.plainAnswer());
      pairs++;
    }
  }

  /**
   * A labelled turn: a questioner's (whose speaker is the label) or the principal speaker's.
   * {@code damageable} when the label is one the parser can recognise without its colon.
   */
  private void labelled(Integer section, String heading, String label, boolean questioner,
      List<String> paragraphs, List<String> notes, boolean damageable) {
    String speaker = questioner ? label : title.principal().name();
    Role role = questioner ? Role.QUESTION : questionAsked ? Role.ANSWER : Role.REMARKS;
    String printed = notes.isEmpty() ? label : label + " (" + notes.get(0) + ")";
    TurnPlan.Damage damage = TurnPlan.Damage.NONE;
    if (damageable && notes.isEmpty()) {
      boolean previousInSection = !turns.isEmpty() && heading == null
          && Objects.equals(turns.get(turns.size() - 1).section(), section);
      if (dice.chance(options.lostColonRate())) {
        damage = TurnPlan.Damage.LOST_COLON;
      } else if (previousInSection && dice.chance(options.gluedLabelRate())) {
        damage = TurnPlan.Damage.GLUED;
      }
    }
    budget.charge(printed);
    turns.add(new TurnPlan(section, heading, printed, label, speaker, role, paragraphs, notes,
        damage));
  }

  /** One unlabelled turn of the principal speaker (or of nobody) using {@code share} of the budget. */
  private void unlabelled(Integer section, String heading, double share) {
    unlabelledUntil(section, heading, (long) (budget.left() * (1 - share)));
  }

  private void unlabelledUntil(Integer section, String heading, long stop) {
    if (heading != null) {
      budget.charge(heading);
    }
    List<String> paragraphs = new ArrayList<>();
    while (paragraphs.isEmpty() || budget.left() > stop) {
      if (paragraphs.size() > 0 && dice.chance(options.listIntroductionRate())) {
        paragraphs.add(charged(prose.listIntroduction()));
      }
      paragraphs.add(paragraph());
    }
    String speaker = title.principal() == null ? null : title.principal().name();
    turns.add(new TurnPlan(section, heading, null, null, speaker, Role.REMARKS, paragraphs,
        List.of(), TurnPlan.Damage.NONE));
  }

  private String paragraph() {
    String text = prose.paragraph(1, 5);
    if (dice.chance(options.editorialRate())) {
      int space = text.indexOf(' ', dice.between(0, Math.max(0, text.length() - 2)));
      if (space > 0) {
        text = text.substring(0, space + 1) + prose.insertion() + " " + text.substring(space + 1);
      }
    }
    return charged(text);
  }

  private String charged(String text) {
    budget.charge(text);
    return text;
  }
}
