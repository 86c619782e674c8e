package org.verbatim.generate;

import java.util.List;
import org.verbatim.model.Role;

/**
 * One turn as the generator means it, with how it is printed.
 *
 * @param section      the section number, or null when the page has none
 * @param heading      the section heading printed on its own line before this turn, or null
 * @param printedLabel the label as printed before its colon, notes included, or null
 * @param label        the label as the parser reports it (without notes), or null
 * @param speaker      the resolved speaker, or null
 * @param damage       how the label is damaged in print
 */
record TurnPlan(Integer section, String heading, String printedLabel, String label,
    String speaker, Role role, List<String> paragraphs, List<String> notes, Damage damage) {

  /** The damage a label can suffer in a scraped page. */
  enum Damage {
    NONE,
    /** {@code QuestionHas the…}: the colon and the space after it lost. */
    LOST_COLON,
    /** {@code …soon.Sergey Lavrov: …}: glued to the end of the previous paragraph. */
    GLUED
  }

  TurnPlan {
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
  }
}
