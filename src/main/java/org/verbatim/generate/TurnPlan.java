package org.verbatim.generate;

import java.util.List;
import org.verbatim.model.Role;

/**
 * One turn as the generator means it, with how it is printed.
 *
 * @param section      the section number, or null when the page has none
 * @param headings     the section headings printed on lines of their own before this turn
 * @param printedLabel the label as printed before its separator, notes included, or null
 * @param label        the label as the parser reports it (without notes), or null
 * @param speaker      the resolved speaker, or null
 * @param separator    what is printed between the label and the first paragraph
 *                     ({@code ": "}; {@code ":\n"} puts the paragraph on the next line)
 * @param damage       how the label is damaged in print
 */
record TurnPlan(Integer section, List<String> headings, String printedLabel, String label,
    String speaker, Role role, List<String> paragraphs, List<String> notes, String separator,
    Damage damage) {

  /** The damage a label can suffer in a scraped page. */
  enum Damage {
    NONE,
    /** {@code QuestionHas the…}: the colon and the space after it lost. */
    LOST_COLON,
    /** {@code …soon.Sergey Lavrov: …}: glued to the end of the previous paragraph. */
    GLUED,
    /** {@code …, 2019Question: …}: glued to the end of the headline. */
    TITLE
  }

  TurnPlan {
    headings = List.copyOf(headings);
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
  }

  TurnPlan withDamage(Damage other) {
    return new TurnPlan(section, headings, printedLabel, label, speaker, role, paragraphs, notes,
        separator, other);
  }
}
