package org.verbatim.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What recognition found in one publication: its entities, and the person entity of each of its
 * participants (in the order of {@code Publication.participants()}; null where none is known).
 */
public record Recognized(List<Entity> entities, List<String> participants) {

  public Recognized {
    entities = List.copyOf(entities);
    participants = java.util.Collections.unmodifiableList(new ArrayList<>(participants));
  }

  /** The id of participant {@code index}'s person entity, or null. */
  public String participantEntity(int index) {
    return index < participants.size() ? participants.get(index) : null;
  }
}
