package org.verbatim.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The entities, the posts the publication gives people, and its participants' entity ids. */
  public Recognition analyse(Publication publication) {
    Trie<Named> local = catalogue.countries(publication.language());
    List<Scan> scans = new ArrayList<>();
    scans.add(new Scan(catalogue, local, publication.title() == null ? "" : publication.title()));
    for (Turn turn : publication.turns()) {
      scans.add(new Scan(catalogue, local, String.join("\n\n", turn.paragraphs())));
    }
    List<List<Span>> spans = new ArrayList<>();
    for (Scan scan : scans) {
      spans.add(scan.spans());
    }
    People people = new People();
    Map<String, String> participants = new LinkedHashMap<>();
    List<Post> posts = new ArrayList<>();
    for (Participant participant : publication.participants()) {
      Named named = people.add(parseLabel(participant.name()));
      if (named != null) {
        participants.put(participant.name(), named.id());
        if (participant.role() != null && !participant.role().isBlank()) {
          posts.add(new Post(named.id(), participant.role(), null));
        }
      }
    }
    for (Turn turn : publication.turns()) {
      if (turn.label() != null && turn.speaker() != null && turn.role() != Role.QUESTION) {
        people.add(parseLabel(turn.speaker()));
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
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, Named> byId = new HashMap<>();
    for (int t = 0; t < scans.size(); t++) {
      Scan scan = scans.get(t);
      List<Span> found = new ArrayList<>(spans.get(t));
      found.addAll(surnames(scan, found, people));
      found.sort(java.util.Comparator.comparingInt(Span::from));
      for (Span span : found) {
        Named named = span.named() != null ? span.named() : people.resolve(span.person());
        int start = scan.start(span);
        int end = scan.end(span);
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
    return new Recognition(entities, posts, participants);
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
    PersonNames.Name parsed = parseLabel(name);
    if (parsed == null) {
      return Optional.empty();
    }
    Named named = new People().resolve(parsed);
    return Optional.of(new Entity(named.id(), EntityType.PERSON, named.name(), List.of()));
  }

  /** A name after any post in a label: {@code President of Russia Vladimir Putin}. */
  private PersonNames.Name parseLabel(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    List<Token> tokens = Token.split(label);
    if (tokens.size() == 1 && catalogue.stop.contains(tokens.get(0).norm())) {
      return null;
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
      if (known != null && known.entry().value().type() == EntityType.PERSON
          || known == null && catalogue.posts.longest(rest, 0, k -> formsOf(rest.get(k))) == null) {
        return catalogue.personNames.parse(rest);
      }
    }
    return null;
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
      Named named = people.bySurname(catalogue.personNames.surnameKeys(token));
      if (named == null) {
        continue;
      }
      int from = i;
      if (i > 0 && !covered[i - 1] && scan.tokens.get(i - 1).capitalised()
          && people.givenMatches(named, scan.tokens.get(i - 1), catalogue.personNames)
          && scan.tokens.get(i).start() - scan.tokens.get(i - 1).end() <= 2) {
        from = i - 1;
      }
      more.add(new Span(from, i + 1, EntityType.PERSON, named, null, null, 5));
    }
    return more;
  }

  /** The people of one publication, by surname, and the known people of the catalogue. */
  private final class People {
    private final Map<String, List<Named>> bySurname = new HashMap<>();
    private final Map<String, PersonNames.Name> names = new HashMap<>();

    /** Registers a person named in full (or as a speaker) and gives their entity. */
    Named add(PersonNames.Name name) {
      if (name == null) {
        return null;
      }
      Named named = resolve(name);
      if (name.full()) {
        names.putIfAbsent(named.id(), name);
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
        if (known.length() >= 4 && key.length() > known.length()
            && key.length() - known.length() <= 3 && key.startsWith(known)) {
          return entry.getValue();
        }
      }
      return List.of();
    }

    void known(Named named) {
      String surname = named.name().substring(named.name().lastIndexOf(' ') + 1);
      for (String key : catalogue.personNames.surnameKeys(Token.split(surname).get(0))) {
        bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(named);
      }
    }

    /** The person a parsed name stands for, in this publication or in the catalogue. */
    Named resolve(PersonNames.Name name) {
      if (name.full()) {
        Named known = catalogue.people.get(name.slug());
        if (known != null) {
          return known;
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
        return new Named("person:" + name.slug(), EntityType.PERSON, name.display());
      }
      for (String key : name.surnameKeys()) {
        List<Named> known = catalogue.surnames.getOrDefault(key, List.of());
        if (known.size() == 1) {
          return known.get(0);
        }
      }
      return new Named("person:" + PersonNames.slug(name.surname()), EntityType.PERSON,
          name.display().substring(name.display().lastIndexOf(' ') + 1));
    }

    Named bySurname(java.util.Set<String> keys) {
      for (String key : keys) {
        List<Named> list = withSurname(key);
        if (!list.isEmpty()) {
          return list.get(0);
        }
      }
      for (String key : keys) {
        List<Named> known = catalogue.surnames.getOrDefault(key, List.of());
        if (known.size() == 1 && key.length() >= 5) {
          return known.get(0);
        }
      }
      return null;
    }

    boolean givenMatches(Named named, Token token, PersonNames personNames) {
      PersonNames.Name full = names.get(named.id());
      PersonNames.Name single = personNames.parse(List.of(token, token));
      if (full == null || single == null || full.given().isEmpty() || single.given().isEmpty()) {
        return false;
      }
      return full.given().get(0).equals(single.given().get(0));
    }
  }
}
