package org.verbatim.entity;

import java.util.Objects;

/**
 * A post a publication gives a person, as printed ({@code Deputy Foreign Minister},
 * {@code Министр иностранных дел России}).
 *
 * @param person  the person's entity id
 * @param post    the post as printed
 * @param mention the mention the post precedes, or null when the post comes with a participant
 *                of the title rather than with a mention in the text
 */
public record Post(String person, String post, Mention mention) {
  public Post {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(post, "post");
  }
}
