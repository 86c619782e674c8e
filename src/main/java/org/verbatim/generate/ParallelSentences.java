package org.verbatim.generate;

import java.util.List;

/**
 * A synthetic translation: sentence templates written twice, in English and in Russian, whose
 * slots are filled with the same drawn values on both sides, so that each English sentence has
 * a Russian counterpart with the same numbers and the same names (transliterated), about 1.1
 * times as long. The words come from {@link Words}, whose lists of subjects (but for the English
 * "we"), objects, adverbials, countries and places are parallel; verbs are not, and a verb's
 * Russian counterpart is simply the Russian verb of the same index.
 */
final class ParallelSentences {

  /** One sentence in both languages; {@code named} when it opens with a name. */
  record Pair(String english, String russian, boolean named) {}

  private record Template(String english, String russian) {}

  private static final List<Template> STATEMENTS = List.of(
      new Template("{S} {v} {o} {a}.", "{S} {v} {o} {a}."),
      new Template("{A}, {s} {v} {o}.", "{A} {s} {v} {o}."),
      new Template("I would like to stress that {s} {v} {o}.",
          "Хотел бы подчеркнуть, что {s} {v} {o}."),
      new Template("As far as I know, {s} {v} {o} {a}.",
          "Насколько мне известно, {s} {v} {o} {a}."),
      new Template("This is why {s} {v} {o}.", "Именно поэтому {s} {v} {o}."),
      new Template("{c} has always been a reliable partner in this area.",
          "{c} всегда была надёжным партнёром в этой сфере."),
      new Template("There are no simple solutions here, and we understand this very well.",
          "Простых решений здесь нет, и мы это хорошо понимаем."),
      new Template("The next round of consultations will take place {in} this autumn.",
          "Следующий раунд консультаций пройдёт {in} этой осенью."),
      new Template("Trade between our countries grew by {n} per cent last year.",
          "Товарооборот между нашими странами вырос в прошлом году на {n} процентов."),
      new Template("More than {N} students from {c} study at our universities.",
          "Более {N} студентов из {cg} учатся в наших университетах."),
      new Template("We hope that {s} {v} {o} {a}.", "Надеемся, что {s} {v} {o} {a}."),
      new Template("Nobody benefits from a new round of tension.",
          "Новый виток напряжённости никому не выгоден."),
      new Template("{P} will hold talks {in} on {d} May.",
          "{P} проведёт переговоры {in} {d} мая."),
      new Template("As Mr. {p} said {in}, {s} {v} {o}.",
          "Как сказал {in} г-н {p}, {s} {v} {o}."),
      new Template("Our partners, i.e. {s}, {v} {o}.", "Наши партнёры, т.е. {s}, {v} {o}."),
      new Template("In {y}, {s} {v} {o}.", "В {y} году {s} {v} {o}."));

  private static final List<Template> QUESTIONS = List.of(
      new Template("How do you assess {o}?", "Как Вы оцениваете {o}?"),
      new Template("What do you expect from the talks {in}?",
          "Чего Вы ожидаете от переговоров {in}?"),
      new Template("Could you comment on the situation in {cp}?",
          "Не могли бы Вы прокомментировать ситуацию в {cp}?"),
      new Template("Do you think that {s} {v} {o} {a}?", "Считаете ли Вы, что {s} {v} {o} {a}?"),
      new Template("Why did the talks {in} take so long?", "Почему переговоры {in} так затянулись?"),
      new Template("Will {c} take part in this work?", "Примет ли {c} участие в этой работе?"),
      new Template("Is it true that {N} experts will come {in} in {y}?",
          "Правда ли, что {N} экспертов приедут {in} в {y} году?"));

  private static final List<Template> HEADINGS = List.of(
      new Template("On the situation in {cp}", "О ситуации в {cp}"),
      new Template("On consular assistance to our citizens in {cp}",
          "О консульской помощи нашим гражданам в {cp}"),
      new Template("On the international forum on water security {in}",
          "О международном форуме по водной безопасности {in}"),
      new Template("On the results of consultations on Arctic research",
          "Об итогах консультаций по арктическим исследованиям"),
      new Template("On the humanitarian situation in {cp}", "О гуманитарной ситуации в {cp}"),
      new Template("On the week of {c}’s cinema {in}", "О неделе кино {cg} {in}"));

