package org.verbatim.entity;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.entity.Trie.Casing;

/**
 * What recognition knows, read once from the data files of {@code entity/}, from CLDR (country
 * names in every language of {@code languages.txt}, cities of its time zones) and from the Russian
 * dictionary. Immutable after construction, so shared by all threads, but for two things kept in
 * concurrent maps: the country names of the languages other than English and Russian, each read
 * when the first page in it comes (most archives never see most of them), and the forms of the
 * Russian words met (see {@link #forms(Token)}).
 */
final class Catalogue {

  final Morphology russian;
  final PersonNames personNames;
  /** Names of every type in English and Russian (and CLDR's names in both). */
  final Trie<Named> names = new Trie<>();
  /** CLDR's country names in the other languages of the catalogue, by language, once read. */
  private final Map<String, Trie<Named>> countriesByLanguage = new ConcurrentHashMap<>();
  /** The languages of the catalogue other than English and Russian. */
  private final Set<String> otherLanguages = new HashSet<>();
  /** CLDR's region codes of countries and territories, in order. */
  private final Set<String> regionCodes = new TreeSet<>();
  /** The country of each region code (and of each former state's code). */
  private final Map<String, Named> countriesByCode = new HashMap<>();
  final Trie<String> posts = new Trie<>();
  final Trie<String> documentKinds = new Trie<>();
  final Trie<String> eventKinds = new Trie<>();
  final Trie<String> organizationKinds = new Trie<>();
  final Trie<String> placeKinds = new Trie<>();
  final Set<String> stop = new HashSet<>();
  final Set<String> inner = new HashSet<>();
  final Set<String> subject = new HashSet<>();
  final Set<String> ordinal = new HashSet<>();
  /** Abbreviations whose full stop ends no sentence ({@code Mr.}, {@code Dr.}). */
  final Set<String> abbreviation = new HashSet<>();
  /** Lower-case words inside a name ({@code de}, {@code von}, {@code al}). */
  final Set<String> particle = new HashSet<>();
  /** Forms of address that are no post ({@code Mr}, {@code господин}). */
  final Set<String> honorific = new HashSet<>();
  /** Family names written before the given name ({@code Wang}, {@code Нгуен}). */
  final Set<String> familyFirst = new HashSet<>();
  /** Words of a state's formal name before the country ({@code Kingdom of Spain}). */
  final Set<String> state = new HashSet<>();
  /** Words of a state's formal name after its adjective ({@code Swiss Confederation}). */
  final Set<String> republic = new HashSet<>();
  /** Words that end a minister's portfolio ({@code Minister of Foreign Affairs}). */
  final Set<String> portfolio = new HashSet<>();
  /** Words between a kind and the rest of a name: Mission in Libya, Conference on Disarmament. */
  final Set<String> nameLinks = new HashSet<>();
  /**
   * What a word is, as bits: the tries that have a name beginning with it ({@link #NAMES},
   * {@link #POSTS}…) and the classes of words it is in ({@link #STOP}…), so that a scan asks one
   * map per word rather than one set per question.
   */
  final Map<String, Integer> starters = new HashMap<>();
  static final int NAMES = 1;
  static final int POSTS = 2;
  static final int DOCUMENT_KINDS = 4;
  static final int EVENT_KINDS = 8;
  static final int ORGANIZATION_KINDS = 16;
  static final int PLACE_KINDS = 32;
  static final int STOP = 1 << 6;
  static final int INNER = 1 << 7;
  static final int SUBJECT = 1 << 8;
  static final int ORDINAL = 1 << 9;
  static final int ABBREVIATION = 1 << 10;
  static final int PARTICLE = 1 << 11;
  static final int HONORIFIC = 1 << 12;
  /** Words that end a minister's portfolio: {@code Affairs}, {@code Defence}, {@code Trade}. */
  static final int PORTFOLIO = 1 << 14;
  /**
   * Among {@link #familyFirst}: set on the word as printed, its first form, so a scan asks that
   * set only of the words that have it.
   */
  static final int FAMILY_FIRST = 1 << 13;
  /**
   * The forms a word may match in and the bits of {@link #starters} of those forms: what a scan
   * asks first of every word.
   */
  record WordForms(List<String> forms, int begins) {}

  private static final int WORD_CACHE_LIMIT = 200_000;
  /** Russian words' forms, by the normalised word: as a name when capitalised, else as a word. */
  private final Map<String, WordForms> russianNames = new ConcurrentHashMap<>();
  private final Map<String, WordForms> russianWords = new ConcurrentHashMap<>();
  /** Other words' (the word itself), so that a page's words cost no new objects once met. */
  private final Map<String, WordForms> otherWords = new ConcurrentHashMap<>();

