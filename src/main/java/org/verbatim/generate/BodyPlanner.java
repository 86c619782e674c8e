package org.verbatim.generate;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.verbatim.model.Kind;
import org.verbatim.model.Role;
import org.verbatim.model.Section;

/**
 * Plans a page's turns for its kind: questions and answers for interviews, topics then questions
 * for briefings, one unlabelled turn for speeches and the like; and decides which labels are
 * printed damaged.
 */
final class BodyPlanner {

  private static final List<String> EN_SALUTATIONS = List.of("Ladies and gentlemen,",
      "Mr Chairman,", "Madam Chair,", "Dear colleagues,", "Excellencies, ladies and gentlemen,",
      "Madam Minister,", "Mr Telvane,", "Dear friends,");
  private static final List<String> RU_SALUTATIONS = List.of("Уважаемые коллеги!",
      "Дамы и господа!", "Уважаемый господин Председатель!", "Дорогие друзья!",
      "Уважаемый господин Тельвейн!");

  private final Lang lang;
  private final Title title;
  private final GeneratorOptions options;
  private final Prose prose;
  private final Dice dice;
  private final Budget budget;
  private final Charset charset;
  private final boolean html;
  private final Set<Form> forms;
  private final List<TurnPlan> turns = new ArrayList<>();
  private boolean questionAsked;
  private boolean firstDamageable;
  private boolean favourites;

  /**
   * A planner for a page in {@code charset} ({@code html} or text) that records the forms it
   * uses in {@code forms}.
   */
  BodyPlanner(Lang lang, Title title, GeneratorOptions options, Prose prose, Dice dice,
      Budget budget, Charset charset, boolean html, Set<Form> forms) {
    this.lang = lang;
    this.title = title;
    this.options = options;
    this.prose = prose;
    this.dice = dice;
    this.budget = budget;
    this.charset = charset;
    this.html = html;
    this.forms = forms;
  }

  /** This planner, ending the principal's paragraphs with their {@link FavouriteTerms} when asked. */
  BodyPlanner favouringTerms(boolean favour) {
    this.favourites = favour;
    return this;
  }

  /**
   * The body; when {@code glueToTitle} may, the first label is glued to the headline at the
   * rate of {@link Form#GLUED_TO_TITLE} (an interview whose first label can be damaged).
   */
  Body plan(boolean glueToTitle) {
    Kind kind = title.kind();
    if (kind == Kind.BRIEFING) {
      return briefing();
    }
    if (kind == Kind.INTERVIEW) {
      LabelStyle style = LabelStyle.choose(lang, title, charset, options, forms, dice);
      if (style.mayOpenWithAnswer() && dice.chance(0.1)) {
        labelled(null, List.of(), style.answer(), List.of(paragraph()));
      }
      questionsAndAnswers(null, List.of(), style, 0);
      if (glueToTitle) {
        glueFirstLabelToTitle();
      }
      return new Body(turns, List.of(), List.of());
    }
    boolean questions = kind == Kind.REMARKS && hasQuestions();
    boolean salutation = (kind == Kind.SPEECH || kind == Kind.REMARKS)
        && dice.chance(options.rate(Form.SALUTATION));
    if (salutation) {
      forms.add(Form.SALUTATION);
    }
    unlabelledUntil(null, List.of(), (long) (budget.left() * (questions ? 0.5 : 0.0)),
        salutation);
    if (questions) {
      questionsAndAnswers(null, List.of(), LabelStyle.choose(lang, title, charset, options, forms,
          dice), 0);
    }
    return new Body(turns, List.of(), List.of());
  }

  private boolean hasQuestions() {
    String text = title.text();
    return text.contains("answers to media questions") || text.contains("news conference")
        || text.contains("ответы на вопросы СМИ");
  }

  private void glueFirstLabelToTitle() {
    TurnPlan first = turns.get(0);
    if (!firstDamageable || first.damage() != TurnPlan.Damage.NONE
        || !dice.chance(options.rate(Form.GLUED_TO_TITLE))) {
      return;
    }
    forms.add(Form.GLUED_TO_TITLE);
    turns.set(0, first.withDamage(TurnPlan.Damage.TITLE));
    // A label glued after the first paragraph would be glued to the headline's line too.
    if (turns.size() > 1 && turns.get(1).damage() == TurnPlan.Damage.GLUED
        && first.paragraphs().size() == 1) {
      turns.set(1, turns.get(1).withDamage(TurnPlan.Damage.NONE));
    }
  }