  /** The English subjects without "we", which the Russian list lacks. */
  private static final List<String> EN_SUBJECTS = Words.ENGLISH.subjects().stream()
      .filter(s -> !s.equals("we")).toList();

  private final Dice dice;

  ParallelSentences(Dice dice) {
    this.dice = dice;
  }

  Pair statement() {
    return fill(dice.pick(STATEMENTS));
  }

  Pair question() {
    return fill(dice.pick(QUESTIONS));
  }

  Pair heading() {
    return fill(dice.pick(HEADINGS));
  }

  /** One draw of every slot, shared by both languages. */
  private record Draw(int subject, int verb, int object, int adverbial, int country, int place,
      int small, int large, int day, int year, Person en, Person ru) {}

  private Pair fill(Template template) {
    int verbs = Math.min(Words.ENGLISH.verbs().size(), Words.RUSSIAN.verbs().size());
    int objects = Math.min(Words.ENGLISH.objects().size(), Words.RUSSIAN.objects().size());
    long personSeed = dice.between(0, Integer.MAX_VALUE - 1);
    Draw draw = new Draw(dice.between(0, EN_SUBJECTS.size() - 1), dice.between(0, verbs - 1),
        dice.between(0, objects - 1), dice.between(0, Words.ENGLISH.adverbials().size() - 1),
        dice.between(0, Words.ENGLISH.countries().size() - 1),
        dice.between(0, Words.ENGLISH.places().size() - 1),
        dice.between(0, Words.ENGLISH.smallNumbers().size() - 1),
        dice.between(0, Words.ENGLISH.largeNumbers().size() - 1), dice.between(1, 28),
        dice.between(1995, 2024), Person.sibling(Lang.EN, false, personSeed),
        Person.sibling(Lang.RU, false, personSeed));
    boolean named = template.english().startsWith("{c}") || template.english().startsWith("{P}");
    return new Pair(fill(template.english(), Lang.EN, draw), fill(template.russian(), Lang.RU,
        draw), named);
  }

  private static String fill(String template, Lang lang, Draw draw) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int from = 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      out.append(template, from, open).append(slot(template.substring(open + 1, close), lang,
          draw));
      from = close + 1;
    }
    return out.append(template.substring(from)).toString();
  }

  private static String slot(String name, Lang lang, Draw draw) {
    Words words = Words.of(lang);
    boolean en = lang == Lang.EN;
    Words.Country country = words.countries().get(draw.country());
    Person person = en ? draw.en() : draw.ru();
    return switch (name) {
      case "s" -> fill((en ? EN_SUBJECTS : words.subjects()).get(draw.subject()), lang, draw);
      case "S" -> Prose.capitalise(slot("s", lang, draw));
      case "v" -> words.verbs().get(draw.verb());
      case "o" -> words.objects().get(draw.object());
      case "a" -> fill(words.adverbials().get(draw.adverbial()), lang, draw);
      case "A" -> Prose.capitalise(slot("a", lang, draw));
      case "c" -> country.name();
      case "cg" -> country.genitive();
      case "cp" -> country.prepositional();
      case "in" -> words.places().get(draw.place()).in();
      case "n" -> String.valueOf(words.smallNumbers().get(draw.small()));
      case "N" -> String.valueOf(words.largeNumbers().get(draw.large()));
      case "d" -> String.valueOf(draw.day());
      case "y" -> String.valueOf(draw.year());
      case "P" -> person.name();
      case "p" -> person.name().substring(Math.max(person.name().lastIndexOf(' '),
          person.name().lastIndexOf('.')) + 1);
      default -> throw new IllegalArgumentException("Unknown template slot: {" + name + "}");
    };
  }
}
