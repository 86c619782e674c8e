package org.verbatim.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.verbatim.align.Outline;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;

/**
 * The language versions of a publication: the group it belongs to. A group set by hand (table
 * {@code version_decision}, keyed by publication id so that reparse keeps it) holds exactly its
 * members. Otherwise the group is found among the publications none of them grouped by hand, in
 * other languages, one a language, by the first of these ties:
 * <ol>
 *   <li>the same document id of the same site ({@link DocumentId}, from the URL by a site
 *       profile);</li>
 *   <li>the same kind printed at the same date and time, and, where the principal speakers of
 *       both are people the archive knows ({@link KnownPeople#knows}), the same principal
 *       speaker;</li>
 *   <li>the same kind printed within a day (the day before, the same day or the day after),
 *       no disagreeing principal speaker, and contents that match: a {@link VersionKeys#resemblance} of at least {@link VersionKeys#CONTENT_MATCH}
 *       (the best one a language).</li>
 * </ol>
 * The keys compared are those recorded when each version was stored (table
 * {@code version_key}); a publication stored before they were recorded has its keys worked out
 * from its stored JSON when needed.
 */
final class VersionGroups {

  /** The most candidates of the content match read for one page. */
  static final int CANDIDATES_AT_MOST = 200;

  /**
   * The most candidates of one language whose turns a content match aligns for one page, those
   * whose numbers and entities overlap most first (a version's overlap is high: see
   * {@link VersionKeys#EVIDENCE}): what keeps a page of a busy day cheap, as aligning the turns of
   * two long transcripts takes milliseconds.
   */
  static final int ALIGNED_AT_MOST = 3;

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

  private static final String KEYS_OF = """
      SELECT publication_id, document_site, document_id, speaker_id, outline, numbers, entities
      FROM version_key WHERE publication_id = ?""";

  /** Latest versions with their keys (null columns when none are recorded), not set by hand. */
  private static final String CANDIDATES = """
      SELECT p.id, v.title, v.published, v.kind, v.language,
        k.publication_id, k.document_site, k.document_id, k.speaker_id, k.outline, k.numbers,
        k.entities
      FROM publication_version v
      JOIN publication p ON p.id = v.publication_id AND p.latest_version = v.number
      LEFT JOIN version_key k ON k.publication_id = p.id
      WHERE p.id <> ?
        AND NOT EXISTS (SELECT 1 FROM version_decision d WHERE d.publication_id = p.id)""";

  private static final String SAME_DOCUMENT = CANDIDATES
      + " AND p.id IN (SELECT publication_id FROM version_key WHERE document_site = ?"
      + " AND document_id = ?)";

  private static final String SAME_TIME = CANDIDATES + " AND v.kind = ? AND v.published = ?";

  private static final String NEAR_DAYS = CANDIDATES
      + " AND v.kind = ? AND v.published >= ? AND v.published < ?";

  private static final String ORDER = " ORDER BY v.language IS NULL, v.language, p.id LIMIT "
      + CANDIDATES_AT_MOST;

