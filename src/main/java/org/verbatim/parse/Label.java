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
 * @param asks      for a nameless dash turn, whether it is a question; null for any other label,
 *                  whose role its speaker decides
 */
record Label(String printed, List<String> notes, int start, int textStart, Damage damage,
    Boolean asks) {

  /** The ways real pages damage labels. */
  enum Damage {
    NONE, LOST_COLON, GLUED
  }

  Label {
    notes = List.copyOf(notes);
  }

  Label(String printed, List<String> notes, int start, int textStart, Damage damage) {
    this(printed, notes, start, textStart, damage, null);
  }

  /** A label printed without a colon at the start of a line: {@code Q }, {@code A }. */
  static Label of(String printed, int textStart) {
    return new Label(printed, List.of(), 0, textStart, Damage.NONE, null);
  }

  /** The dash of a nameless turn, a question or an answer. */
  static Label dash(String dash, int textStart, boolean question) {
    return new Label(dash, List.of(), 0, textStart, Damage.NONE, question);
  }
}
