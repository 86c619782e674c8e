package org.verbatim.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verbatim.entity.EntityType;

/**
 * What the archive holds about one entity: how often it is named and when, what is named with it,
 * and, for a person, what they said.
 *
 * @param id            the entity's id ({@code country:VN})
 * @param type          its type
 * @param name          its canonical name
 * @param publications  how many publications name it
 * @param turnsSpoken   how many turns its person spoke (0 for other types)
 * @param byMonth       publications naming it per month ({@code 2019-05}), oldest first
 * @param namedWith     the entities most often named in the same publications, by type
 * @param spoken        the latest turns its person spoke, newest first
 * @param mentions      the latest turns that name it (spoken by others), newest first
 */
public record EntityReport(String id, EntityType type, String name, long publications,
    long turnsSpoken, List<FacetCount> byMonth, Map<EntityType, List<FacetCount>> namedWith,
    List<TurnRef> spoken, List<TurnRef> mentions) {

  /** How many turns each list gives. */
  public static final int TURNS = 10;

  public EntityReport {
    byMonth = List.copyOf(byMonth);
    Map<EntityType, List<FacetCount>> copy = new EnumMap<>(EntityType.class);
    namedWith.forEach((t, counts) -> copy.put(t, List.copyOf(counts)));
    namedWith = Collections.unmodifiableMap(copy);
    spoken = List.copyOf(spoken);
    mentions = List.copyOf(mentions);
  }

  /**
   * A turn of a publication, to link to.
   *
   * @param publication the publication's id
   * @param title       its title, or null
   * @param published   when it was published as printed, or null
   * @param number      the turn's number (its permalink is {@code /p/ID#tN})
   * @param speaker     who spoke it, or null
   * @param text        its first words (about 240 characters, cut at a space)
   */
  public record TurnRef(String publication, String title, String published, int number,
      String speaker, String text) {}
}