  /** A candidate: the version as listed, and its keys. */
  private record Candidate(LanguageVersion version, VersionKeys keys) {}

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
    KnownPeople people = known.get();
    VersionKeys mine = keys(id).orElseGet(() -> VersionKeys.of(p,
        Recognizer.standard().analyse(p, people), null));
    Map<String, LanguageVersion> chosen = new TreeMap<>(); // language, or "\uffff" + id, → version
    if (mine.documentId() != null) {
      DocumentId doc = mine.documentId();
      for (Candidate c : candidates(SAME_DOCUMENT, id, taken(p, chosen), doc.site(), doc.id())) {
        chosen.putIfAbsent(slot(c.version()), c.version());
      }
    }
    if (p.published() != null && p.published().time() != null) {
      for (Candidate c : candidates(SAME_TIME, id, taken(p, chosen), p.kind().code(),
          p.published().toString())) {
        if (speakersAgree(mine, c.keys(), people)) {
          chosen.putIfAbsent(slot(c.version()), c.version());
        }
      }
    }
    if (p.published() != null) {
      LocalDate day = p.published().date();
      List<Candidate> worth = new ArrayList<>();
      for (Candidate c : candidates(NEAR_DAYS, id, taken(p, chosen), p.kind().code(),
          day.minusDays(1).toString(), day.plusDays(2).toString())) {
        if (speakersAgree(mine, c.keys(), people) && mine.worthAligning(c.keys())) {
          worth.add(c);
        }
      }
      worth.sort(Comparator.comparingDouble((Candidate c) -> -mine.evidence(c.keys()))
          .thenComparing(c -> c.version().id()));
      Outline own = worth.isEmpty() ? null : Outline.parse(mine.outline());
      Map<String, Double> best = new HashMap<>();
      Map<String, LanguageVersion> matched = new HashMap<>();
      Map<String, Integer> aligned = new HashMap<>();
      for (Candidate c : worth) {
        String slot = slot(c.version());
        if (aligned.merge(slot, 1, Integer::sum) > ALIGNED_AT_MOST) {
          continue;
        }
        double resemblance = mine.resemblance(c.keys(), own);
        if (resemblance >= VersionKeys.CONTENT_MATCH
            && resemblance > best.getOrDefault(slot, 0.0)) {
          best.put(slot, resemblance);
          matched.put(slot, c.version()); // the best match of each language
        }
      }
      chosen.putAll(matched);
    }
    return chosen.values().stream().limit(Queries.LANGUAGE_VERSIONS_AT_MOST).toList();
  }

  /** The languages {@code p} has, or has found a version in already: no more are looked for. */
  private static List<String> taken(Publication p, Map<String, LanguageVersion> chosen) {
    List<String> out = new ArrayList<>();
    if (p.language() != null) {
      out.add(p.language());
    }
    for (LanguageVersion v : chosen.values()) {
      if (v.language() != null && !out.contains(v.language())) {
        out.add(v.language());
      }
    }
    return out;
  }

  /** Where a version goes in the list: its language, or its id after every language. */
  private static String slot(LanguageVersion v) {
    return v.language() != null ? v.language() : "\uffff" + v.id();
  }

  /** No two principal speakers the archive knows that differ. */
  private static boolean speakersAgree(VersionKeys a, VersionKeys b, KnownPeople people) {
    String x = a.speakerId();
    String y = b.speakerId();
    return x == null || y == null || !people.knows(x) || !people.knows(y) || x.equals(y);
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

  /** The keys recorded for publication {@code id}, or empty when none are. */
  private Optional<VersionKeys> keys(String id) {
    return db.read("read the version keys of publication " + id, c -> {
      try (PreparedStatement s = Queries.prepare(c, KEYS_OF, id);
          ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(keys(row, 1)) : Optional.<VersionKeys>empty();
      }
    });
  }

  /**
   * The candidates {@code sql} finds with {@code values} after publication {@code id}, in none of
   * the languages {@code taken} (a version of unknown language is always one); those with no keys
   * recorded get them worked out from their stored JSON.
   */
  private List<Candidate> candidates(String sql, String id, List<String> taken,
      Object... values) {
    List<Object> all = new ArrayList<>();
    all.add(id);
    all.addAll(List.of(values));
    StringBuilder query = new StringBuilder(sql);
    if (!taken.isEmpty()) {
      query.append(" AND (v.language IS NULL OR v.language NOT IN (")
          .append(String.join(", ", Collections.nCopies(taken.size(), "?"))).append("))");
      all.addAll(taken);
    }
    String full = query + ORDER;
    List<Candidate> read = db.read("find the language versions of publication " + id, c -> {
      List<Candidate> out = new ArrayList<>();
      try (PreparedStatement s = Queries.prepare(c, full, all.toArray());
          ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(new Candidate(Queries.languageVersion(row),
              row.getString(6) == null ? null : keys(row, 6)));
        }
      }
      return out;
    });
    List<Candidate> out = new ArrayList<>(read.size());
    for (Candidate c : read) {
      out.add(c.keys() != null ? c : new Candidate(c.version(), workedOut(c.version().id())));
    }
    return out;
  }

  /** The keys of a publication stored before keys were recorded, from its stored JSON. */
  private VersionKeys workedOut(String id) {
    Publication p = latest(id);
    return VersionKeys.of(p, Recognizer.standard().analyse(p, known.get()), null);
  }

  /** The keys in the columns of {@code row} from {@code first} on. */
  private static VersionKeys keys(ResultSet row, int first) throws SQLException {
    String site = row.getString(first + 1);
    String document = row.getString(first + 2);
    return new VersionKeys(site == null || document == null ? null
        : new DocumentId(site, document), row.getString(first + 3), row.getString(first + 4),
        VersionKeys.words(row.getString(first + 5)), VersionKeys.words(row.getString(first + 6)));
  }
}
