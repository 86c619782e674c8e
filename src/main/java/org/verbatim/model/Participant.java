package org.verbatim.model;

import java.util.Objects;

/**
 * A person the title names as a principal speaker.
 *
 * @param name the name as printed ({@code Sergey Lavrov})
 * @param role their post as printed ({@code Foreign Minister}), or null when the title gives none
 */
public record Participant(String name, String role) {
  public Participant {
    Objects.requireNonNull(name, "name");
  }
}
