package org.verbatim.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People's names in Latin letters, so that {@code Сергей Лавров}, {@code Sergey Lavrov} and
 * {@code С.В.Лавров} meet: Russian names are brought to their dictionary form (a given name to
 * its nominative, a surname to its nominative, a patronymic dropped) and transliterated with
 * ICU's {@code Russian-Latin/BGN}. Thread-safe.
 */
final class PersonNames {

  /**
   * A parsed name.
   *
   * @param given       given names in Latin letters (lower case), or initials (one letter each)
   * @param surname     the surname in Latin letters, lower case
   * @param surnameKeys every Latin form the surname may be looked up by (its inflected forms
   *                    brought to the masculine and the feminine nominative)
   * @param display     the name in Latin letters as a canonical name
   * @param patronymic  the Russian patronymic the name gives, in Latin letters and its dictionary
   *                    form ({@code yuryevich}); null when it gives none
   */
  record Name(List<String> given, String surname, Set<String> surnameKeys, String display,
      String patronymic) {

    Name(List<String> given, String surname, Set<String> surnameKeys, String display) {
      this(given, surname, surnameKeys, display, null);
    }

    /** Whether a given name is spelled out, not only initials. */
    boolean full() {
      return given.stream().anyMatch(g -> g.length() > 1);
    }

    /** {@code sergey-lavrov}: the given names spelled out and the surname. */
    String slug() {
      List<String> parts = new ArrayList<>();
      given.stream().filter(g -> g.length() > 1).forEach(parts::add);
      parts.add(surname);
      return PersonNames.slug(String.join(" ", parts));
    }

    /** Whether the initials (or given names) agree with a full name's given names. */
    boolean agrees(Name other) {
      if (given.isEmpty() || other.given.isEmpty()) {
        return true;
      }
      return other.given.get(0).startsWith(given.get(0).substring(0, 1))
          || given.get(0).startsWith(other.given.get(0).substring(0, 1));
    }
  }

  private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

