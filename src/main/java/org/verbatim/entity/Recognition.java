package org.verbatim.entity;

import java.util.List;
import java.util.Map;

/**
 * What recognition finds in one publication.
 *
 * @param entities     every entity, in the order of its first mention
 * @param posts        the posts the publication gives people, in reading order
 * @param participants the person entity id of each participant of the title, by name as printed
 */
public record Recognition(List<Entity> entities, List<Post> posts, Map<String, String> participants) {
  public Recognition {
    entities = List.copyOf(entities);
    posts = List.copyOf(posts);
    participants = Map.copyOf(participants);
  }
}
