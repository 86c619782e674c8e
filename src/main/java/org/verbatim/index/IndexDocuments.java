package org.verbatim.index;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.verbatim.entity.Entity;
import org.verbatim.entity.EntityType;
import org.verbatim.entity.Mention;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;

/**
 * Turns an {@link IndexEntry} into the Solr document of its publication, with one child document
 * per turn. Pure: no I/O, safe from any thread.
 *
 * <p>Turns are numbered from 1 in reading order; a turn's id is the publication's id, a slash and
 * that number ({@code a1b2/3}).
 */
public final class IndexDocuments {

  private IndexDocuments() {}

  public static SolrInputDocument toDocument(IndexEntry entry) {
    Publication p = entry.publication();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Fields.ID, entry.id());
    doc.setField(Fields.DOC_TYPE, Fields.PUBLICATION);
    doc.setField(Fields.VERSION, entry.version());
    setIfPresent(doc, Fields.LANGUAGE, p.language());
    setIfPresent(doc, Fields.TITLE, p.title());
    doc.setField(Fields.KIND, p.kind().code());
    if (p.published() != null) {
      doc.setField(Fields.PUBLISHED, p.published().toString());
      LocalTime time = p.published().time() == null ? LocalTime.MIDNIGHT : p.published().time();
      // The printed local date-time read as UTC: a date range means the dates as printed.
      doc.setField(Fields.PUBLISHED_AT,
          Date.from(p.published().date().atTime(time).toInstant(ZoneOffset.UTC)));
      doc.setField(Fields.YEAR, p.published().date().getYear());
      doc.setField(Fields.MONTH, p.published().date().toString().substring(0, 7));
      setIfPresent(doc, Fields.GROUP_KEY, groupKey(p));
    }
    if (p.eventDate() != null) {
      doc.setField(Fields.EVENT_DATE, p.eventDate().toString());
    }
    setIfPresent(doc, Fields.PLACE, p.place());
    setAll(doc, Fields.OUTLETS, p.outlets());
    setAll(doc, Fields.PARTICIPANTS, p.participants().stream().map(Participant::name).toList());
    setAll(doc, Fields.SPEAKERS, speakers(p));
    setAll(doc, Fields.LANGUAGE_VERSIONS, p.languageVersions());
    if (p.source() != null) {
      setIfPresent(doc, Fields.SOURCE_URL, p.source().url());
    }
    doc.setField(Fields.TURN_COUNT, p.turns().size());
    setAll(doc, Fields.all(p.language()), wholeText(p));
    List<Entity> entities = entry.recognition().entities();
    setEntities(doc, entities);
    setAll(doc, Fields.ENTITY_KEYS, entities.stream().map(e -> e.id() + "|" + e.name())
        .distinct().toList());
    for (EntityType type : EntityType.values()) {
      setAll(doc, Fields.entities(type), entities.stream().filter(e -> e.type() == type)
          .map(Entity::name).distinct().toList());
    }

    Map<Integer, List<Entity>> byTurn = new HashMap<>(); // each turn's, in first-mention order
    for (Entity entity : entities) {
      entity.mentions().stream().map(Mention::turn).distinct()
          .forEach(n -> byTurn.computeIfAbsent(n, k -> new ArrayList<>()).add(entity));
    }
    Map<String, String> speakers = entry.recognition().speakers();
    Object published = doc.getFieldValue(Fields.PUBLISHED_AT);

    List<SolrInputDocument> turns = new ArrayList<>(p.turns().size());
    for (int i = 0; i < p.turns().size(); i++) {
      Turn source = p.turns().get(i);
      SolrInputDocument turn = turnDocument(entry.id(), i + 1, source, p);
      if (published != null) {
        turn.setField(Fields.PUBLISHED_AT, published);
        turn.setField(Fields.MONTH, doc.getFieldValue(Fields.MONTH));
      }
      String speaker = source.speaker();
      if (speaker != null && source.role() != Role.QUESTION && speakers.containsKey(speaker)) {
        turn.setField(Fields.SPEAKER_ENTITY, speakers.get(speaker));
      }
      setEntities(turn, byTurn.getOrDefault(i + 1, List.of()));
      turns.add(turn);
    }
    if (!turns.isEmpty()) {
      doc.setField(Fields.TURNS, turns);
    }
    return doc;
  }

  private static SolrInputDocument turnDocument(String id, int number, Turn turn, Publication p) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Fields.ID, Fields.turnId(id, number));
    doc.setField(Fields.DOC_TYPE, Fields.TURN);
    doc.setField(Fields.PUBLICATION_ID, id);
    doc.setField(Fields.NUMBER, number);
    setIfPresent(doc, Fields.LANGUAGE, p.language());
    setIfPresent(doc, Fields.LABEL, turn.label());
    setIfPresent(doc, Fields.SPEAKER, turn.speaker());
    doc.setField(Fields.ROLE, turn.role().code());
    if (turn.section() != null) {
      doc.setField(Fields.SECTION, turn.section());
      p.sections().stream()
          .filter(s -> s.number() == turn.section())
          .findFirst()
          .ifPresent(s -> doc.setField(Fields.SECTION_HEADING, s.heading()));
    }
    String text = String.join("\n\n", turn.paragraphs());
    doc.setField(Fields.text(p.language()), text);
    doc.setField(Fields.WORDS, WordCount.of(text));
    return doc;
  }

  /** The ids and canonical names of {@code entities}, which the document names. */
  private static void setEntities(SolrInputDocument doc, List<Entity> entities) {
    setAll(doc, Fields.ENTITIES, entities.stream().map(Entity::id).distinct().toList());
    setAll(doc, Fields.ENTITY_NAMES, entities.stream().map(Entity::name).distinct().toList());
  }

  /** Who answered or made remarks, then the title's principal speakers: the speaker facet. */
  static List<String> speakers(Publication p) {
    Set<String> names = new LinkedHashSet<>();
    for (Turn turn : p.turns()) {
      if (turn.role() != Role.QUESTION && turn.speaker() != null && !turn.speaker().isBlank()) {
        names.add(turn.speaker());
      }
    }
    for (Participant participant : p.participants()) {
      names.add(participant.name());
    }
    return List.copyOf(names);
  }

  private static List<String> wholeText(Publication p) {
    List<String> values = new ArrayList<>();
    if (p.title() != null) {
      values.add(p.title());
    }
    for (Section section : p.sections()) {
      values.add(section.heading());
    }
    for (Turn turn : p.turns()) {
      values.addAll(turn.paragraphs());
    }
    return values;
  }

  /**
   * What the language versions of one publication share ({@link Fields#GROUP_KEY}): its kind and
   * printed date and time; null without a printed time, which is too weak a tie.
   */
  public static String groupKey(Publication p) {
    return p.published() == null || p.published().time() == null ? null
        : p.kind().code() + "|" + p.published();
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }

  private static void setAll(SolrInputDocument doc, String field, List<String> values) {
    if (!values.isEmpty()) {
      doc.setField(field, new ArrayList<>(values));
    }
  }
}
