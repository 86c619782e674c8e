package org.verbatim.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What recognition finds in one publication.
 *
 * @param entities     every entity, in the order of its first mention
 * @param posts        the posts the publication gives people, in reading order
 * @param participants the person entity id of each participant of the title, by name as printed
 * @param speakers     the person entity id of each speaker of a turn (questioners aside), by name
 *                     as printed
 * @param people       every person the publication names, in its text, as a participant or as a
 *                     speaker: what an archive learns from it
 */
public record Recognition(List<Entity> entities, List<Post> posts, Map<String, String> participants,
    Map<String, String> speakers, List<Person> people) {

  /** Nothing recognised: what a page has in an archive that does not recognise entities. */
  public static final Recognition NONE = new Recognition(List.of(), List.of(), Map.of(), Map.of(),
      List.of());

  public Recognition {
    entities = List.copyOf(entities);
    posts = List.copyOf(posts);
    participants = Map.copyOf(participants);
    speakers = Map.copyOf(speakers);
    people = List.copyOf(people);
  }

  /**
   * A person as one publication names them.
   *
   * @param id          their entity id
   * @param name        their canonical name
   * @param namedInFull whether the publication gives their given name (or the catalogue knows
   *                    them), not only a surname or initials: only such people are learned
   * @param posts       the posts it gives them, as printed, each once, in reading order
   */
  public record Person(String id, String name, boolean namedInFull, List<String> posts) {
    public Person {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      posts = List.copyOf(posts);
    }
  }
}
