package org.verbatim.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;

/**
 * What recognition found in one publication: its entities, and the person entity of each of its
 * participants (in the order of {@code Publication.participants()}; null where none is known).
 */
public record Recognized(List<Entity> entities, List<String> participants) {

  public Recognized {
    entities = List.copyOf(entities);
    participants = Collections.unmodifiableList(new ArrayList<>(participants));
  }

  /**
   * What {@code recognizer} finds in {@code publication}: its entities, and each participant's
   * person entity.
   */
  public static Recognized of(Recognizer recognizer, Publication publication) {
    Recognition recognition = recognizer.analyse(publication);
    List<String> participants = new ArrayList<>();
    for (Participant participant : publication.participants()) {
      participants.add(recognition.participants().get(participant.name()));
    }
    return new Recognized(recognition.entities(), participants);
  }

  /** The id of participant {@code index}'s person entity, or null. */
  public String participantEntity(int index) {
    return index < participants.size() ? participants.get(index) : null;
  }
}