  /**
   * A briefing: its topics, each a section of the spokesperson's words under its heading, then
   * the answers to questions, as one section or one per question the list names.
   */
  private Body briefing() {
    int topics = dice.between(2, 8);
    boolean answers = dice.chance(0.8);
    Form layout = Contents.layout(answers, options, dice);
    boolean itemised = Contents.listsQuestions(layout);
    int questions = itemised ? dice.between(2, 6) : 0;
    List<String> headings = prose.headings(topics + questions);
    List<String> topicHeadings = headings.subList(0, topics);
    List<String> questionHeadings = headings.subList(topics, headings.size());
    String lead = !answers || layout == Form.CONTENTS_DASH_THEN_NUMBERED ? null
        : layout == Form.CONTENTS_FROM_ANSWERS ? prose.fromAnswersHeading()
        : prose.answersHeading();
    List<String> sectionHeadings = new ArrayList<>(topicHeadings);
    if (lead != null) {
      sectionHeadings.add(lead);
    }
    sectionHeadings.addAll(questionHeadings);
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < sectionHeadings.size(); i++) {
      sections.add(new Section(i + 1, sectionHeadings.get(i)));
    }
    long share = budget.left() / (topics + (answers ? 1 : 0));
    for (int i = 0; i < topics; i++) {
      unlabelledUntil(i + 1, List.of(topicHeadings.get(i)), budget.left() - share, false);
    }
    if (answers) {
      LabelStyle style = LabelStyle.choose(lang, title, charset, options, forms, dice);
      if (!itemised) {
        questionsAndAnswers(topics + 1, List.of(lead), style, 0);
      } else {
        int first = topics + (lead == null ? 1 : 2);
        long each = budget.left() / questions;
        for (int q = 0; q < questions; q++) {
          List<String> printed = q == 0 && lead != null
              ? List.of(lead, questionHeadings.get(0)) : List.of(questionHeadings.get(q));
          questionsAndAnswers(first + q, printed, style,
              q == questions - 1 ? 0 : budget.left() - each);
        }
      }
    }
    List<String> list = Contents.print(layout, topicHeadings, lead, questionHeadings, lang, html,
        options, forms, dice);
    return new Body(turns, sections, list);
  }

  /**
   * Questions and answers in {@code section} until the budget falls to {@code stop}, at least
   * one pair; the first question is printed after {@code headings}.
   */
  private void questionsAndAnswers(Integer section, List<String> headings, LabelStyle style,
      long stop) {
    int pairs = 0;
    while (pairs == 0 || budget.left() > stop) {
      List<String> question = new ArrayList<>();
      question.add(charged(prose.question()));
      if (dice.chance(0.1)) {
        question.add(charged(prose.question()));
      }
      labelled(section, pairs == 0 ? headings : List.of(), style.question(), question);
      questionAsked = true;
      List<String> answer = new ArrayList<>();
      int paragraphs = dice.between(1, 6);
      for (int i = 0; i < paragraphs; i++) {
        answer.add(paragraph());
      }
      labelled(section, List.of(), style.answer(), answer);
      pairs++;
    }
  }

  /**
   * A labelled turn: a questioner's (whose speaker is the label, or nobody for a nameless dash)
   * or the principal speaker's; a label the parser can recognise damaged may be printed so.
   */
  private void labelled(Integer section, List<String> headings, LabelStyle.Label label,
      List<String> paragraphs) {
    Role role = label.questioner() ? Role.QUESTION : questionAsked ? Role.ANSWER : Role.REMARKS;
    TurnPlan.Damage damage = TurnPlan.Damage.NONE;
    boolean damageable = label.damageable(title.principal());
    firstDamageable |= turns.isEmpty() && damageable;
    if (damageable) {
      boolean previousInSection = !turns.isEmpty() && headings.isEmpty()
          && Objects.equals(turns.get(turns.size() - 1).section(), section);
      if (dice.chance(options.lostColonRate())) {
        damage = TurnPlan.Damage.LOST_COLON;
      } else if (previousInSection && dice.chance(options.gluedLabelRate())) {
        damage = TurnPlan.Damage.GLUED;
      }
    }
    budget.charge(label.printed());
    turns.add(new TurnPlan(section, headings, label.printed(), label.label(), label.speaker(),
        role, paragraphs, label.notes(), label.separator(), damage));
  }

  /**
   * One unlabelled turn of the principal speaker (or of nobody) until the budget falls to
   * {@code stop}, opening with a salutation line when asked.
   */
  private void unlabelledUntil(Integer section, List<String> headings, long stop,
      boolean salutation) {
    headings.forEach(budget::charge);
    List<String> paragraphs = new ArrayList<>();
    if (salutation) {
      paragraphs.add(charged(dice.pick(lang == Lang.EN ? EN_SALUTATIONS : RU_SALUTATIONS)));
    }
    int opening = paragraphs.size();
    while (paragraphs.size() == opening || budget.left() > stop) {
      if (paragraphs.size() > opening && dice.chance(options.listIntroductionRate())) {
        paragraphs.add(charged(prose.listIntroduction()));
      }
      paragraphs.add(paragraph());
    }
    String speaker = title.principal() == null ? null : title.principal().name();
    turns.add(new TurnPlan(section, headings, null, null, speaker, Role.REMARKS, paragraphs,
        List.of(), null, TurnPlan.Damage.NONE));
  }

  private String paragraph() {
    String text = prose.paragraph(1, 5);
    if (dice.chance(options.editorialRate())) {
      int space = text.indexOf(' ', dice.between(0, Math.max(0, text.length() - 2)));
      if (space > 0) {
        text = text.substring(0, space + 1) + prose.insertion() + " " + text.substring(space + 1);
      }
    }
    charged(text);
    // Not charged to the page's budget: the dice then run as they would without the sentence.
    return favourites && title.principal() != null
        ? text + " " + FavouriteTerms.sentence(title.principal().name()) : text;
  }

  private String charged(String text) {
    budget.charge(text);
    return text;
  }
}
