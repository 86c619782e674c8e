package org.verbatim.generate;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Kind;

/**
 * How the labels of a page's question-and-answer part are printed and whom they name: the usual
 * mid.ru pairs ({@code Question:} and the principal's name, {@code Q:}/{@code A:},
 * {@code QUESTION:}/{@code MR LODYGIN:}, the title's outlets), or one of the label
 * {@link Form}s. Not thread-safe: a timestamped style keeps its clock.
 */
final class LabelStyle {

  /**
   * One label as printed and read.
   *
   * @param printed    the label as printed before its separator, notes included
   * @param label      the label as the parser reports it
   * @param speaker    the resolved speaker (null for a nameless dash question)
   * @param questioner whether the label asks
   * @param separator  what stands between the label and the words: {@code ": "}, {@code " "},
   *                   {@code "："}, or {@code ":\n"} for a label alone on its line
   */
  record Label(String printed, String label, String speaker, boolean questioner,
      List<String> notes, String separator) {

    /**
     * Whether the label can lose its colon or be glued and still be read: a plain question word
     * or the principal's plain name, before a colon and a space, with no note.
     */
    boolean damageable(Person principal) {
      return separator.equals(": ") && notes.isEmpty()
          && (questioner ? label.equals("Question") || label.equals("Вопрос")
              : label.equals(principal.name()));
    }
  }

  private static final List<Form> FORMS = List.of(Form.DASH_TURNS, Form.Q_A_WITHOUT_COLON,
      Form.POST_BEFORE_NAME, Form.NOTE_IN_LABEL, Form.TIMESTAMP_LABEL, Form.SPACED_INITIALS,
      Form.SINGLE_INITIAL, Form.OUTLET_QUESTIONER, Form.FULL_WIDTH_COLON);
  private static final List<String> EN_NOTES =
      List.of("retranslated from French", "retranslated from Spanish", "retranslated from English");
  private static final List<String> RU_NOTES =
      List.of("перевод с английского", "перевод с французского");
  private static final List<String> EN_OUTLETS = List.of("Pinewood News", "Kestrel Radio",
      "Harbour Daily", "Delta TV reporter", "Northwind Press Agency", "Meridian Times",
      "Coastline Television reporter");
  private static final List<String> RU_OUTLETS = List.of("Радио Атлас", "Дельта ТВ",
      "Северная газета", "Агентство Норд", "Береговые новости");

  private final Form form;
  private final Lang lang;
  private final Person principal;
  private final String question;
  private final String answer;
  private final List<String> askers;
  private final String separator;
  private final double notesRate;
  private final Dice dice;
  private int clock;

  private LabelStyle(Form form, Lang lang, Person principal, String question, String answer,
      List<String> askers, String separator, double notesRate, Dice dice) {
    this.form = form;
    this.lang = lang;
    this.principal = principal;
    this.question = question;
    this.answer = answer;
    this.askers = askers;
    this.separator = separator;
    this.notesRate = notesRate;
    this.dice = dice;
    this.clock = dice.between(0, 40);
  }

  /**
   * The labels of a question-and-answer part of a page of {@code kind} (an interview, remarks or
   * a briefing): one of the label forms at its rate where the page can print it, else a usual
   * pair; the form is added to {@code forms}.
   */
  static LabelStyle choose(Lang lang, Title title, Charset charset, GeneratorOptions options,
      Set<Form> forms, Dice dice) {
    Person principal = title.principal();
    double u = dice.unit();
    for (Form candidate : FORMS) {
      if (fits(candidate, lang, title, charset)) {
        u -= options.rate(candidate);
        if (u < 0) {
          forms.add(candidate);
          return of(candidate, lang, principal, options, dice);
        }
      }
    }
    String name = principal.name();
    if (title.kind() == Kind.BRIEFING) {
      return usual(lang, lang == Lang.EN ? "Question" : "Вопрос", name, principal, options,
          dice);
    }
    if (lang == Lang.RU) {
      return switch (dice.between(0, 2)) {
        case 0 -> usual(lang, "Вопрос", name, principal, options, dice);
        case 1 -> usual(lang, "Вопрос", principal.spacedName(), principal, options, dice);
        default -> usual(lang, "ВОПРОС", principal.upperLabel(), principal, options, dice);
      };
    }
    boolean interview = title.kind() == Kind.INTERVIEW;
    if (interview && !title.outlets().isEmpty() && dice.chance(0.25)) {
      return new LabelStyle(null, lang, principal, null, name, title.outlets(), ": ", 0, dice);
    }
    return switch (dice.weighted(List.of(0, 1, 2, 3), 55, 15, 15, 15)) {
      case 0 -> usual(lang, "Question", name, principal, options, dice);
      case 1 -> usual(lang, "Q", "A", principal, options, dice);
      case 2 -> usual(lang, "Q.", "A.", principal, options, dice);
      default -> usual(lang, "QUESTION", principal.upperLabel(), principal, options, dice);
    };
  }

