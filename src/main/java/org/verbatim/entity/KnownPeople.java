package org.verbatim.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People an archive has met named in full ({@code Deputy Foreign Minister Sergey Ryabkov}), so that
 * a later page that gives only the surname ({@code Ryabkov}, {@code Рябкову}) names the same person.
 * The catalogue's people are known always; these are the ones an archive learns from what it
 * ingests.
 *
 * <pre>{@code
 * KnownPeople known = new KnownPeople();
 * known.learn("person:sergey-ryabkov", "Sergey Ryabkov");
 * Recognition r = Recognizer.standard().analyse(publication, known);
 * }</pre>
 *
 * <p>Thread-safe: pages are recognised on several threads while others are learned.
 */
public final class KnownPeople {

  /** Known people by every Latin key their surname may be looked up by. */
  private final Map<String, List<Named>> bySurname = new ConcurrentHashMap<>();
  private final Set<String> ids = ConcurrentHashMap.newKeySet();

  /** Knows no one beyond the catalogue. */
  public KnownPeople() {}

  /**
   * Learns a person: their entity id and canonical name in Latin letters, as recognition gave
   * them. A name that is not a given name and surname is not learned (a surname alone says too
   * little to resolve another page's surname by).
   *
   * @return whether the person is new
   */
  public boolean learn(String id, String name) {
    if (ids.contains(id)) {
      return false;
    }
    PersonNames.Name parsed = Recognizer.standard().parseName(name);
    if (parsed == null || !parsed.full()) {
      return false;
    }
    if (!ids.add(id)) {
      return false;
    }
    Named person = new Named(id, EntityType.PERSON, name);
    for (String key : keys(parsed.surname())) {
      bySurname.merge(key, List.of(person), (known, added) -> {
        if (known.contains(person)) {
          return known;
        }
        List<Named> both = new java.util.ArrayList<>(known);
        both.add(person);
        return List.copyOf(both);
      });
    }
    return true;
  }

  /** Whether {@code id} has been learned. */
  public boolean knows(String id) {
    return ids.contains(id);
  }

  /** How many people have been learned. */
  public int size() {
    return ids.size();
  }

  /** The people learned whose surname has the Latin key {@code key}. */
  List<Named> withSurname(String key) {
    return bySurname.getOrDefault(key, List.of());
  }

  /**
   * A Latin surname and the forms of it another page may use: a Russian surname in Latin letters
   * has a masculine and a feminine ({@code Zakharova} is found by {@code Захаровой}, whose
   * dictionary form may be {@code Захаров}).
   */
  static Set<String> keys(String surname) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(surname);
    if (surname.endsWith("skaya") || surname.endsWith("tskaya")) {
      keys.add(surname.substring(0, surname.length() - 3) + "iy");
    } else if (surname.endsWith("skiy") || surname.endsWith("tskiy")) {
      keys.add(surname.substring(0, surname.length() - 2) + "aya");
    } else if (surname.endsWith("ova") || surname.endsWith("eva") || surname.endsWith("ina")
        || surname.endsWith("yna")) {
      keys.add(surname.substring(0, surname.length() - 1));
    } else if (surname.endsWith("ov") || surname.endsWith("ev") || surname.endsWith("in")
        || surname.endsWith("yn")) {
      keys.add(surname + "a");
    }
    return keys;
  }
}
