package org.verbatim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One transcript page as understood: header facts, who took part, its sections and its turns.
 *
 * @param title            the title as printed, or null when the page has none
 * @param kind             what sort of text this is, from the title
 * @param published        when the page says it was published, or null when it gives no date at all
 * @param eventDate        the date of the event itself when the title names one, else null
 * @param place            where the event took place when the title names it, else null
 * @param language         ISO 639-1 code of the page's own language ({@code "en"}, {@code "ru"})
 * @param languageVersions the language versions the page lists ({@code "en-GB"}), in page order
 * @param participants     the principal speakers named in the title, with their posts
 * @param outlets          the media outlets the title names, in title order
 * @param sections         a briefing's topics, numbered from 1 in reading order
 * @param turns            the body, one entry per speaker turn, in reading order
 * @param warnings         what was repaired or guessed, with the line it concerns
 * @param source           where the page came from
 */
public record Publication(
    String title,
    Kind kind,
    Published published,
    LocalDate eventDate,
    String place,
    String language,
    List<String> languageVersions,
    List<Participant> participants,
    List<String> outlets,
    List<Section> sections,
    List<Turn> turns,
    List<ParseWarning> warnings,
    Source source) {

  public Publication {
    Objects.requireNonNull(kind, "kind");
    languageVersions = List.copyOf(languageVersions);
    participants = List.copyOf(participants);
    outlets = List.copyOf(outlets);
    sections = List.copyOf(sections);
    turns = List.copyOf(turns);
    warnings = List.copyOf(warnings);
  }

  /** The same publication with another source: used when one text reaches us by several routes. */
  public Publication withSource(Source newSource) {
    return new Publication(title, kind, published, eventDate, place, language, languageVersions,
        participants, outlets, sections, turns, warnings, newSource);
  }
}
