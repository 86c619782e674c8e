package org.verbatim.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * Finds the people, countries, organisations, places, documents, events, groups and outlets a
 * publication names, in English and Russian (and countries in every language of the catalogue).
 *
 * <pre>{@code
 * List<Entity> entities = Recognizer.standard().recognize(publication);
 * }</pre>
 *
 * <p>Names come from the data files of {@code entity/}, CLDR (through ICU4J) and the Russian
 * dictionary of LanguageTool; documents and events are found by their kind words. People are
 * found after a post, by initials, by a Russian given name and surname, as known people, and then
 * by the surname of anyone named in full (or a speaker or participant) in the same publication.
 *
 * <p>Thread-safe: the catalogue is read once and never changed.
 */
public final class Recognizer {

  private static final class Standard {
    static final Recognizer INSTANCE = new Recognizer(new Catalogue());
  }

  private final Catalogue catalogue;

  private Recognizer(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The recognizer of the data files on the class path, read on first use and then shared. */
  public static Recognizer standard() {
    return Standard.INSTANCE;
  }

  /** Every entity of the title (turn 0) and the turns, in the order of first mention. */
  public List<Entity> recognize(Publication publication) {
    return analyse(publication).entities();
  }

  /**
   * The entities, the posts the publication gives people, and its participants' and speakers'
   * entity ids, knowing only the catalogue's people.
   */
  public Recognition analyse(Publication publication) {
    return analyse(publication, new KnownPeople());
  }

  /**
   * {@link #analyse(Publication)}, knowing also the people of {@code known}: a surname alone
   * ({@code Ryabkov}, after a post or not) names one of them when no one of the publication and
   * only they have it.
   */
  public Recognition analyse(Publication publication, KnownPeople known) {
    Trie<Named> local = catalogue.countries(publication.language());
    List<Scan> scans = new ArrayList<>();
    scans.add(new Scan(catalogue, local, publication.title() == null ? "" : publication.title()));
    for (Turn turn : publication.turns()) {
      List<String> paragraphs = turn.paragraphs();
      scans.add(new Scan(catalogue, local, paragraphs.size() == 1 ? paragraphs.get(0)
          : String.join("\n\n", paragraphs)));
    }
    List<List<Span>> spans = new ArrayList<>();
    for (Scan scan : scans) {
      spans.add(scan.spans());
    }
    People people = new People(known);
    Map<String, String> participants = new LinkedHashMap<>();
    Map<String, String> speakers = new LinkedHashMap<>();
    List<Post> posts = new ArrayList<>();
    meet(publication, spans, people, participants, speakers, posts);
    List<Entity> entities = entities(scans, spans, people, posts);
    return new Recognition(entities, posts, participants, speakers,
        people(entities, posts, participants, speakers, people));
  }

  /**
   * Registers first the people a given name and patronymic in the text address
   * ({@code Андрей Юрьевич}) who are named elsewhere on the page by those initials and a surname
   * ({@code А.Ю.Руденко}, a participant, a speaker's label or a mention): by their given name and
   * surname ({@code Andrey Rudenko}), which the initials then resolve to.
   */
  private void introduceAddressed(Publication publication, List<List<Span>> spans,
      People people) {
    List<PersonNames.Name> addresses = null;
    for (List<Span> list : spans) {
      for (Span span : list) {
        PersonNames.Name name = span.type() == EntityType.PERSON ? span.person() : null;
        if (name != null && name.full() && PersonNames.patronymicInLatin(name.surname())) {
          if (addresses == null) {
            addresses = new ArrayList<>(2);
          }
          addresses.add(name);
        }
      }
    }
    if (addresses == null) {
      return;
    }
    // Speakers' labels first: they give the surname in the nominative (Р.Г.Гайдамак), where a
    // title may give another case (Выступление … Р.Г.Гайдамака)
    List<PersonNames.Name> initialled = new ArrayList<>();
    for (Turn turn : publication.turns()) {
      if (turn.label() != null && turn.role() != Role.QUESTION) {
        initialled.add(parseLabel(turn.speaker()));
      }
    }
    publication.participants().forEach(p -> initialled.add(parseLabel(p.name())));
    for (List<Span> list : spans) {
      for (Span span : list) {
        initialled.add(span.type() == EntityType.PERSON ? span.person() : null);
      }
    }
    initialled.removeIf(name -> name == null || name.given().size() != 2 || name.full());
    for (PersonNames.Name address : addresses) {
      PersonNames.Name person = null;
      for (PersonNames.Name name : initialled) {
        List<String> initials = name.given();
        if (address.given().get(0).startsWith(initials.get(0))
            && address.surname().startsWith(initials.get(1))) {
          if (person == null) {
            person = name;
          } else if (!sameSurname(person, name)) {
            person = null; // two people of those initials
            break;
          }
        }
      }
      if (person != null) {
        // Андрей Юрьевич and А.Ю.Руденко: Andrey Rudenko
        String surname = person.display().substring(person.display().lastIndexOf(' ') + 1);
        people.add(new PersonNames.Name(List.of(address.given().get(0)), person.surname(),
            person.surnameKeys(), address.display().substring(0, address.display().indexOf(' '))
            + " " + surname));
      }
    }
  }

  /**
   * Whether two names have one surname, in the same case or not: a key of one is a key of the
   * other, or extends it by a case ending ({@code gaydamaka}, {@code gaydamak}).
   */
  private static boolean sameSurname(PersonNames.Name a, PersonNames.Name b) {
    for (String one : a.surnameKeys()) {
      for (String other : b.surnameKeys()) {
        if (one.equals(other) || PersonNames.withEnding(one, other)
            || PersonNames.withEnding(other, one)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Learns the people of the publication: its participants and labelled speakers, then the people
   * the spans name, then its speakers without a label; fills {@code participants} and
   * {@code speakers} (by name, their entity ids) and the participants' {@code posts}.
   */
  private void meet(Publication publication, List<List<Span>> spans, People people,
      Map<String, String> participants, Map<String, String> speakers, List<Post> posts) {
    introduceAddressed(publication, spans, people);
    for (Participant participant : publication.participants()) {
      Named named = people.add(parseLabel(participant.name()));
      if (named != null) {
        participants.put(participant.name(), named.id());
        if (participant.role() != null && !participant.role().isBlank()) {
          posts.add(new Post(named.id(), participant.role(), null));
        }
      }
    }
    // A label that gives a surname alone (MR MILLER) waits for the people the text names in full
    Map<String, PersonNames.Name> surnameLabels = new LinkedHashMap<>();
    for (Turn turn : publication.turns()) {
      if (turn.label() != null && turn.speaker() != null && turn.role() != Role.QUESTION
          && !speakers.containsKey(turn.speaker()) && !surnameLabels.containsKey(turn.speaker())) {
        PersonNames.Name name = parseLabel(turn.speaker());
        if (name != null && !name.full()) {
          surnameLabels.put(turn.speaker(), name);
          continue;
        }
        Named named = people.add(name);
        if (named != null) {
          speakers.put(turn.speaker(), named.id());
        }
      }
    }
    for (List<Span> list : spans) {
      for (Span span : list) {
        if (span.type() == EntityType.PERSON && span.person() != null && span.person().full()) {
          people.add(span.person());
        } else if (span.type() == EntityType.PERSON && span.named() != null) {
          people.known(span.named());
        }
      }
    }
    surnameLabels.forEach((label, name) -> speakers.put(label, people.add(name).id()));
    Set<String> postLabels = new HashSet<>();
    for (Turn turn : publication.turns()) {
      String id = turn.label() == null ? null : speakers.get(turn.speaker());
      String post = id == null ? null : labelPost(turn.label(), turn.speaker());
      if (post != null && postLabels.add(turn.label())) {
        posts.add(new Post(id, post, null));
      }
    }
    for (Turn turn : publication.turns()) {
      // A speaker the page gives without a label (the author of a statement), once the people
      // it names are known
      if (turn.speaker() != null && turn.role() != Role.QUESTION
          && !speakers.containsKey(turn.speaker())) {
        PersonNames.Name name = parseLabel(turn.speaker());
        if (name != null) {
          speakers.put(turn.speaker(), people.resolve(name).id());
        }
      }
    }
  }

  /**
   * The entities of the spans and of the surnames of the people met, in the order of first
   * mention, each with its mentions; adds the posts the spans give to {@code posts}.
   */
  private List<Entity> entities(List<Scan> scans, List<List<Span>> spans, People people,
      List<Post> posts) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, Named> byId = new HashMap<>();
    Map<String, Named> acronyms = acronyms(scans, spans);
    for (int t = 0; t < scans.size(); t++) {
      Scan scan = scans.get(t);
      List<Span> found = new ArrayList<>(spans.get(t));
      found.addAll(surnames(scan, found, people));
      found.addAll(acronymSpans(scan, found, acronyms));
      found.sort(java.util.Comparator.comparingInt(Span::from));
      for (Span span : found) {
        Named named = span.named() != null ? span.named() : people.resolve(span.person());
        int start = scan.start(span);
        int end = scan.end(span);
        if (start > 0 && scan.text.charAt(start - 1) == '['
            && scan.text.indexOf(']', start) >= 0 && scan.text.indexOf(']', start) < end) {
          start--; // Mr. [António] Guterres: the editor's brackets, whole
        }
        end = closingQuote(scan.text, start, end);
        Mention mention = new Mention(t, start, end, scan.text.substring(start, end));
        mentions.computeIfAbsent(named.id(), id -> new ArrayList<>()).add(mention);
        byId.putIfAbsent(named.id(), named);
        if (span.post() != null && !span.post().isEmpty()) {
          posts.add(new Post(named.id(), span.post(), mention));
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    mentions.forEach((id, list) -> {
      Named named = byId.get(id);
      entities.add(new Entity(id, named.type(), named.name(), list));
    });
    entities.sort(java.util.Comparator.comparingInt((Entity e) -> e.mentions().get(0).turn())
        .thenComparingInt(e -> e.mentions().get(0).start()));
    return entities;
  }

  /**
   * {@code end}, or past the closing quote right after it when the mention opened a quote inside
   * ({@code форум «Один пояс — один путь»}: the quoted name, whole).
   */
  private static int closingQuote(String text, int start, int end) {
    if (end < text.length()) {
      char after = text.charAt(end);
      char opening = after == '»' ? '«' : after == '”' ? '“' : 0;
      if (opening != 0 && text.lastIndexOf(opening, end - 1) >= start) {
        return end + 1;
      }
    }
    return end;
  }

  /**
   * The names the publication spells out before an acronym in brackets, by the acronym as printed
   * ({@code CIIE} for {@code China International Import Expo (CIIE)}): the page's later words
   * printed so name the same entity.
   */
  private static Map<String, Named> acronyms(List<Scan> scans, List<List<Span>> spans) {
    Map<String, Named> acronyms = new HashMap<>();
    for (int t = 0; t < scans.size(); t++) {
      Scan scan = scans.get(t);
      for (Span span : spans.get(t)) {
        if (span.named() != null && span.type() != EntityType.PERSON) {
          int at = scan.acronymAfter(span);
          if (at >= 0) {
            acronyms.putIfAbsent(scan.tokens.get(at).surface(), span.named());
          }
        }
      }
    }
    return acronyms;
  }

  /**
   * The words of {@code scan} printed as one of {@code acronyms} that {@code found} leaves free.
   */
  private static List<Span> acronymSpans(Scan scan, List<Span> found,
      Map<String, Named> acronyms) {
    if (acronyms.isEmpty()) {
      return List.of();
    }
    boolean[] covered = scan.covered(found);
    List<Span> spans = new ArrayList<>();
    acronyms.forEach((printed, named) -> {
      for (int i : scan.wordsPrinted(printed)) {
        if (!covered[i]) {
          spans.add(new Span(i, i + 1, named.type(), named, null, null, 0));
        }
      }
    });
    return spans;
  }

  /**
   * Every person the publication names (in its text, as a participant or as a speaker), with
   * whether it gives a given name and the posts it gives them: what an archive learns from it.
   */
  private static List<Recognition.Person> people(List<Entity> entities, List<Post> posts,
      Map<String, String> participants, Map<String, String> speakers, People people) {
    Map<String, List<String>> postsOf = new LinkedHashMap<>();
    for (Post post : posts) {
      List<String> list = postsOf.computeIfAbsent(post.person(), id -> new ArrayList<>());
      if (!list.contains(post.post())) {
        list.add(post.post());
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON) {
        names.put(entity.id(), entity.name());
      }
    }
    for (String id : participants.values()) {
      names.putIfAbsent(id, people.name(id));
    }
    for (String id : speakers.values()) {
      names.putIfAbsent(id, people.name(id));
    }
    List<Recognition.Person> out = new ArrayList<>();
    names.forEach((id, name) -> out.add(new Recognition.Person(id, name,
        people.namedInFull(id), postsOf.getOrDefault(id, List.of()))));
    return out;
  }

  /**
   * The person a speaker label or a participant's name names ({@code Sergey Lavrov},
   * {@code С.В.Лавров}, {@code Лавров}, {@code President of Russia Vladimir Putin}), with no
   * mentions; empty when the text is not a name.
   *
   * @param language the language of the page ({@code en}, {@code ru}); names in any script are
   *                 read whatever it is
   */
  public Optional<Entity> person(String name, String language) {
    return person(name, new KnownPeople());
  }

  /**
   * {@link #person(String, String)}, knowing also the people of {@code known}: {@code Ryabkov}
   * is the one person of that surname it knows.
   */
  public Optional<Entity> person(String name, KnownPeople known) {
    PersonNames.Name parsed = parseLabel(name);
    if (parsed == null) {
      return Optional.empty();
    }
    Named named = new People(known).resolve(parsed);
    return Optional.of(new Entity(named.id(), EntityType.PERSON, named.name(), List.of()));
  }

  /**
   * What tells one post from another, whatever its case and spacing: the words in lower case,
   * each Russian word in its dictionary form ({@code заместителя Министра иностранных дел} and
   * {@code Заместитель министра иностранных дел} are one post).
   */
  public String postKey(String post) {
    StringBuilder key = new StringBuilder();
    for (Token token : Token.split(post)) {
      String word = token.norm();
      if (token.cyrillic()) {
        List<Morphology.Reading> readings = catalogue.russian.readings(word);
        if (!readings.isEmpty()) {
          word = readings.get(0).lemma();
        }
      }
      key.append(key.isEmpty() ? "" : " ").append(word);
    }
    return key.toString();
  }

  /** A person's name as {@link KnownPeople} learns it ({@code Sergey Ryabkov}), or null. */
  PersonNames.Name parseName(String name) {
    List<Token> tokens = Token.split(name);
    return tokens.isEmpty() ? null : catalogue.personNames.parse(tokens);
  }

  /** A name after any post in a label: {@code President of Russia Vladimir Putin}. */
  private PersonNames.Name parseLabel(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    List<Token> tokens = Token.split(label);
    Trie.Match<String> post = tokens.isEmpty() ? null
        : catalogue.posts.longest(tokens, 0, k -> formsOf(tokens.get(k)));
    if (tokens.size() == 1 && catalogue.stop.contains(tokens.get(0).norm())
        || post != null && post.to() == tokens.size()) {
      return null; // Deputy Spokesman: a post, no one's name (but MR KING is Mr King)
    }
    List<Token> name = new ArrayList<>();
    for (Token token : tokens) {
      if (token.capitalised() || token.surface().length() == 1) {
        name.add(token);
      } else {
        name.clear();
      }
    }
    // Keep the last run of at most four words that is not a post or an entity.
    int from = Math.max(0, name.size() - 4);
    List<Token> tail = name.subList(from, name.size());
    for (int i = 0; i < tail.size(); i++) {
      List<Token> rest = tail.subList(i, tail.size());
      Trie.Match<Named> known = catalogue.names.longest(rest, 0, k -> formsOf(rest.get(k)));
      // MR KING: after a form of address, a surname, though it is a post too
      boolean addressed = rest.size() == 1 && i > 0
          && catalogue.honorific.contains(tail.get(i - 1).norm());
      if (known != null && known.entry().value().type() == EntityType.PERSON
          || known == null && (addressed
              || catalogue.posts.longest(rest, 0, k -> formsOf(rest.get(k))) == null)) {
        return catalogue.personNames.parse(rest);
      }
    }
    return null;
  }

  /**
   * The post a speaker's label gives before the name ({@code President of Russia} of {@code
   * President of Russia Vladimir Putin}), when it starts with a post of the catalogue; else null.
   */
  private String labelPost(String label, String speaker) {
    int before = label.length() - speaker.length() - 1; // the space before the name
    if (before < 1 || label.charAt(before) != ' ' || !label.endsWith(speaker)) {
      return null; // most labels are the name alone
    }
    String post = label.substring(0, before).strip();
    List<Token> words = Token.split(post);
    return !words.isEmpty()
        && catalogue.posts.longest(words, 0, k -> formsOf(words.get(k))) != null ? post : null;
  }

  private List<String> formsOf(Token token) {
    return token.cyrillic() ? catalogue.russian.forms(token.norm()) : List.of(token.norm());
  }

  /** Surnames (and a given name or initials before them) of people the publication names. */
  private List<Span> surnames(Scan scan, List<Span> found, People people) {
    boolean[] covered = scan.covered(found);
    List<Span> more = new ArrayList<>();
    for (int i = 0; i < scan.tokens.size(); i++) {
      if (covered[i] || !scan.capitalisedName(i)) {
        continue;
      }
      Token token = scan.tokens.get(i);
      Named named = people.bySurname(catalogue.personNames.surnameKeys(token),
          !scan.sentenceStart(i) && !commonWord(token));
      if (named == null && token.cyrillic() && !scan.sentenceStart(i)) {
        named = foreignSurname(token); // Кисидой, Макроном
      }
      if (named == null) {
        continue;
      }
      int from = i;
      String surname = token.surface();
      List<String> keys = catalogue.personNames.surnameKeys(token);
      while (from > 0 && !covered[from - 1] && scan.start(from) - scan.end(from - 1) == 1
          && catalogue.particle.contains(scan.tokens.get(from - 1).norm())) {
        // Di Maio, Le Drian, Van der Bellen, Ле Дриан: a surname of particles, as the person's
        // name has it
        Token particle = scan.tokens.get(from - 1);
        keys = catalogue.personNames.withParticle(particle, keys);
        if (!(named.name().endsWith(" " + particle.surface() + " " + surname)
            || particle.cyrillic() && people.bySurname(keys, false) == named)) {
          break;
        }
        surname = particle.surface() + " " + surname;
        from--;
      }
      if (from > 0 && !covered[from - 1] && scan.tokens.get(from - 1).capitalised()
          && people.givenMatches(named, scan.tokens.get(from - 1), catalogue.personNames)
          && scan.start(from) - scan.end(from - 1) <= 2) {
        from--;
      }
      int to = i + 1;
      if (from == i && token.upperCase() && to < scan.tokens.size() && !covered[to]
          && scan.start(to) - scan.end(i) == 1
          && people.givenMatches(named, scan.tokens.get(to), catalogue.personNames)) {
        to++; // YASUDA Junpei: the given name after a family name in capitals
      }
      more.add(new Span(from, to, EntityType.PERSON, named, null, null, 5));
    }
    return more;
  }

  /**
   * Whether a capitalised word may be a word of the language rather than a name: a Russian word
   * the dictionary knows, but not as a name. (An English word is told by its place instead.)
   */
  /**
   * The one person of the catalogue a capitalised Russian word names as a foreign surname in
   * another case, or null: one the dictionary does not know, whose key is a catalogue surname's
   * with a case ending ({@code Кисидой}: {@code kisida}), or one it knows as another word, whose
   * dictionary form is one ({@code Макроном}: {@code макрон}). Kept on the token, as the
   * catalogue does not change.
   */
  private Named foreignSurname(Token token) {
    if (token.hasForeignSurnameIn(catalogue)) {
      return token.foreignSurname();
    }
    Named found = null;
    List<Morphology.Reading> readings = catalogue.russian.readings(token.norm());
    if (readings.isEmpty()) {
      for (String stem : PersonNames.stems(catalogue.personNames.surnameKeys(token).get(0))) {
        found = onlyCatalogued(stem);
        if (found == null) {
          found = onlyCatalogued(stem + "a"); // Кисида, Кисидой
        }
        if (found != null) {
          break;
        }
      }
    } else {
      for (int r = 0; found == null && r < readings.size(); r++) {
        String key = PersonNames.slug(readings.get(r).lemma());
        found = key.length() >= 5 ? onlyCatalogued(key) : null;
      }
    }
    token.keepForeignSurname(catalogue, found);
    return found;
  }

  /** The one person of the catalogue with surname key {@code key}, or null. */
  private Named onlyCatalogued(String key) {
    Named only = People.onlyOne(catalogue.surnames.getOrDefault(key, List.of()), null);
    return only == People.NOT_ONE ? null : only;
  }

  /** Whether the dictionary does not know a Russian word at all. */
  private boolean unknownWord(Token token) {
    return catalogue.russian.readings(token.norm()).isEmpty();
  }

  private boolean commonWord(Token token) {
    if (!token.cyrillic()) {
      return false;
    }
    List<Morphology.Reading> readings = catalogue.russian.readings(token.norm());
    return !readings.isEmpty()
        && readings.stream().noneMatch(r -> r.surname() || r.givenName());
  }

  /**
   * The people of one publication, by surname, and the known people: the catalogue's and those
   * an archive learned.
   */
  private final class People {
    private final KnownPeople known;
    private final Map<String, List<Named>> bySurname = new HashMap<>();
    private final Map<String, PersonNames.Name> names = new HashMap<>();
    private final Map<String, Named> seen = new HashMap<>();
    private final java.util.Set<String> fullyNamed = new java.util.HashSet<>();

    People(KnownPeople known) {
      this.known = known;
    }

    /** The canonical name of a person this publication names. */
    String name(String id) {
      return seen.get(id).name();
    }

    /** Whether the publication gives a person's given name (or the catalogue knows them). */
    boolean namedInFull(String id) {
      return fullyNamed.contains(id);
    }

    /** Registers a person named in full (or as a speaker) and gives their entity. */
    Named add(PersonNames.Name name) {
      if (name == null) {
        return null;
      }
      Named named = resolve(name);
      if (name.full()) {
        names.putIfAbsent(named.id(), name);
        fullyNamed.add(named.id());
      }
      for (String key : name.surnameKeys()) {
        List<Named> list = bySurname.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(named)) {
          if (name.full()) {
            list.add(0, named);
          } else {
            list.add(named);
          }
        }
      }
      return named;
    }

    /**
     * The people of this publication under a surname key, or under a key it extends by at most
     * three letters: a surname the dictionary does not know, in another case ({@code Жмурина} for
     * {@code Жмурин} named in full on the same page).
     */
    List<Named> withSurname(String key) {
      List<Named> exact = bySurname.get(key);
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<String, List<Named>> entry : bySurname.entrySet()) {
        String known = entry.getKey();
        if (PersonNames.withEnding(key, known)) {
          return entry.getValue();
        }
      }
      return List.of();
    }

    /**
     * Registers a person of the catalogue the publication names, with their full name: another
     * given name with the same surname is someone else ({@code Ivan Lavrov} beside
     * {@code Sergey Lavrov}).
     */
    void known(Named named) {
      seen.putIfAbsent(named.id(), named);
      fullyNamed.add(named.id());
      PersonNames.Name full = parseName(named.name());
      if (full != null && full.full()) {
        names.putIfAbsent(named.id(), full);
      }
      String surname = named.name().substring(named.name().lastIndexOf(' ') + 1);
      Set<String> keys = new LinkedHashSet<>(
          catalogue.personNames.surnameKeys(Token.split(surname).get(0)));
      if (full != null) {
        keys.addAll(full.surnameKeys()); // a family name written first: Xi of Xi Jinping
      }
      keys.addAll(catalogue.surnameKeys.getOrDefault(named.id(), Set.of()));
      for (String key : keys) {
        bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(named);
      }
    }

    /** The person a parsed name stands for, in this publication or among the known people. */
    Named resolve(PersonNames.Name name) {
      Named named = find(name);
      seen.putIfAbsent(named.id(), named);
      return named;
    }

    private Named find(PersonNames.Name name) {
      if (name.full()) {
        Named catalogued = catalogue.people.get(name.slug());
        if (catalogued != null) {
          return catalogued;
        }
      }
      for (String key : name.surnameKeys()) {
        for (Named named : withSurname(key)) {
          PersonNames.Name full = names.get(named.id());
          if (full == null || name.agrees(full)) {
            if (!name.full() || full == null || full.slug().equals(name.slug())) {
              return named;
            }
          }
        }
      }
      if (name.full()) {
        Named addressed = PersonNames.patronymicInLatin(name.surname()) ? addressed(name) : null;
        return addressed != null ? addressed
            : new Named("person:" + name.slug(), EntityType.PERSON, name.display());
      }
      for (String key : name.surnameKeys()) {
        Named one = onlyKnown(key, true, name);
        if (one != null) {
          return one;
        }
      }
      for (String key : name.surnameKeys()) {
        // a surname the dictionary does not know, in another case: Э.Макроном
        for (String stem : PersonNames.stems(key)) {
          Named one = onlyKnown(stem, true, name);
          if (one != null) {
            return one;
          }
        }
      }
      return new Named("person:" + PersonNames.slug(name.surname()), EntityType.PERSON,
          name.display().substring(name.display().lastIndexOf(' ') + 1));
    }

    /**
     * The one person of this publication named in full with the given name of {@code address}, a
     * given name and patronymic ({@code Андрей Юрьевич}, {@code Andrey Yuryevich}: how a journalist
     * addresses the person interviewed), and with that patronymic when the page gives theirs; null
     * when none or several are.
     */
    private Named addressed(PersonNames.Name address) {
      String given = address.given().get(0);
      Named found = null;
      for (Map.Entry<String, PersonNames.Name> entry : names.entrySet()) {
        PersonNames.Name full = entry.getValue();
        if (full.given().get(0).equals(given) && !full.surname().equals(address.surname())
            && (full.patronymic() == null || address.surname().startsWith(full.patronymic()))) {
          if (found != null) {
            return null;
          }
          found = seen.get(entry.getKey());
        }
      }
      return found;
    }

    /**
     * The person a surname standing alone names: one of this publication, else the one known
     * person of that surname (at least 5 letters).
     *
     * @param learned whether people an archive learned may be that one: not for a word that may
     *                be a common word ({@code Young} at a sentence's start)
     */
    Named bySurname(List<String> keys, boolean learned) {
      for (int i = 0; i < keys.size(); i++) { // no iterator: asked of most capitalised words
        List<Named> list = withSurname(keys.get(i));
        if (!list.isEmpty()) {
          return list.get(0);
        }
      }
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        Named one = key.length() >= 5 ? onlyKnown(key, learned, null) : null;
        if (one != null) {
          return one;
        }
      }
      return null;
    }

    /**
     * The one person the catalogue (and, when {@code learned}, the archive) knows by a surname
     * key, whose given name agrees with {@code name}'s initials; null when none or several.
     */
    private Named onlyKnown(String key, boolean learned, PersonNames.Name name) {
      Named only = onlyOne(catalogue.surnames.getOrDefault(key, List.of()), null);
      if (only == NOT_ONE) {
        return null;
      }
      if (learned) {
        only = onlyOne(known.withSurname(key), only);
        if (only == NOT_ONE) {
          return null;
        }
      }
      if (only != null && name != null && !name.given().isEmpty()) {
        String initial = name.given().get(0).substring(0, 1);
        boolean agrees = only.name().toLowerCase(java.util.Locale.ROOT).startsWith(initial)
            || catalogue.initials.getOrDefault(only.id(), Set.of()).contains(initial);
        return agrees ? only : null;
      }
      return only;
    }

    /** Stands for several people in {@link #onlyOne}. */
    private static final Named NOT_ONE = new Named("person:", EntityType.PERSON, "");

    /**
     * {@code only} (null for no one yet), or the one person of {@code list} when it is no one or
     * the same; {@link #NOT_ONE} when they are several.
     */
    private static Named onlyOne(List<Named> list, Named only) {
      for (int i = 0; i < list.size(); i++) { // no iterator: asked of most capitalised words
        Named named = list.get(i);
        if (only != null && !only.id().equals(named.id())) {
          return NOT_ONE;
        }
        only = named;
      }
      return only;
    }

    boolean givenMatches(Named named, Token token, PersonNames personNames) {
      PersonNames.Name full = names.get(named.id());
      if (full == null) {
        full = parseName(named.name()); // a catalogue person the page names by surname alone
      }
      PersonNames.Name single = personNames.parse(List.of(token, token));
      if (full == null || single == null || full.given().isEmpty() || single.given().isEmpty()) {
        return false;
      }
      String given = full.given().get(0);
      String printed = single.given().get(0);
      // Эммануэлем: a foreign given name the dictionary does not know, in another case
      return given.equals(printed) || token.cyrillic() && unknownWord(token)
          && printed.startsWith(given) && printed.length() - given.length() <= PersonNames.ENDING;
    }

  }
}