  private static boolean fits(Form form, Lang lang, Title title, Charset charset) {
    return switch (form) {
      case DASH_TURNS -> lang == Lang.RU && title.kind() == Kind.INTERVIEW
          && charset.newEncoder().canEncode("—–");
      case Q_A_WITHOUT_COLON, POST_BEFORE_NAME, NOTE_IN_LABEL -> lang == Lang.EN;
      case SPACED_INITIALS, SINGLE_INITIAL -> lang == Lang.RU;
      case FULL_WIDTH_COLON -> charset.newEncoder().canEncode("：");
      default -> true;
    };
  }

  private static LabelStyle usual(Lang lang, String question, String answer, Person principal,
      GeneratorOptions options, Dice dice) {
    return new LabelStyle(null, lang, principal, question, answer, List.of(), ": ",
        options.notesRate(), dice);
  }

  private static LabelStyle of(Form form, Lang lang, Person principal, GeneratorOptions options,
      Dice dice) {
    boolean en = lang == Lang.EN;
    String ask = en ? "Question" : "Вопрос";
    String name = principal.name();
    return switch (form) {
      case DASH_TURNS -> {
        String dash = dice.chance(0.8) ? "—" : "–";
        yield new LabelStyle(form, lang, principal, dash, dash, List.of(), " ", 0, dice);
      }
      case Q_A_WITHOUT_COLON -> new LabelStyle(form, lang, principal, "Q", "A", List.of(), " ", 0,
          dice);
      case POST_BEFORE_NAME -> new LabelStyle(form, lang, principal, ask,
          Prose.capitalise(principal.post()) + " " + name, List.of(), ": ", options.notesRate(),
          dice);
      case NOTE_IN_LABEL -> new LabelStyle(form, lang, principal, ask, name, List.of(), ": ", 0,
          dice);
      case OUTLET_QUESTIONER -> new LabelStyle(form, lang, principal, null, name,
          en ? EN_OUTLETS : RU_OUTLETS, ": ", 0, dice);
      case TIMESTAMP_LABEL -> new LabelStyle(form, lang, principal, en ? "Journalist" : ask, name,
          List.of(), ":\n", 0, dice);
      case SPACED_INITIALS -> new LabelStyle(form, lang, principal, ask,
          name.replace(".", ". "), List.of(), ": ", options.notesRate(), dice);
      case SINGLE_INITIAL -> new LabelStyle(form, lang, principal, ask,
          name.substring(0, 2) + name.substring(name.lastIndexOf('.') + 1), List.of(), ": ",
          options.notesRate(), dice);
      case FULL_WIDTH_COLON -> new LabelStyle(form, lang, principal, ask, name, List.of(),
          dice.chance(0.5) ? "：" : "： ", 0, dice);
      default -> throw new IllegalArgumentException("Not a label form: " + form);
    };
  }

  /** The form, or null for a usual pair. */
  Form form() {
    return form;
  }

  /** Whether the part may open with the principal's words before any question. */
  boolean mayOpenWithAnswer() {
    return form != Form.DASH_TURNS && form != Form.Q_A_WITHOUT_COLON;
  }

  /** The next question's label. */
  Label question() {
    if (form == Form.DASH_TURNS) {
      return new Label(question, question, null, true, List.of(), separator);
    }
    if (question == null) {
      String asker = dice.pick(askers);
      return new Label(asker, asker, asker, true, List.of(), separator);
    }
    if (form == Form.TIMESTAMP_LABEL) {
      return timed(question, question, true);
    }
    if (form == Form.NOTE_IN_LABEL && dice.chance(0.5)) {
      return new Label(question + " (retranslated)", question, question, true,
          List.of("retranslated"), separator);
    }
    boolean plain = question.equals("Question") || question.equals("Вопрос");
    if (plain && separator.equals(": ") && dice.chance(notesRate)) {
      String note = dice.pick(lang == Lang.EN ? EN_NOTES : RU_NOTES);
      return new Label(question + " (" + note + ")", question, question, true, List.of(note),
          separator);
    }
    return new Label(question, question, question, true, List.of(), separator);
  }

  /** The next answer's label: the principal's. */
  Label answer() {
    if (form == Form.TIMESTAMP_LABEL) {
      return timed(answer, principal.name(), false);
    }
    if (form == Form.NOTE_IN_LABEL) {
      String note = dice.chance(0.7) ? "spoke in Russian" : "retranslated";
      return new Label(answer + " (" + note + ")", answer, principal.name(), false,
          List.of(note), separator);
    }
    return new Label(answer, answer, principal.name(), false, List.of(), separator);
  }

  /** A label followed by the time into the recording, {@code Ivan Lodygin (01:27)}. */
  private Label timed(String label, String speaker, boolean questioner) {
    clock += dice.between(15, 240);
    String time = clock < 3600
        ? Months.two(clock / 60) + ":" + Months.two(clock % 60)
        : Months.two(clock / 3600) + ":" + Months.two(clock / 60 % 60) + ":"
            + Months.two(clock % 60);
    return new Label(label + " (" + time + ")", label, speaker, questioner, List.of(time),
        separator);
  }
}
