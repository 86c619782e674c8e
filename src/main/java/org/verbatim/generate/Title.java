package org.verbatim.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;

/**
 * A page's title and what the parser must read from it.
 *
 * @param text      the title line as printed
 * @param principal the official the title names, or null
 * @param outlets   the outlets the title names, in title order
 * @param place     the place of the trailing {@code , Place, date}, or null
 * @param eventDate the date the title names, or null
 * @param endsWithDate whether the title's last characters are its date ({@code …, 2019},
 *                  {@code …2019 г.}), so that a label glued to it still reads apart
 */
record Title(String text, Kind kind, Person principal, List<String> outlets, String place,
    LocalDate eventDate, boolean endsWithDate) {

  private static final List<String> EN_BROADCASTERS = List.of("Delta TV", "Kestrel Radio",
      "Coastline Television", "Pinewood News", "Radio Atlas", "Harbour Broadcasting",
      "Summit 24", "Lantern Television");
  private static final List<String> EN_NEWSPAPERS =
      List.of("Northern Herald", "Evening Meridian", "Coastal Courier", "Morning Compass");
  private static final List<String> RU_BROADCASTERS =
      List.of("Дельта", "Меридиан ТВ", "Радио Атлас", "Пеликан", "Гавань 24");
  private static final List<String> RU_NEWSPAPERS =
      List.of("Северный вестник", "Вечерний меридиан", "Береговой курьер", "Утренний компас");

  List<Participant> participants() {
    return principal == null ? List.of() : List.of(new Participant(principal.name(),
        principal.post()));
  }

  /**
   * Invents a title of {@code kind}; {@code date} is null when the title carries no date. How a
   * date is printed follows the title date rates of {@code options}; the form is added to
   * {@code forms}.
   */
  static Title invent(Lang lang, Kind kind, LocalDate date, boolean withPlace,
      boolean guillemets, Prose prose, Dice dice, GeneratorOptions options, Set<Form> forms) {
    return invent(lang, kind, date, withPlace, guillemets, prose, dice, options, forms, null,
        null);
  }

  /**
   * Invents a title naming {@code person} (when not null) and ending with {@code place} (when
   * not null and the title has a place): a language version of another page's title.
   */
  static Title invent(Lang lang, Kind kind, LocalDate date, boolean withPlace,
      boolean guillemets, Prose prose, Dice dice, GeneratorOptions options, Set<Form> forms,
      Person person, Words.Place place) {
    Fixed fixed = new Fixed(person, place, options, forms);
    return lang == Lang.EN
        ? english(kind, date, withPlace, prose, dice, fixed)
        : russian(kind, date, withPlace, guillemets, prose, dice, fixed);
  }

  /** What a language version of another page takes from it; null parts are invented. */
  private record Fixed(Person person, Words.Place place, GeneratorOptions options,
      Set<Form> forms) {}

  private static boolean spokesperson(Kind kind, Dice dice) {
    return kind == Kind.BRIEFING || kind == Kind.COMMENT && dice.chance(0.7);
  }

  private static Title english(Kind kind, LocalDate date, boolean withPlace, Prose prose,
      Dice dice, Fixed fixed) {
    Person person = fixed.person() != null ? fixed.person()
        : Person.invent(Lang.EN, spokesperson(kind, dice), dice);
    String p = person.post() + " " + person.name();
    String topic = dice.chance(0.5) ? "the situation in " + prose.country().name()
        : prose.object();
    List<String> outlets = new ArrayList<>();
    String head = switch (kind) {
      case INTERVIEW -> {
        int form = dice.between(0, 5);
        if (form <= 3) {
          int n = dice.weighted(List.of(1, 2, 3), 5, 3, 2);
          StringBuilder with = new StringBuilder();
          while (outlets.size() < n) {
            String outlet = dice.pick(EN_BROADCASTERS);
            if (outlets.contains(outlet)) {
              continue;
            }
            String printed = dice.chance(0.3) ? prose.country().name() + "’s " + outlet : outlet;
            with.append(outlets.isEmpty() ? "" : outlets.size() == n - 1 ? " and " : ", ")
                .append(printed);
            outlets.add(outlet);
          }
          yield p + "’s interview with " + with;
        }
        String paper = dice.pick(EN_NEWSPAPERS);
        outlets.add(paper);
        yield form == 4 ? p + "’s interview for the " + paper + " newspaper"
            : p + "’s interview to the newspaper " + paper;
      }
      case BRIEFING -> "Briefing by " + p;
      case REMARKS -> dice.pick(List.of(
          p + "’s remarks and answers to media questions following talks on " + topic,
          p + "’s opening remarks at the meeting of the council on " + topic,
          p + "’s remarks at a news conference on " + topic));
      case SPEECH -> p + "’s speech at the conference on " + topic;
      case STATEMENT -> p + "’s statement on " + topic;
      case ARTICLE -> {
        String paper = dice.pick(EN_NEWSPAPERS);
        outlets.add(paper);
        yield p + "’s article for the " + paper + " newspaper";
      }
      case COMMENT -> p + "’s comment on " + topic;
      case PRESS_RELEASE -> "Press release on " + topic;
      case OTHER -> dice.pick(List.of("On the meeting of the working group on " + topic,
          "Greetings to the participants of the forum on " + topic,
          "Consular information on travel to " + prose.country().name()));
    };
    return ending(head, kind, person, outlets, date, withPlace, prose, dice, fixed,
        Months::englishLong);
  }

  /** A Russian title; outlets are named in «guillemets», so only when they can be printed. */
  private static Title russian(Kind kind, LocalDate date, boolean withPlace, boolean guillemets,
      Prose prose, Dice dice, Fixed fixed) {
    Person person = fixed.person() != null ? fixed.person()
        : Person.invent(Lang.RU, spokesperson(kind, dice), dice);
    String p = person.post() + " " + person.inTitle();
    Words.Country country = prose.country();
    List<String> outlets = new ArrayList<>();
    String head = switch (kind) {
      case INTERVIEW -> {
        if (!guillemets || dice.chance(0.2)) {
          yield "Интервью " + p;
        }
        int form = dice.between(0, 3);
        if (form == 0) {
          String paper = dice.pick(RU_NEWSPAPERS);
          outlets.add(paper);
          yield "Интервью " + p + " газете «" + paper + "»";
        }
        if (form == 1) {
          String first = dice.pick(RU_BROADCASTERS);
          String second = dice.pick(RU_BROADCASTERS);
          if (!second.equals(first)) {
            outlets.add(first);
            outlets.add(second);
            yield "Интервью " + p + " телекомпаниям «" + first + "» и «" + second + "»";
          }
        }
        String broadcaster = dice.pick(RU_BROADCASTERS);
        outlets.add(broadcaster);
        yield "Интервью " + p + (form == 2 ? " телеканалу «" : " информационному агентству «")
            + broadcaster + "»";
      }
      case BRIEFING -> "Брифинг " + p;
      case REMARKS -> dice.pick(List.of(
          "Выступление и ответы на вопросы СМИ " + p
              + " в ходе пресс-конференции по итогам переговоров",
          "Выступление " + p + " на заседании совета по арктическим исследованиям"));
      case SPEECH -> "Речь " + p + " на конференции по водной безопасности";
      case STATEMENT -> "Заявление " + p + " в связи с ситуацией в " + country.prepositional();
      case ARTICLE -> {
        if (!guillemets || dice.chance(0.5)) {
          yield "Статья " + p + " о перспективах сотрудничества с " + country.instrumental();
        }
        String paper = dice.pick(RU_NEWSPAPERS);
        outlets.add(paper);
        yield "Статья " + p + " для газеты «" + paper + "»";
      }
      case COMMENT -> "Комментарий " + p + " в связи с ситуацией в " + country.prepositional();
      case PRESS_RELEASE -> "Пресс-релиз о консультациях по проблемам " + country.genitive();
      case OTHER -> dice.pick(List.of("О заседании рабочей группы по водным ресурсам",
          "Приветствие участникам форума по арктическим исследованиям",
          "О поездках граждан в " + country.name().substring(0, country.name().length() - 1)
              + "ю"));
    };
    return ending(head, kind, person, outlets, date, withPlace, prose, dice, fixed,
        Months::russianLong);
  }

  /**
   * The title's end, the same in every language: {@code , Place, date} when dated, or one of the
   * other title date forms; press releases and "other" texts name no speaker.
   */
  private static Title ending(String head, Kind kind, Person person, List<String> outlets,
      LocalDate date, boolean withPlace, Prose prose, Dice dice, Fixed fixed,
      Function<LocalDate, String> longDate) {
    Person speaker = kind == Kind.PRESS_RELEASE || kind == Kind.OTHER ? null : person;
    if (date == null) {
      return new Title(head, kind, speaker, outlets, null, null, false);
    }
    Form style = dateStyle(longDate.apply(date).endsWith("года"), withPlace, fixed, dice);
    String place = null;
    if (withPlace && style != Form.TITLE_DATE_IN_BRACKETS) {
      place = (fixed.place() != null ? fixed.place() : prose.place()).name();
    }
    String printed = longDate.apply(date);
    if (style == Form.TITLE_DATE_SHORT_YEAR) {
      printed = printed.substring(0, printed.length() - "года".length()) + "г.";
    }
    String text;
    if (style == Form.TITLE_DATE_IN_BRACKETS) {
      text = head + " (" + printed + ")";
    } else if (style == Form.TITLE_DATE_BEFORE_PLACE) {
      text = head + ", " + printed + ", " + place;
    } else {
      text = head + (place == null ? "" : ", " + place) + ", " + printed
          + (style == Form.TITLE_DATE_FULL_STOP ? "." : "");
    }
    if (style != null) {
      fixed.forms().add(style);
    }
    boolean endsWithDate = style == null || style == Form.TITLE_DATE_SHORT_YEAR;
    return new Title(text, kind, speaker, outlets, place, date, endsWithDate);
  }

  /**
   * One of the title date forms at their rates, or null for the usual {@code , Place, date}:
   * brackets drop the place, so not where a language version shares it; the place after the
   * date needs a place; {@code г.} only in Russian.
   */
  private static Form dateStyle(boolean russian, boolean withPlace, Fixed fixed, Dice dice) {
    double u = dice.unit();
    for (Form form : List.of(Form.TITLE_DATE_FULL_STOP, Form.TITLE_DATE_IN_BRACKETS,
        Form.TITLE_DATE_BEFORE_PLACE, Form.TITLE_DATE_SHORT_YEAR)) {
      boolean fits = switch (form) {
        case TITLE_DATE_IN_BRACKETS -> fixed.place() == null;
        case TITLE_DATE_BEFORE_PLACE -> withPlace;
        case TITLE_DATE_SHORT_YEAR -> russian;
        default -> true;
      };
      if (fits) {
        u -= fixed.options().rate(form);
        if (u < 0) {
          return form;
        }
      }
    }
    return null;
  }
}
