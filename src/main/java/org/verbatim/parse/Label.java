package org.verbatim.parse;

import java.util.List;

/**
 * A speaker label found in a body line.
 *
 * @param printed   the label as printed, without colon and notes ({@code Question}, {@code Q.})
 * @param notes     what the label's parentheses said ({@code retranslated from English})
 * @param start     where the label starts in the stripped line (0 unless it was glued)
 * @param textStart where the words after it start
 * @param damage    how the label was damaged, if it was
 */
record Label(String printed, List<String> notes, int start, int textStart, Damage damage) {

  /** The ways real pages damage labels. */
  enum Damage {
    NONE, LOST_COLON, GLUED
  }

  Label {
    notes = List.copyOf(notes);
  }
}