  /** Known people by the Latin key of their surname. */
  final Map<String, List<Named>> surnames = new HashMap<>();
  /**
   * The Latin first letters of each known person's given name, in every spelling of it: an
   * initial agrees with one ({@code Ж.} is {@code z} of {@code Жозеп Боррель}, though the
   * English name is {@code Josep Borrell}).
   */
  final Map<String, Set<String>> initials = new HashMap<>();
  /**
   * The surname keys of each person of the catalogue, by id, from every spelling it lists: those
   * of {@code Жозеп Боррель} ({@code borrel}) as well as of {@code Josep Borrell}, so that the
   * page's {@code Борреля} finds him.
   */
  final Map<String, Set<String>> surnameKeys = new HashMap<>();
  /** Known people by the key of every spelling of their full name. */
  final Map<String, Named> people = new HashMap<>();

  Catalogue() {
    russian = Morphology.russian();
    personNames = new PersonNames(russian, familyFirst, particle);
    List<String> languages = DataFile.read("languages.txt", 1, 1).stream()
        .map(row -> row.column(0)).toList();
    // the classes of words first: reading people's names asks which family names come first
    for (DataFile.Row row : DataFile.read("words.tsv", 3, 3)) {
      Set<String> set = switch (row.column(0)) {
        case "stop" -> stop;
        case "inner" -> inner;
        case "subject" -> subject;
        case "ordinal" -> ordinal;
        case "link" -> nameLinks;
        case "abbreviation" -> abbreviation;
        case "particle" -> particle;
        case "honorific" -> honorific;
        case "family" -> familyFirst;
        case "state" -> state;
        case "republic" -> republic;
        case "portfolio" -> portfolio;
        default -> throw new IllegalStateException(row.file() + " line " + row.line()
            + ": unknown class '" + row.column(0) + "': use stop, inner, subject, ordinal, link,"
            + " abbreviation, particle, honorific, family, state, republic or portfolio");
      };
      // a family name is matched as printed: its dictionary form may be another word
      String word = Token.normalise(row.column(2));
      set.add(set == familyFirst ? word : lemma(word));
    }
    loadCountries(languages);
    loadPeople();
    loadNamed("organizations.tsv", EntityType.ORGANIZATION);
    loadNamed("groups.tsv", EntityType.GROUP);
    loadNamed("outlets.tsv", EntityType.OUTLET);
    loadNamed("documents.tsv", EntityType.DOCUMENT);
    loadNamed("events.tsv", EntityType.EVENT);
    loadNamed("places.tsv", EntityType.PLACE);
    loadZoneCities();
    loadPhrases("posts.tsv", posts);
    loadPhrases("document-kinds.tsv", documentKinds);
    loadPhrases("event-kinds.tsv", eventKinds);
    loadPhrases("organization-kinds.tsv", organizationKinds);
    loadPhrases("place-kinds.tsv", placeKinds);
    starters(names, NAMES);
    starters(posts, POSTS);
    starters(documentKinds, DOCUMENT_KINDS);
    starters(eventKinds, EVENT_KINDS);
    starters(organizationKinds, ORGANIZATION_KINDS);
    starters(placeKinds, PLACE_KINDS);
    classes(stop, STOP);
    classes(inner, INNER);
    classes(subject, SUBJECT);
    classes(ordinal, ORDINAL);
    classes(abbreviation, ABBREVIATION);
    classes(particle, PARTICLE);
    classes(honorific, HONORIFIC);
    classes(familyFirst, FAMILY_FIRST);
    classes(portfolio, PORTFOLIO);
  }

  private void classes(Set<String> words, int bit) {
    for (String word : words) {
      starters.merge(word, bit, (a, b) -> a | b);
    }
  }

  private void starters(Trie<?> trie, int bit) {
    classes(trie.firstWords(), bit);
  }

  /**
   * A word's forms ({@link Morphology#forms(String, boolean)} for a Russian one, else the word
   * itself) with the tries that have a name beginning with one of them. They are kept on the
   * token, which a thread's later texts share ({@link Token#words}), and by word up to a bound:
   * a Russian word's cost a dictionary look-up and a look-up of each form, and any word's would
   * cost new objects on every page.
   */
  WordForms forms(Token token) {
    WordForms known = token.formsIn(this);
    if (known != null) {
      return known;
    }
    String norm = token.norm();
    Map<String, WordForms> cache = !token.cyrillic() ? otherWords
        : token.capitalised() ? russianNames : russianWords;
    WordForms cached = cache.get(norm);
    if (cached != null) {
      token.keepForms(this, cached);
      return cached;
    }
    List<String> forms = token.cyrillic() ? russian.forms(norm, token.capitalised()) : List.of(norm);
    int begins = 0;
    for (String form : forms) {
      begins |= starters.getOrDefault(form, 0);
    }
    WordForms computed = new WordForms(forms, begins);
    if (cache.size() < WORD_CACHE_LIMIT) {
      cache.put(norm, computed);
    }
    token.keepForms(this, computed);
    return computed;
  }

