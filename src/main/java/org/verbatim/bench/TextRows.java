package org.verbatim.bench;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;
import org.verbatim.store.StoredPublication;

/**
 * A stored publication as rows for the SQL engines, holding what Verbatim's index holds: the
 * facet values, the whole text (title, section headings, every paragraph) and each turn's text.
 *
 * @param publishedAt the printed date-time read as UTC, in milliseconds (as the index has it), or
 *                    null for an undated page
 * @param speakers    who answered or made remarks, then the title's principal speakers
 */
record TextRows(String id, int version, String title, String published, Long publishedAt,
    Integer year, String kind, String language, String place, List<String> speakers,
    List<String> outlets, String wholeText, List<TurnRow> turns) {

  /** One turn: its number from 1, and its paragraphs joined by a blank line. */
  record TurnRow(int number, String speaker, String label, String role, Integer section,
      String text) {}

  static TextRows of(StoredPublication stored) {
    Publication p = stored.publication();
    Long at = null;
    Integer year = null;
    if (p.published() != null) {
      LocalTime time = p.published().time() == null ? LocalTime.MIDNIGHT : p.published().time();
      at = p.published().date().atTime(time).toInstant(ZoneOffset.UTC).toEpochMilli();
      year = p.published().date().getYear();
    }
    List<String> whole = new ArrayList<>();
    if (p.title() != null) {
      whole.add(p.title());
    }
    p.sections().stream().map(Section::heading).forEach(whole::add);
    List<TurnRow> turns = new ArrayList<>();
    for (int i = 0; i < p.turns().size(); i++) {
      Turn t = p.turns().get(i);
      whole.addAll(t.paragraphs());
      turns.add(new TurnRow(i + 1, t.speaker(), t.label(), t.role().code(), t.section(),
          String.join("\n\n", t.paragraphs())));
    }
    return new TextRows(stored.id(), stored.version(), p.title(),
        p.published() == null ? null : p.published().toString(), at, year, p.kind().code(),
        p.language(), p.place(), speakers(p), p.outlets(), String.join("\n\n", whole), turns);
  }

  private static List<String> speakers(Publication p) {
    Set<String> names = new LinkedHashSet<>();
    for (Turn turn : p.turns()) {
      if (turn.role() != Role.QUESTION && turn.speaker() != null && !turn.speaker().isBlank()) {
        names.add(turn.speaker());
      }
    }
    p.participants().stream().map(Participant::name).forEach(names::add);
    return List.copyOf(names);
  }
}
