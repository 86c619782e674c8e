package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.verbatim.align.Outline;
import org.verbatim.entity.Entity;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;

/**
 * What ties a publication to its language versions, worked out once when its latest version is
 * stored (table {@code version_key}) so that a page view compares rows instead of reading and
 * analysing every candidate: the site's own document id, the principal speaker, and a content
 * fingerprint (the turns' outline and the ids of the entities named).
 *
 * @param documentId the site's id of the document, from its URL; null when no profile knows it
 * @param speakerId  the entity id of the first participant the title names; null when none
 * @param outline    the turns as the aligner compares them ({@link Outline#text()})
 * @param numbers    the numbers written in digits in the turns ({@link Outline#numbers()}), kept
 *                   apart so that most candidates are ruled out without reading the outline
 * @param entities   the ids of the entities the publication names, the same in every language
 */
record VersionKeys(DocumentId documentId, String speakerId, String outline, Set<String> numbers,
    Set<String> entities) {

  /**
   * A content match needs at least this {@link #resemblance}: chosen on generated pairs of
   * versions and pairs of different publications (see the README, "Versions of a publication").
   */
  static final double CONTENT_MATCH = 0.5;

  /**
   * The least overlap of numbers and entities (their mean, where either side has some) for which
   * a content match aligns the turns: no version of the generated pairs fell under it, and most
   * different publications do (see the README), so most candidates of a busy day cost a few set
   * look-ups, not an alignment.
   */
  static final double EVIDENCE = 0.3;

  private static final String UPSERT = """
      INSERT INTO version_key (publication_id, document_site, document_id, speaker_id, outline,
        numbers, entities)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (publication_id) DO UPDATE
      SET document_site = excluded.document_site, document_id = excluded.document_id,
        speaker_id = excluded.speaker_id, outline = excluded.outline, numbers = excluded.numbers,
        entities = excluded.entities""";

  VersionKeys {
    numbers = Set.copyOf(numbers);
    entities = Set.copyOf(entities);
  }

  /**
   * The keys of {@code p}, as {@code recognition} found its people and entities (null: found here
   * knowing no one), with the document id its URL gave.
   */
  static VersionKeys of(Publication p, Recognition recognition, DocumentId documentId) {
    Recognition r = recognition != null ? recognition
        : Recognizer.standard().analyse(p, new KnownPeople());
    String speaker = p.participants().isEmpty() ? null
        : r.participants().get(p.participants().get(0).name());
    Set<String> entities = new LinkedHashSet<>();
    for (Entity e : r.entities()) {
      entities.add(e.id());
    }
    Outline outline = Outline.of(p);
    return new VersionKeys(documentId, speaker, outline.text(), outline.numbers(), entities);
  }

  /** Records these as the keys of publication {@code id}, in place of what it had. */
  void write(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPSERT)) {
      s.setString(1, id);
      s.setString(2, documentId == null ? null : documentId.site());
      s.setString(3, documentId == null ? null : documentId.id());
      s.setString(4, speakerId);
      s.setString(5, outline);
      s.setString(6, String.join(" ", numbers.stream().sorted().toList()));
      s.setString(7, String.join(" ", entities.stream().sorted().toList()));
      s.executeUpdate();
    }
  }

  /** The words of a space-separated column. */
  static Set<String> words(String text) {
    return text == null || text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(" ")));
  }

  /**
   * How alike the contents of two publications are, from 0 to 1: the agreement of their turn
   * outlines ({@link Outline#agreement}), averaged with the overlap of the numbers written in
   * digits and that of the entity ids, each where either side has some; 0 when they have no
   * number and no entity in common, as a bare layout of questions and answers is no evidence.
   * Two language versions share numbers and named people and places, and their turns align.
   */
  double resemblance(VersionKeys other) {
    return resemblance(other, Outline.parse(outline));
  }

  /** {@link #resemblance(VersionKeys)}, {@code own} being this {@link #outline}, read once. */
  double resemblance(VersionKeys other, Outline own) {
    int parts = parts(other);
    if (parts == 0) {
      return 0;
    }
    return (evidence(other) * parts + own.agreement(Outline.parse(other.outline))) / (parts + 1);
  }

  /**
   * Whether {@code other} is worth aligning the turns for, the costly part: their numbers and
   * entities overlap at least {@link #EVIDENCE}, and {@link #resemblance} could reach
   * {@link #CONTENT_MATCH} were the turns to agree perfectly.
   */
  boolean worthAligning(VersionKeys other) {
    int parts = parts(other);
    double evidence = evidence(other);
    return parts > 0 && evidence >= EVIDENCE
        && (evidence * parts + 1) / (parts + 1) >= CONTENT_MATCH;
  }

  /**
   * The overlap of numbers and that of entities, averaged over those either side has some of; 0
   * when they have no number and no entity in common.
   */
  double evidence(VersionKeys other) {
    int parts = parts(other);
    if (parts == 0) {
      return 0;
    }
    double sum = 0;
    if (!numbers.isEmpty() || !other.numbers.isEmpty()) {
      sum += Outline.overlap(numbers, other.numbers);
    }
    if (!entities.isEmpty() || !other.entities.isEmpty()) {
      sum += Outline.overlap(entities, other.entities);
    }
    return sum / parts;
  }

  /** How many of numbers and entities count: 0 when the two have none in common. */
  private int parts(VersionKeys other) {
    if (Collections.disjoint(numbers, other.numbers)
        && Collections.disjoint(entities, other.entities)) {
      return 0;
    }
    return (numbers.isEmpty() && other.numbers.isEmpty() ? 0 : 1)
        + (entities.isEmpty() && other.entities.isEmpty() ? 0 : 1);
  }
}