  /** {@link #forms(Token)}{@code .begins()}, read from the token once it keeps them. */
  int begins(Token token) {
    return token.hasFormsIn(this) ? token.begins() : forms(token).begins();
  }

  /** The key of a name: its words normalised, Russian words in their first dictionary form. */
  List<String> key(String name) {
    List<String> key = new ArrayList<>();
    for (Token token : Token.split(name)) {
      key.add(token.cyrillic() ? russian.lemma(token.norm()) : token.norm());
    }
    return key;
  }

  private List<String> surfaceKey(String name) {
    return Token.split(name).stream().map(Token::norm).toList();
  }

  String lemma(String norm) {
    return Token.split(norm).stream().anyMatch(Token::cyrillic) ? russian.lemma(norm) : norm;
  }

  /** Words from which a name of the catalogue matches whatever its case. */
  private static final int LONG_NAME = 4;

  private void add(Trie<Named> trie, String name, Named named) {
    for (String spelling : spellings(name)) {
      addSpelling(trie, spelling, named);
    }
  }

  /** British and American spellings of the words of names that differ in them. */
  private static final List<List<String>> SPELLINGS = List.of(
      List.of("Organization", "Organisation"), List.of("Co-operation", "Cooperation"),
      List.of("Defense", "Defence"), List.of("Center", "Centre"));

  /**
   * A name as written, and in the other spelling of its words that British and American English
   * spell differently ({@code World Health Organisation}, {@code Organization for Security and
   * Cooperation in Europe}).
   */
  static List<String> spellings(String name) {
    List<String> spellings = new ArrayList<>(List.of(name));
    for (List<String> pair : SPELLINGS) {
      for (int k = 0, n = spellings.size(); k < n; k++) {
        String spelling = spellings.get(k);
        for (int side = 0; side < 2; side++) {
          if (spelling.contains(pair.get(side))) {
            spellings.add(spelling.replace(pair.get(side), pair.get(1 - side)));
          }
        }
      }
    }
    return spellings;
  }

  private void addSpelling(Trie<Named> trie, String name, Named named) {
    // a long name is itself in any case: «the treaty on the non-proliferation of nuclear weapons»
    Casing casing = named.type() != EntityType.PERSON && name.split(" ").length >= LONG_NAME
        ? Casing.ANY : Casing.of(name);
    boolean commas = name.indexOf(',') >= 0 || name.indexOf(';') >= 0 || name.indexOf('(') >= 0
        || name.indexOf(')') >= 0;
    trie.add(surfaceKey(name), named, casing, commas);
    trie.add(key(name), named, casing, commas);
  }

  /**
   * CLDR's country names in {@code language}, read on the first call for it; null for English
   * and Russian (their names are in {@link #names}) and for a language the catalogue does not
   * list.
   */
  Trie<Named> countries(String language) {
    if (language == null || !otherLanguages.contains(language)) {
      return null;
    }
    return countriesByLanguage.computeIfAbsent(language, l -> {
      Trie<Named> trie = new Trie<>();
      addCountryNames(l, trie);
      return trie;
    });
  }

