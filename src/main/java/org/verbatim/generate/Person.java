package org.verbatim.generate;

import java.util.List;
import java.util.Locale;

/**
 * An invented official: never a real person.
 *
 * @param name       the name as labels print it and the parser reports it ({@code Ivan Lodygin},
 *                   {@code И.П.Лодыгин})
 * @param post       the post as the title prints it ({@code Foreign Minister},
 *                   {@code Министра иностранных дел России})
 * @param inTitle    the name as the title prints it (Russian titles use the genitive)
 * @param upperLabel the upper-case label form ({@code MR LODYGIN}, {@code И.П. ЛОДЫГИН})
 */
record Person(String name, String post, String inTitle, String upperLabel) {

  private static final List<String> EN_MEN =
      List.of("Ivan", "Pavel", "Oleg", "Viktor", "Gleb", "Arkady", "Timofei", "Yegor");
  private static final List<String> EN_WOMEN =
      List.of("Anna", "Elena", "Marina", "Irina", "Daria", "Vera", "Yulia", "Zoya");
  private static final List<String> EN_SURNAMES = List.of("Lodygin", "Tumanov", "Sverbeev",
      "Karpinov", "Rudakov", "Zhmurin", "Ostrovtsev", "Kalitin", "Veresov", "Pakhomtsev");
  private static final List<String> RU_SURNAMES = List.of("Лодыгин", "Туманов", "Свербеев",
      "Карпинов", "Рудаков", "Жмурин", "Островцев", "Калитин", "Вересов", "Пахомцев");
  private static final String RU_INITIALS = "АБВГДЕИКЛМНОПРСТ";
  // The initials of the given names above, in Russian: Ivan И, Pavel П ...; Anna А, Elena Е ...
  private static final String RU_MEN_INITIALS = "ИПОВГАТЕ";
  private static final String RU_WOMEN_INITIALS = "АЕМИДВЮЗ";

  private static final List<String> EN_OFFICIALS =
      List.of("Foreign Minister", "Deputy Foreign Minister", "Ambassador");
  private static final List<String> EN_SPOKESPEOPLE =
      List.of("Foreign Ministry Spokesperson", "Deputy Foreign Ministry Spokesperson");
  private static final List<String> RU_OFFICIALS = List.of("Министра иностранных дел России",
      "заместителя Министра иностранных дел России", "Посла России");
  private static final List<String> RU_SPOKESPEOPLE = List.of(
      "официального представителя МИД России",
      "заместителя официального представителя МИД России");

  /** An invented official; a spokesperson for briefings and comments. */
  static Person invent(Lang lang, boolean spokesperson, Dice dice) {
    boolean woman = dice.chance(0.5);
    int surname = dice.between(0, EN_SURNAMES.size() - 1);
    if (lang == Lang.EN) {
      String last = EN_SURNAMES.get(surname) + (woman ? "a" : "");
      String name = dice.pick(woman ? EN_WOMEN : EN_MEN) + " " + last;
      String post = dice.pick(spokesperson ? EN_SPOKESPEOPLE : EN_OFFICIALS);
      String upper = (woman ? "MS " : "MR ") + last.toUpperCase(Locale.ROOT);
      return new Person(name, post, name, upper);
    }
    String initials = RU_INITIALS.charAt(dice.between(0, RU_INITIALS.length() - 1)) + "."
        + RU_INITIALS.charAt(dice.between(0, RU_INITIALS.length() - 1)) + ".";
    String last = RU_SURNAMES.get(surname);
    String nominative = last + (woman ? "а" : "");
    String genitive = last + (woman ? "ой" : "а");
    String post = dice.pick(spokesperson ? RU_SPOKESPEOPLE : RU_OFFICIALS);
    return new Person(initials + nominative, post, initials + genitive,
        initials + " " + nominative.toUpperCase(Locale.ROOT));
  }

  /**
   * The official of a pair of language versions, drawn from {@code seed} alike in both
   * languages: the same sex, surname, post and given name (its Russian initial, with an invented
   * patronymic initial) ({@code Ivan Lodygin}, {@code И.Т.Лодыгин}).
   */
  static Person sibling(Lang lang, boolean spokesperson, long seed) {
    Dice dice = new Dice(seed);
    boolean woman = dice.chance(0.5);
    int surname = dice.between(0, EN_SURNAMES.size() - 1);
    int given = dice.between(0, EN_MEN.size() - 1);
    int post = dice.between(0, (spokesperson ? EN_SPOKESPEOPLE : EN_OFFICIALS).size() - 1);
    char patronymic = RU_INITIALS.charAt(dice.between(0, RU_INITIALS.length() - 1));
    if (lang == Lang.EN) {
      String last = EN_SURNAMES.get(surname) + (woman ? "a" : "");
      String name = (woman ? EN_WOMEN : EN_MEN).get(given) + " " + last;
      String upper = (woman ? "MS " : "MR ") + last.toUpperCase(Locale.ROOT);
      return new Person(name, (spokesperson ? EN_SPOKESPEOPLE : EN_OFFICIALS).get(post), name,
          upper);
    }
    String initials = (woman ? RU_WOMEN_INITIALS : RU_MEN_INITIALS).charAt(given) + "."
        + patronymic + ".";
    String last = RU_SURNAMES.get(surname);
    String nominative = last + (woman ? "а" : "");
    String genitive = last + (woman ? "ой" : "а");
    return new Person(initials + nominative,
        (spokesperson ? RU_SPOKESPEOPLE : RU_OFFICIALS).get(post), initials + genitive,
        initials + " " + nominative.toUpperCase(Locale.ROOT));
  }

  /** The Russian label with a space after the initials ({@code И.П. Лодыгин}). */
  String spacedName() {
    int dot = name.lastIndexOf('.');
    return name.substring(0, dot + 1) + " " + name.substring(dot + 1);
  }
}
