package org.verbatim.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/** Builds invented publications for index and search tests, one property at a time. */
public final class Publications {

  private String title = "Untitled";
  private Kind kind = Kind.INTERVIEW;
  private Published published;
  private String place;
  private String language = "en";
  private List<String> languageVersions = List.of();
  private final List<Participant> participants = new ArrayList<>();
  private List<String> outlets = List.of();
  private final List<Section> sections = new ArrayList<>();
  private final List<Turn> turns = new ArrayList<>();
  private Integer section;

  public static Publications publication(String title) {
    Publications p = new Publications();
    p.title = title;
    return p;
  }

  public Publications kind(Kind value) {
    kind = value;
    return this;
  }

  /** ISO text: {@code 2019-02-24} or {@code 2019-02-24T08:00}. */
  public Publications published(String value) {
    published = Published.parse(value);
    return this;
  }

  public Publications place(String value) {
    place = value;
    return this;
  }

  public Publications language(String code, String... versions) {
    language = code;
    languageVersions = List.of(versions);
    return this;
  }

  public Publications participant(String name, String role) {
    participants.add(new Participant(name, role));
    return this;
  }

  public Publications outlets(String... names) {
    outlets = List.of(names);
    return this;
  }

  /** Starts a section: the turns added after it belong to it. */
  public Publications section(String heading) {
    sections.add(new Section(sections.size() + 1, heading));
    section = sections.size();
    return this;
  }

  public Publications question(String label, String... paragraphs) {
    turns.add(new Turn(section, label, label, Role.QUESTION, List.of(paragraphs), List.of(),
        List.of()));
    return this;
  }

  public Publications answer(String speaker, String... paragraphs) {
    turns.add(new Turn(section, speaker, speaker, Role.ANSWER, List.of(paragraphs), List.of(),
        List.of()));
    return this;
  }

  /** An answer under a label that is not the speaker's name alone ({@code President of Norland Ivan Petrov}). */
  public Publications answerLabelled(String label, String speaker, String... paragraphs) {
    turns.add(new Turn(section, label, speaker, Role.ANSWER, List.of(paragraphs), List.of(),
        List.of()));
    return this;
  }

  /** Unlabelled remarks of {@code speaker}. */
  public Publications remarks(String speaker, String... paragraphs) {
    turns.add(new Turn(section, null, speaker, Role.REMARKS, List.of(paragraphs), List.of(),
        List.of()));
    return this;
  }

  public Publication build() {
    return new Publication(title, kind, published, (LocalDate) null, place, language,
        languageVersions, participants, outlets, sections, turns, List.of(),
        new Source("text", null, null, "0".repeat(64)));
  }

  public IndexEntry entry(String id) {
    return new IndexEntry(id, 1, build());
  }
}