  private void loadCountries(List<String> languages) {
    for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
      String code = region.toString();
      if (code.length() == 2 && !Set.of("ZZ", "QO", "XA", "XB", "EU", "EZ", "UN").contains(code)) {
        regionCodes.add(code);
      }
    }
    LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    for (String code : regionCodes) {
      countriesByCode.put(code, new Named("country:" + code, EntityType.COUNTRY,
          spelledOut(english.regionDisplayName(code))));
    }
    for (DataFile.Row row : DataFile.read("countries.tsv", 2, 3)) {
      Named named = countriesByCode.get(row.column(0));
      if (named == null && row.columns().size() == 3) {
        named = new Named("country:" + row.column(0), EntityType.COUNTRY, row.column(2));
        countriesByCode.put(row.column(0), named);
      } else if (named == null) {
        throw new IllegalStateException(row.file() + " line " + row.line() + ": '" + row.column(0)
            + "' is not a CLDR region code (a former state needs its English name in a third column)");
      }
      for (String name : row.column(1).split("\\|")) {
        add(names, name.strip(), named);
      }
    }
    for (String language : languages) {
      if (language.equals("en") || language.equals("ru")) {
        addCountryNames(language, names);
      } else {
        otherLanguages.add(language);
      }
    }
  }

  /** CLDR's names of every country in {@code language}, long and short, into {@code trie}. */
  private void addCountryNames(String language, Trie<Named> trie) {
    record Bracketed(String name, Named named) {}
    List<Bracketed> bracketed = new ArrayList<>();
    ULocale locale = new ULocale(language);
    for (LocaleDisplayNames display : List.of(LocaleDisplayNames.getInstance(locale),
        LocaleDisplayNames.getInstance(locale, com.ibm.icu.text.DisplayContext.LENGTH_SHORT))) {
      for (String code : regionCodes) {
        String name = display.regionDisplayName(code);
        if (name == null || name.equals(code)) {
          continue;
        }
        String[] parts = name.split("[()]");
        add(trie, parts[0].strip(), countriesByCode.get(code));
        String spelled = spelledOut(parts[0].strip());
        if (!spelled.equals(parts[0].strip())) {
          add(trie, spelled, countriesByCode.get(code)); // Bosnia and Herzegovina, Saint Lucia
        }
        for (int p = 1; p < parts.length; p++) {
          if (!parts[p].isBlank()) {
            bracketed.add(new Bracketed(parts[p].strip(), countriesByCode.get(code)));
          }
        }
      }
    }
    // After every country's own name: «Внешние малые острова (США)» must not take США from the US
    for (Bracketed part : bracketed) {
      add(trie, part.name(), part.named());
    }
  }

  /**
   * A name of CLDR's with its abbreviations spelled out as texts write them: {@code Bosnia and
   * Herzegovina} for {@code Bosnia & Herzegovina}, {@code Saint Lucia} for {@code St. Lucia}.
   */
  static String spelledOut(String name) {
    String spelled = name.replace(" & ", " and ");
    return spelled.startsWith("St. ") ? "Saint " + spelled.substring(4) : spelled;
  }

  private void loadNamed(String file, EntityType type) {
    for (DataFile.Row row : DataFile.read(file, 2, 3)) {
      Named named = new Named(type.code() + ":" + row.column(0), type, row.column(1));
      add(names, named.name(), named);
      if (row.columns().size() > 2 && !row.column(2).isBlank()) {
        for (String name : row.column(2).split("\\|")) {
          add(names, name.strip(), named);
        }
      }
    }
  }

  private void loadPeople() {
    for (DataFile.Row row : DataFile.read("people.tsv", 2, 3)) {
      Named named = new Named("person:" + row.column(0), EntityType.PERSON, row.column(1));
      List<String> spellings = new ArrayList<>(List.of(row.column(1)));
      if (row.columns().size() > 2 && !row.column(2).isBlank()) {
        spellings.addAll(List.of(row.column(2).split("\\|")));
      }
      for (String spelling : spellings) {
        add(names, spelling.strip(), named);
        for (String address : personNames.addresses(Token.split(spelling.strip()))) {
          add(names, address, named); // Сергей Викторович: the name a journalist addresses
        }
        PersonNames.Name name = personNames.parse(Token.split(spelling.strip()));
        if (name != null) {
          people.putIfAbsent(name.slug(), named);
          if (!name.given().isEmpty()) {
            initials.computeIfAbsent(named.id(), id -> new HashSet<>())
                .add(name.given().get(0).substring(0, 1));
          }
          surnameKeys.computeIfAbsent(named.id(), id -> new LinkedHashSet<>())
              .addAll(name.surnameKeys());
          for (String surname : name.surnameKeys()) {
            List<Named> list = surnames.computeIfAbsent(surname, s -> new ArrayList<>());
            if (!list.contains(named)) {
              list.add(named);
            }
          }
        }
      }
    }
  }

  private void loadZoneCities() {
    Set<String> excluded = new HashSet<>();
    for (DataFile.Row row : DataFile.read("zone-cities-excluded.txt", 1, 1)) {
      excluded.add(row.column(0));
    }
    TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
    TimeZoneNames russianNames = TimeZoneNames.getInstance(new ULocale("ru"));
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      if (zone.startsWith("Antarctica/") || zone.startsWith("America/Indiana/")
          || zone.startsWith("America/Kentucky/") || zone.startsWith("America/North_Dakota/")) {
        continue;
      }
      String name = english.getExemplarLocationName(zone);
      if (name == null || excluded.contains(name)) {
        continue;
      }
      Named named = new Named("place:" + PersonNames.slug(name), EntityType.PLACE, name);
      add(names, name, named);
      String russianName = russianNames.getExemplarLocationName(zone);
      if (russianName != null) {
        add(names, russianName, named);
      }
    }
  }

  private void loadPhrases(String file, Trie<String> trie) {
    for (DataFile.Row row : DataFile.read(file, 2, 2)) {
      String language = row.column(0).toLowerCase(Locale.ROOT);
      trie.add(surfaceKey(row.column(1)), language, Casing.ANY);
      trie.add(key(row.column(1)), language, Casing.ANY);
    }
  }
}
