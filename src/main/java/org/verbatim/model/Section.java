package org.verbatim.model;

import java.util.Objects;

/**
 * One topic of a briefing.
 *
 * @param number  its position among the page's sections, from 1 in reading order; turns refer to it
 * @param heading the topic's text as printed, without its number or bullet
 */
public record Section(int number, String heading) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    if (number < 1) {
      throw new IllegalArgumentException("Section numbers start at 1: " + number);
    }
  }
}
