package org.verbatim.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.verbatim.entity.Entity;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;

/**
 * The language versions of a publication: the group it belongs to. A group set by hand (table
 * {@code version_decision}, keyed by publication id so that reparse keeps it) holds exactly its
 * members. Otherwise the group is found: publications of the same kind printed at the same date
 * and time in another language, none of them grouped by hand, and, where the principal speakers
 * of both are people the archive knows ({@link KnownPeople#knows}), the same principal speaker.
 */
final class VersionGroups {

  private static final String GROUP_OF =
      "SELECT group_id FROM version_decision WHERE publication_id = ?";

  private static final String MEMBERS = """
      SELECT p.id, v.title, v.published, v.kind, v.language
      FROM version_decision d
      JOIN publication p ON p.id = d.publication_id
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE d.group_id = ? AND p.id <> ?
      ORDER BY v.language IS NULL, v.language, p.id""";

  private static final String DECIDE = """
      INSERT INTO version_decision (publication_id, group_id, decided_at) VALUES (?, ?, ?)
      ON CONFLICT (publication_id) DO UPDATE
      SET group_id = excluded.group_id, decided_at = excluded.decided_at""";

  private final Connections db;
  private final Queries queries;
  private final Supplier<KnownPeople> known;

  VersionGroups(Connections db, Queries queries, Supplier<KnownPeople> known) {
    this.db = db;
    this.queries = queries;
    this.known = known;
  }

  /** The other versions of {@code p}, the latest version of publication {@code id}. */
  List<LanguageVersion> of(String id, Publication p) {
    Optional<String> group = groupOf(id);
    if (group.isPresent()) {
      return members(group.get(), id);
    }
    if (p.published() == null || p.published().time() == null) {
      return List.of(); // a date alone is too weak a tie
    }
    KnownPeople people = known.get();
    String speaker = principalSpeaker(p, people);
    List<LanguageVersion> out = new ArrayList<>();
    for (LanguageVersion v : queries.languageVersions(id, p.kind(), p.published().toString(),
        p.language())) {
      String theirs = speaker == null ? null : queries.latest(v.id())
          .map(s -> principalSpeaker(s.publication(), people)).orElse(null);
      if (theirs == null || theirs.equals(speaker)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Whether publication {@code id}'s group was set by hand. */
  boolean setByHand(String id) {
    return groupOf(id).isPresent();
  }

  /**
   * Puts publications {@code id} and {@code other}, each with the versions it has now, in one
   * group set by hand; gives the versions of {@code id} after. Fails, changing nothing, when the
   * group would hold two publications in one language.
   */
  List<LanguageVersion> link(String id, String other) {
    if (id.equals(other)) {
      throw new IllegalArgumentException("A publication is not a version of itself: " + id);
    }
    Map<String, String> languages = new LinkedHashMap<>(); // member id → language, or null
    for (String one : List.of(id, other)) {
      Publication p = latest(one);
      languages.put(one, p.language());
      of(one, p).forEach(v -> languages.put(v.id(), v.language()));
    }
    Map<String, String> byLanguage = new LinkedHashMap<>();
    languages.forEach((member, language) -> {
      String taken = language == null ? null : byLanguage.putIfAbsent(language, member);
      if (taken != null) {
        throw new IllegalArgumentException("Publications " + taken + " and " + member
            + " are both in language '" + language + "', and a group holds one version per"
            + " language: unlink one of them first (versions unlink ID)");
      }
    });
    decide(new ArrayList<>(languages.keySet()), "link publications " + id + " and " + other);
    return of(id, latest(id));
  }

  /** Takes publication {@code id} out of its group, for good; gives the versions it had. */
  List<LanguageVersion> unlink(String id) {
    List<LanguageVersion> before = of(id, latest(id));
    decide(List.of(id), "unlink publication " + id);
    return before;
  }

  /** Records {@code members} as one new group. */
  private void decide(List<String> members, String what) {
    String group = UUID.randomUUID().toString();
    String now = Times.text(Times.now());
    db.write(what, c -> {
      try (PreparedStatement s = c.prepareStatement(DECIDE)) {
        for (String member : members) {
          s.setString(1, member);
          s.setString(2, group);
          s.setString(3, now);
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  private Publication latest(String id) {
    Objects.requireNonNull(id, "id");
    return queries.latest(id).orElseThrow(() -> new IllegalArgumentException(
        "No publication with id '" + id + "' in the archive")).publication();
  }

  private Optional<String> groupOf(String id) {
    return db.read("read the version group of publication " + id, c -> {
      try (PreparedStatement s = Queries.prepare(c, GROUP_OF, id);
          ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
      }
    });
  }

  private List<LanguageVersion> members(String group, String id) {
    return db.read("read the version group of publication " + id, c -> {
      List<LanguageVersion> out = new ArrayList<>();
      try (PreparedStatement s = Queries.prepare(c, MEMBERS, group, id);
          ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(Queries.languageVersion(row));
        }
      }
      return out;
    });
  }

  /**
   * The entity id of the first participant the title names when the archive knows that person
   * (some page names them in full), else null: a surname alone, {@code А.Л.Вешнин} on a page
   * ingested before any that names {@code Arkady Veshnin}, would tell two versions apart wrongly.
   */
  private static String principalSpeaker(Publication p, KnownPeople people) {
    if (p.participants().isEmpty()) {
      return null;
    }
    return Recognizer.standard().person(p.participants().get(0).name(), people)
        .map(Entity::id).filter(people::knows).orElse(null);
  }
}
