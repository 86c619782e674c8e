package org.verbatim.entity;

/**
 * A candidate mention in one text, in words {@code from} to {@code to} (exclusive).
 *
 * @param named    the entity when known; null for a person still to be resolved
 * @param person   the person's name for a person still to be resolved, else null
 * @param post     the post printed before a person, else null
 * @param rank     which candidate wins among equally long ones: lower first
 */
record Span(int from, int to, EntityType type, Named named, PersonNames.Name person, String post,
    int rank) {

  int length() {
    return to - from;
  }
}
