package org.verbatim.entity;

import java.util.List;
import java.util.Objects;

/**
 * Someone or something a publication names, with every mention of it.
 *
 * @param id       a stable id, the same in every language and every publication: the type's code,
 *                 a colon and a key ({@code country:VN} by ISO 3166, {@code organization:un},
 *                 {@code person:sergey-lavrov} from the name in Latin letters)
 * @param type     what it is
 * @param name     its canonical name, in English where one is known ({@code Viet Nam} is
 *                 {@code Vietnam}; {@code ООН} is {@code United Nations})
 * @param mentions where the publication names it, in reading order
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }
}