  /** Transliterations remembered, of words ({@link #LATIN}) and of names ({@link #SLUGS}). */
  private static final int CACHE_LIMIT = 100_000;
  private static final java.util.Map<String, String> LATIN = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The most letters a case ending adds to the key of a surname the dictionary does not know
   * ({@code zhmurina} for {@code zhmurin}, {@code makronom} for {@code makron}), on a stem of at
   * least {@link #STEM} letters.
   */
  static final int ENDING = 3;
  static final int STEM = 4;

  /**
   * What a surname key may be with a case ending cut off, the shortest cut first: at most
   * {@link #ENDING} letters, leaving {@link #STEM} ({@code makron}, {@code makro} of {@code
   * makronom}).
   */
  static List<String> stems(String key) {
    List<String> stems = new ArrayList<>(ENDING);
    for (int cut = 1; cut <= ENDING && key.length() - cut >= STEM; cut++) {
      stems.add(key.substring(0, key.length() - cut));
    }
    return stems;
  }

  /**
   * Whether surname key {@code key} is {@code stem} with a case ending of at most
   * {@link #ENDING} letters added, on a stem of at least {@link #STEM} ({@code zhmurina} of
   * {@code zhmurin}).
   */
  static boolean withEnding(String key, String stem) {
    return stem.length() >= STEM && key.length() > stem.length()
        && key.length() - stem.length() <= ENDING && key.startsWith(stem);
  }

  /** BGN's romanisation of Russian read backwards: {@code andrey} to {@code андрей}. */
  private static final ThreadLocal<Transliterator> LATIN_RUSSIAN = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN").getInverse());

  private final Morphology russian;
  private final Set<String> familyFirst;
  private final Set<String> particles;
  /**
   * The Russian given name each Latin word asked of {@link #latinGivenName} spells, in BGN's
   * romanisation ({@code dmitriy} for {@code dmitry}), or {@code ""} when it spells none.
   */
  private final java.util.Map<String, String> latinGiven =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param familyFirst family names written before the given name ({@code wang}, {@code нгуен}),
   *                    lower case: a name that begins with one is also known by its first word
   * @param particles   the particles of surnames ({@code de}, {@code le}, {@code van}), lower
   *                    case: one with a capital right before the last word begins the surname
   *                    ({@code Le Drian}, {@code Di Maio})
   */
  PersonNames(Morphology russian, Set<String> familyFirst, Set<String> particles) {
    this.russian = russian;
    this.familyFirst = familyFirst;
    this.particles = particles;
  }

  /** Whether a word is a family name written before the given name ({@code Wang Yi}, {@code Нгуен Фу Чонг}). */
  boolean familyFirst(Token token) {
    return familyFirst.contains(token.norm());
  }

  /**
   * {@code sergey-lavrov} from {@code Sergey Lavrov}: ASCII letters and digits, lower case. Text in
   * another script is transliterated once and remembered (up to a bound): the same names come on
   * page after page, and a transliteration costs more than the rest of a name's recognition.
   */
  static String slug(String text) {
    if (ascii(text)) {
      return simpleSlug(text.toLowerCase(Locale.ROOT));
    }
    String cached = SLUGS.get(text);
    if (cached != null) {
      return cached;
    }
    String ascii = ANY.get().transliterate(text).toLowerCase(Locale.ROOT).replaceAll("['ʹʺ’·]", "");
    String slug = simpleSlug(ascii);
    if (SLUGS.size() < CACHE_LIMIT) {
      SLUGS.put(text, slug);
    }
    return slug;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String simpleSlug(String lower) {
    StringBuilder slug = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        slug.append(c);
      } else if (c != '\'' && slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return slug.toString();
  }

  /**
   * The name that {@code tokens} spell (initials and names) as a list or a label gives it, in the
   * nominative, or null when there is none.
   */
  Name parse(List<Token> tokens) {
    return parse(tokens, true);
  }

  /**
   * The name that {@code tokens} spell (initials and names), or null when there is none.
   *
   * @param nominative whether the words around say that a Russian name is in the nominative,
   *                   where its own forms leave it open: {@code Евгения Смирнова} is Yevgeniya
   *                   Smirnova herself, or the genitive of Yevgeniy Smirnov (the genitive when
   *                   false)
   */
  Name parse(List<Token> tokens, boolean nominative) {
    if (tokens.isEmpty()) {
      return null;
    }
    Token last = tokens.get(tokens.size() - 1);
    if (last.surface().length() < 2) {
      return null;
    }
    if (familyInCapitals(tokens) && !familyFirst(tokens.get(0))) {
      // MOTEGI Toshimitsu (Japan's Foreign Ministry): the family name, in capitals, comes first
      List<Token> givenFirst = new ArrayList<>(tokens.subList(1, tokens.size()));
      givenFirst.add(tokens.get(0));
      return parse(givenFirst, nominative);
    }
    List<String> given = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    Morphology.Reading givenReading = null; // of the first Russian given name
    String patronymic = null;
    // Dmitry Kiselyov: a Russian name in Latin letters, keyed as BGN spells the Cyrillic one
    boolean russianLatin = !last.cyrillic() && latinRussianSurname(last);
    // de Croo, al Muallem, de la Vega: lower-case particles belong to the surname, and so do
    // capitalised ones right before it (Le Drian, Van der Bellen)
    int particles = tokens.size() - 1;
    while (particles > 0 && (!tokens.get(particles - 1).cyrillic()
        && !tokens.get(particles - 1).capitalised()
        || this.particles.contains(tokens.get(particles - 1).norm())
        && !tokens.get(particles - 1).upperCase())) {
      particles--; // Жан-Ив Ле Дриан, Урсула фон дер Ляйен too
    }
    for (Token token : tokens.subList(0, particles)) {
      if (token.surface().length() == 1) {
        String initial = latin(token);
        given.add(initial.substring(0, 1)); // one letter, though Ж is Zh: an initial, not a name
        shown.add(capital(initial) + ".");
        continue;
      }
      if (token.cyrillic()) {
        List<Morphology.Reading> readings = russian.readings(token.norm());
        if (given.size() > 0 && readings.stream().anyMatch(Morphology.Reading::patronymic)) {
          for (Morphology.Reading reading : readings) {
            if (reading.patronymic() && patronymic == null) {
              patronymic = transliterate(reading.lemma());
            }
          }
          continue;
        }
        Morphology.Reading reading = givenReading(readings, last, nominative);
        if (givenReading == null) {
          givenReading = reading;
        }
        String latin = transliterate(reading == null ? token.norm() : reading.lemma());
        given.add(latin);
        shown.add(capital(latin));
      } else {
        String spelled = russianLatin ? russianGivenName(token.norm()) : "";
        given.add(spelled.isEmpty() ? latin(token) : spelled);
        shown.add(shown(token));
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    String surname;
    if (last.cyrillic()) {
      surname = transliterate(surnameForm(last, givenReading, nominative));
      keys.add(surname);
      keys.add(transliterate(last.norm()));
      for (Morphology.Reading reading : russian.readings(last.norm())) {
        if (reading.surname()) {
          keys.add(transliterate(reading.lemma()));
          keys.add(transliterate(feminine(reading.lemma())));
        }
      }
      if (particles < tokens.size() - 1) {
        List<String> words = new ArrayList<>();
        for (Token particle : tokens.subList(particles, tokens.size() - 1)) {
          String latin = transliterate(particle.norm());
          words.add(particle.capitalised() ? capital(latin) : latin);
        }
        words.add(capital(surname));
        shown.add(String.join(" ", words));
        surname = slug(String.join(" ", words));
        keys.add(surname);
      } else {
        shown.add(capital(surname));
      }
    } else {
      String printed = latin(last);
      surname = russianLatin ? bgnSurname(printed) : printed;
      keys.add(surname);
      keys.add(printed);
      if (particles < tokens.size() - 1) {
        List<String> words = new ArrayList<>();
        tokens.subList(particles, tokens.size()).forEach(t -> words.add(shown(t)));
        shown.add(String.join(" ", words));
        surname = slug(String.join(" ", words));
        keys.add(surname);
      } else {
        shown.add(shown(last));
      }
    }
    if (tokens.size() > 1 && familyFirst(tokens.get(0))) {
      keys.add(latin(tokens.get(0)));
    }
    return new Name(List.copyOf(given), surname, Set.copyOf(keys), String.join(" ", shown),
        patronymic);
  }

  /**
   * Whether a Latin name of two words is its family name in capitals, then a given name that is
   * not ({@code MOTEGI Toshimitsu}, {@code YASUDA Junpei}): the usage of Japan's Foreign Ministry,
   * whose pages give {@code Minister MOTEGI} too. {@link #parse} reads the words the other way
   * round, but for a family name that is written first anyway ({@code WANG Yi}).
   */
  boolean familyInCapitals(List<Token> tokens) {
    if (tokens.size() != 2) {
      return false;
    }
    Token family = tokens.get(0);
    Token given = tokens.get(1);
    return !family.cyrillic() && family.upperCase() && !given.cyrillic()
        && given.capitalised() && !given.upperCase() && given.surface().length() > 1;
  }

  /**
   * The Latin keys a single word may have as a surname, the word's own first; the word keeps
   * them, as most capitalised words of a page are asked again on the next.
   */
  List<String> surnameKeys(Token token) {
    List<String> known = token.surnameKeysIn(this);
    if (known != null) {
      return known;
    }
    List<String> keys;
    if (!token.cyrillic()) {
      keys = List.of(latin(token));
    } else {
      Set<String> all = new LinkedHashSet<>();
      all.add(transliterate(token.norm()));
      for (Morphology.Reading reading : russian.readings(token.norm())) {
        if (reading.surname()) {
          all.add(transliterate(reading.lemma()));
        }
      }
      keys = List.copyOf(all);
    }
    token.keepSurnameKeys(this, keys);
    return keys;
  }

  /**
   * The surname keys of {@code particle} and a word whose keys are {@code keys}, together
   * ({@code Ле} and {@code Дриан}: {@code le-drian}).
   */
  List<String> withParticle(Token particle, List<String> keys) {
    List<String> joined = new ArrayList<>(keys.size());
    for (String key : keys) {
      joined.add(slug(latin(particle) + " " + key));
    }
    return joined;
  }

  /** Whether the dictionary knows a Russian word as a given name (Сергей, Мария). */
  boolean givenName(Token token) {
    if (!token.cyrillic()) {
      return false;
    }
    List<Morphology.Reading> readings = russian.readings(token.norm());
    for (int i = 0; i < readings.size(); i++) { // no stream: asked of most capitalised words
      if (readings.get(i).givenName()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised Latin word spells a given name the Russian dictionary knows
   * ({@code Andrey}, {@code Yury}, {@code Maria}, {@code Alexei}, {@code Igor}): BGN's
   * romanisation read backwards, with the endings that other romanisations give.
   */
  boolean latinGivenName(Token token) {
    if (token.cyrillic() || !token.capitalised() || token.upperCase()
        || token.surface().length() < 3) {
      return false;
    }
    return !russianGivenName(token.norm()).isEmpty();
  }

  /**
   * The Russian given name a lower-case Latin word spells, in BGN's romanisation of its
   * dictionary form ({@code yuriy} for {@code yury}, {@code yuri} and {@code yuriy}), or
   * {@code ""}: the key by which the Latin spellings of a Russian name meet its Cyrillic one.
   */
  private String russianGivenName(String latin) {
    String known = latinGiven.get(latin);
    if (known == null) {
      known = spelledGivenName(latin);
      if (latinGiven.size() < CACHE_LIMIT) {
        latinGiven.put(latin, known);
      }
    }
    return known;
  }

  /**
   * A Russian surname in Latin letters as BGN spells its Cyrillic form, where other
   * romanisations differ in an ending or in {@code ё}: {@code kiselyov} and {@code kovalyonok}
   * as {@code kiselev} and {@code kovalenok} (the dictionary's {@code е}), {@code vyshinsky} as
   * {@code vyshinskiy}.
   */
  private static String bgnSurname(String latin) {
    String key = latin;
    if (key.endsWith("sky") || key.endsWith("skii") || key.endsWith("ski")) {
      key = key.substring(0, key.lastIndexOf("sk")) + "skiy";
    }
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (i > 0 && key.startsWith("yo", i) && "aeiouy".indexOf(key.charAt(i - 1)) < 0) {
        out.append('e'); // Kiselyov: ё after a consonant, as е
        i++;
      } else {
        out.append(key.charAt(i));
      }
    }
    return out.toString();
  }

  /** How Russian, Ukrainian, Belarusian and Caucasian surnames end in Latin letters. */
  private static final List<String> SURNAME_ENDINGS = List.of("ov", "ev", "ova", "eva", "in",
      "ina", "yn", "yna", "sky", "skiy", "skii", "skaya", "ko", "uk", "yuk", "ich", "ikh", "ykh",
      "yan", "dze", "shvili", "ets", "ak", "yak", "oy");

  /**
   * Whether a capitalised Latin word may be the surname after a Russian given name: it ends as
   * Russian surnames do ({@code Kolosov}, {@code Lapina}, {@code Matviyenko}), which a word of
   * English after a name does not ({@code Roman Empire}, {@code Alexander Garden}).
   */
  boolean latinRussianSurname(Token token) {
    if (token.cyrillic() || !token.capitalised() || token.upperCase()) {
      return false;
    }
    String norm = token.norm();
    for (int i = 0; i < SURNAME_ENDINGS.size(); i++) { // no iterator: asked of many words
      String ending = SURNAME_ENDINGS.get(i);
      if (norm.length() > ending.length() + 1 && norm.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private String spelledGivenName(String latin) {
    for (int i = 0; i < latin.length(); i++) {
      if (latin.charAt(i) < 'a' || latin.charAt(i) > 'z') {
        return "";
      }
    }
    String cyrillic = LATIN_RUSSIAN.get().transliterate(latin.replace("x", "ks"));
    String stem = cyrillic.substring(0, cyrillic.length() - 1);
    List<String> spellings = new ArrayList<>(List.of(cyrillic));
    if (cyrillic.endsWith("ы") || cyrillic.endsWith("и") && !cyrillic.endsWith("аи")
        && !cyrillic.endsWith("еи")) {
      spellings.add(stem + "ий"); // Yury, Dmitry, Yuri
      spellings.add(stem + "ей");
    } else if (cyrillic.endsWith("иа")) {
      spellings.add(stem.substring(0, stem.length() - 1) + "ия"); // Maria
    } else if (cyrillic.endsWith("аи") || cyrillic.endsWith("еи")) {
      spellings.add(stem + "й"); // Nikolai, Alexei
    } else if (cyrillic.endsWith("ер")) {
      spellings.add(stem.substring(0, stem.length() - 1) + "р"); // Alexander
    } else if ("бвгджзклмнпрстфхцчшщ".indexOf(cyrillic.charAt(cyrillic.length() - 1)) >= 0) {
      spellings.add(cyrillic + "ь"); // Igor
    }
    if (cyrillic.startsWith("э")) { // Evgeny: Евгений first, though Эвгений is a name too
      List<String> plain = new ArrayList<>();
      spellings.forEach(spelling -> plain.add("е" + spelling.substring(1)));
      spellings.addAll(0, plain);
    }
    for (String spelling : spellings) {
      for (Morphology.Reading reading : russian.readings(spelling)) {
        if (reading.givenName() && reading.nominative() && !reading.plural()) {
          return transliterate(reading.lemma());
        }
      }
    }
    return "";
  }

  /** Whether the dictionary knows a Russian word as a patronymic (Евгеньевич). */
  boolean patronymic(Token token) {
    return token.cyrillic() && russian.readings(token.norm()).stream()
        .anyMatch(Morphology.Reading::patronymic);
  }

  /**
   * The forms of address of a Russian full name, its given name and patronymic, in Cyrillic and
   * in BGN's Latin letters ({@code Сергей Викторович}, {@code Sergey Viktorovich} of
   * {@code Сергей Викторович Лавров}); none for another name.
   */
  List<String> addresses(List<Token> tokens) {
    if (tokens.size() != 3 || !tokens.get(0).cyrillic() || !patronymic(tokens.get(1))
        || !givenName(tokens.get(0))) {
      return List.of();
    }
    return List.of(tokens.get(0).surface() + " " + tokens.get(1).surface(),
        capital(latin(tokens.get(0))) + " " + capital(latin(tokens.get(1))));
  }

  /**
   * Whether a surname in Latin letters (lower case) ends as a Russian patronymic does in BGN's
   * romanisation ({@code yuryevich}, {@code vladimirovna}, {@code ilyich}, {@code kuzminichna}).
   */
  static boolean patronymicInLatin(String surname) {
    return surname.endsWith("ovich") || surname.endsWith("evich") || surname.endsWith("ovna")
        || surname.endsWith("evna") || surname.endsWith("ichna") || surname.endsWith("yich");
  }

  /** Whether the dictionary knows a Russian word as a surname (Лавров, Лаврову). */
  boolean surname(Token token) {
    return token.cyrillic() && russian.readings(token.norm()).stream()
        .anyMatch(Morphology.Reading::surname);
  }

  /**
   * The reading of a Russian given name that agrees in gender and case with the surname after it
   * ({@code Андрея Петрова} is Andrey Petrov in the genitive, as {@code Андрея} is no woman's
   * name); where both genders agree ({@code Дмитрия Киселева}), the nominative when the words
   * around say so, else the man's name in another case. Null when the word is no given name.
   */
  private Morphology.Reading givenReading(List<Morphology.Reading> readings, Token surname,
      boolean nominative) {
    List<Morphology.Reading> surnames = surname.cyrillic()
        ? russian.readings(surname.norm()) : List.of();
    Morphology.Reading best = null;
    int bestScore = -1;
    for (Morphology.Reading reading : readings) { // no stream: asked of every name found
      if (!reading.givenName() || reading.plural()) {
        continue;
      }
      int score = (agreesWithSurname(reading, surnames) ? 4 : 0)
          + (reading.nominative() == nominative ? 2 : 0) + (reading.feminine() ? 0 : 1);
      if (score > bestScore) {
        best = reading;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean agreesWithSurname(Morphology.Reading given,
      List<Morphology.Reading> readings) {
    for (Morphology.Reading reading : readings) {
      if (reading.surname() && given.agrees(reading)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Russian surname in its dictionary form, by the reading that agrees with the given name's
   * {@code givenReading} when there is one (the masculine {@code Петров} of {@code Андрея
   * Петрова}), else by one in the nominative or not as {@code nominative} says (after initials,
   * {@code министра А.В.Кузьмина} is Kuzmin, {@code посол А.В.Кузьмина} is Kuzmina). A reading
   * in the nominative keeps the word as printed; a word the dictionary does not know as a
   * surname is kept as printed.
   */
  private String surnameForm(Token token, Morphology.Reading givenReading, boolean nominative) {
    Morphology.Reading chosen = null;
    int chosenScore = -1;
    for (Morphology.Reading reading : russian.readings(token.norm())) {
      if (!reading.surname() || reading.plural()) {
        continue;
      }
      int score = (givenReading != null && givenReading.agrees(reading) ? 2 : 0)
          + (reading.nominative() == nominative ? 1 : 0);
      if (score > chosenScore) {
        chosen = reading;
        chosenScore = score;
      }
    }
    if (chosen == null) {
      return token.norm();
    }
    if (chosen.nominative()) {
      return token.norm();
    }
    boolean feminine = chosen.feminine() || givenReading != null && givenReading.feminine();
    return feminine ? feminine(chosen.lemma()) : chosen.lemma();
  }

  /** The feminine of a masculine Russian surname in the dictionary form. */
  private static String feminine(String lemma) {
    if (lemma.endsWith("ский") || lemma.endsWith("цкий")) {
      return lemma.substring(0, lemma.length() - 2) + "ая";
    }
    if (lemma.endsWith("ов") || lemma.endsWith("ев") || lemma.endsWith("ин") || lemma.endsWith("ын")) {
      return lemma + "а";
    }
    return lemma;
  }

  private String latin(Token token) {
    return token.cyrillic() ? transliterate(token.norm()) : slug(token.surface());
  }


  private static String transliterate(String cyrillic) {
    String cached = LATIN.get(cyrillic);
    if (cached != null) {
      return cached;
    }
    String latin = CYRILLIC.get().transliterate(cyrillic).toLowerCase(Locale.ROOT).replaceAll("['ʹʺ’·\"]", "");
    if (LATIN.size() < CACHE_LIMIT) {
      LATIN.put(cyrillic, latin);
    }
    return latin;
  }

  /**
   * A Latin word of a name as shown: as printed, but a word in capitals in title case
   * ({@code MILLER} of the speaker label {@code MR MILLER} is {@code Miller}), unless it is a
   * Roman numeral ({@code Charles III}).
   */
  private static String shown(Token token) {
    return token.upperCase() && !romanNumeral(token.surface()) ? capital(token.norm())
        : token.surface();
  }

  /** A monarch's numeral of two letters or more; not {@code XI}, which is also a family name. */
  private static final Set<String> NUMERALS = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX");

  private static boolean romanNumeral(String word) {
    return NUMERALS.contains(word);
  }

  private static String capital(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
