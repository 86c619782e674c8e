package org.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * One speaker's turn: what one person said before the next person spoke.
 *
 * @param section    the {@link Section#number()} this turn belongs to, or null when the page has no
 *                   sections
 * @param label      the label as printed, without its colon and notes ({@code Question},
 *                   {@code С.В.Лавров}); null for an unlabelled turn (a speech, a briefing topic)
 * @param speaker    who spoke, resolved to a full name when the page lets us ({@code Sergey Lavrov}
 *                   for {@code A:}); for questioners the label itself ({@code Question}, {@code CCTV})
 * @param role       question, answer or remarks
 * @param paragraphs the text, one entry per paragraph, exactly as printed
 * @param notes      notes printed inside the label ({@code retranslated from English})
 * @param editorial  editorial insertions in the paragraphs ({@code [environment]}), kept in the
 *                   text and marked here
 */
public record Turn(
    Integer section,
    String label,
    String speaker,
    Role role,
    List<String> paragraphs,
    List<String> notes,
    List<Insertion> editorial) {

  public Turn {
    Objects.requireNonNull(role, "role");
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
    editorial = List.copyOf(editorial);
  }
}
