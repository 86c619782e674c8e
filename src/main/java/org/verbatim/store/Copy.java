package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Copies one store's rows into another exactly (ids, version numbers, times, hashes and the
 * compressed source bytes as they are), a batch of publications per target transaction, in id
 * order. What the target already holds, by id and version number, is skipped, so that a copy
 * run again after an interruption completes it, and one run after more ingests brings it up to
 * date. A target version that differs from the source's of the same number stops the copy.
 */
final class Copy {

  /** Publications per target transaction. */
  static final int BATCH = 100;

  private static final String PUBLICATIONS = """
      SELECT id, identity_key, latest_version, created_at, updated_at
      FROM publication WHERE id > ? ORDER BY id LIMIT""" + " " + BATCH;

  private static final String HELD = """
      SELECT p.id, p.identity_key, p.latest_version, v.content_sha256
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.id >= ? AND p.id <= ?""";

  private static final String VERSION_COLUMNS = """
      publication_id, number, source_sha256, content_sha256, title, published, language, kind,
      turns, text_chars, warnings, json, ingested_at, parser_version, read_by, reread_of, fetched_at""";

  private static final String VERSIONS = "SELECT " + VERSION_COLUMNS + """

      FROM publication_version WHERE publication_id = ? AND number >= ? ORDER BY number""";

  private static final String SOURCE_COLUMNS =
      "sha256, format, path, url, size, compression, content, ingested_at, charset";

  private static final String SOURCE = "SELECT " + SOURCE_COLUMNS + " FROM source WHERE sha256 = ?";

  private static final String INSERT_SOURCE = "INSERT INTO source (" + SOURCE_COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING";

  private static final String INSERT_PUBLICATION = """
      INSERT INTO publication (id, identity_key, latest_version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?)""";

  private static final String UPDATE_PUBLICATION =
      "UPDATE publication SET latest_version = ?, updated_at = ? WHERE id = ?";

  private static final String INSERT_VERSION = "INSERT INTO publication_version ("
      + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The tables derived from a publication's latest version, keyed by its id: copied whole, in
   * place of what the target had, with each publication whose versions are copied.
   */
  private enum Derived {
    /** The people it names, with their posts. */
    PEOPLE("person_post",
        "publication_id, person_id, name, named_in_full, post_key, post, published"),
    /** The keys that group it with its language versions. */
    KEYS("version_key",
        "publication_id, document_site, document_id, speaker_id, outline, numbers, entities");

    final String select;
    final String delete;
    final String insert;
    final int columns;

    Derived(String table, String columns) {
      this.select = "SELECT " + columns + " FROM " + table + " WHERE publication_id = ?";
      this.delete = "DELETE FROM " + table + " WHERE publication_id = ?";
      this.columns = columns.split(",").length;
      this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES ("
          + String.join(", ", Collections.nCopies(this.columns, "?")) + ")";
    }
  }

  private static final String DECISIONS =
      "SELECT publication_id, group_id, decided_at FROM version_decision ORDER BY publication_id";

  private static final String UPSERT_DECISION = """
      INSERT INTO version_decision (publication_id, group_id, decided_at) VALUES (?, ?, ?)
      ON CONFLICT (publication_id) DO UPDATE
      SET group_id = excluded.group_id, decided_at = excluded.decided_at""";

  /** A publication row: {@code values} in the order of its columns. */
  private record Row(String id, String key, int latest, Object[] values) {}

  /** What the target holds of a publication. */
  private record Held(String key, int latest, String latestContentSha256) {}

  /**
   * A source publication with the versions and sources the target lacks, and the content hash
   * of the version the target has as its latest (null when it has none), and the rows derived
   * from its latest version ({@link Derived}; no keys for a publication stored before they were
   * recorded).
   */
  private record Missing(Row publication, String heldContentSha256, List<Object[]> versions,
      List<Object[]> sources, Map<Derived, List<Object[]>> derived) {}

  private final Connections from;
  private final Connections to;
  private final String fromWhere;
  private final String toWhere;

  Copy(Connections from, String fromWhere, Connections to, String toWhere) {
    this.from = from;
    this.fromWhere = fromWhere;
    this.to = to;
    this.toWhere = toWhere;
  }

  CopyProgress run(long total, Consumer<CopyProgress> progress) {
    CopyProgress done = new CopyProgress(total, 0, 0, 0);
    String after = "";
    while (true) {
      String start = after;
      List<Row> batch = from.read("read publications after '" + start + "'",
          c -> publications(c, start));
      if (batch.isEmpty()) {
        copyDecisions();
        return done;
      }
      String first = batch.get(0).id();
      String last = batch.get(batch.size() - 1).id();
      Map<String, Held> held = to.read("read publications " + first + " to " + last,
          c -> held(c, first, last));
      List<Missing> missing = new ArrayList<>();
      long skipped = 0;
      for (Row row : batch) {
        Held there = held.get(row.id());
        int heldUpTo = there == null ? 0 : there.latest();
        if (there != null) {
          check(row, there);
        }
        Missing m = from.read("read publication " + row.id(), c -> missing(c, row, heldUpTo));
        if (there != null && !there.latestContentSha256().equals(m.heldContentSha256())) {
          throw new StoreException("Version " + heldUpTo + " of publication " + row.id()
              + " differs between " + fromWhere + " and " + toWhere
              + ": the target holds other publications; copy into an empty store");
        }
        skipped += heldUpTo;
        if (!m.versions().isEmpty()) {
          missing.add(m);
        }
      }
      long copied = to.write("copy publications " + first + " to " + last,
          c -> write(c, first, last, missing));
      done = new CopyProgress(total, done.publicationsDone() + batch.size(),
          done.versionsCopied() + copied, done.versionsSkipped() + skipped);
      progress.accept(done);
      after = last;
    }
  }

  /**
   * The language versions grouped by hand ({@code version_decision}), all of them, once the
   * publications they name are copied: a few rows, written again at every run, so that one made
   * since the last run is copied too.
   */
  private void copyDecisions() {
    List<Object[]> decisions = from.read("read the language versions grouped by hand", c -> {
      List<Object[]> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(DECISIONS); ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Object[] {r.getString(1), r.getString(2), r.getString(3)});
        }
      }
      return out;
    });
    to.write("copy the language versions grouped by hand", c -> {
      for (Object[] decision : decisions) {
        update(c, UPSERT_DECISION, decision);
      }
      return null;
    });
  }

  /** Refuses a target publication that is not the source's under the same id. */
  private void check(Row row, Held there) {
    if (!there.key().equals(row.key())) {
      throw new StoreException("Publication " + row.id() + " is '" + row.key() + "' in "
          + fromWhere + " but '" + there.key() + "' in " + toWhere
          + ": the target holds other publications; copy into an empty store");
    }
    if (there.latest() > row.latest()) {
      throw new StoreException("Publication " + row.id() + " has " + there.latest()
          + " versions in " + toWhere + " but " + row.latest() + " in " + fromWhere
          + ": the target holds versions the source lacks; copy into an empty store");
    }
  }

  private static List<Row> publications(Connection c, String after) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(PUBLICATIONS)) {
      s.setString(1, after);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(new Row(row.getString(1), row.getString(2), row.getInt(3), new Object[] {
              row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
              row.getString(5)}));
        }
      }
    }
    return out;
  }

  private static Map<String, Held> held(Connection c, String first, String last)
      throws SQLException {
    Map<String, Held> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(HELD)) {
      s.setString(1, first);
      s.setString(2, last);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.put(row.getString(1), new Held(row.getString(2), row.getInt(3), row.getString(4)));
        }
      }
    }
    return out;
  }

  /**
   * The versions of {@code row} after {@code heldUpTo}, with their sources; version
   * {@code heldUpTo} itself is read too, to be compared with the target's.
   */
  private Missing missing(Connection c, Row row, int heldUpTo) throws SQLException {
    List<Object[]> versions = new ArrayList<>();
    Map<String, Object[]> sources = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(VERSIONS)) {
      s.setString(1, row.id());
      s.setInt(2, Math.max(1, heldUpTo));
      try (ResultSet v = s.executeQuery()) {
        while (v.next()) {
          Object[] values = new Object[] {v.getString(1), v.getInt(2), v.getString(3),
              v.getString(4), v.getString(5), v.getString(6), v.getString(7), v.getString(8),
              v.getInt(9), v.getLong(10), v.getInt(11), v.getString(12), v.getString(13),
              v.getInt(14), v.getInt(15), Queries.integerOrNull(v, 16), v.getString(17)};
          versions.add(values);
        }
      }
    }
    List<Object[]> wanted = new ArrayList<>();
    String heldContent = null;
    for (Object[] version : versions) {
      if ((int) version[1] == heldUpTo) {
        heldContent = (String) version[3];
      } else {
        wanted.add(version);
        String sha = (String) version[2];
        if (!sources.containsKey(sha)) {
          sources.put(sha, source(c, sha));
        }
      }
    }
    Map<Derived, List<Object[]>> derived = new EnumMap<>(Derived.class);
    if (!wanted.isEmpty()) {
      for (Derived table : Derived.values()) {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(table.select)) {
          s.setString(1, row.id());
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Object[] values = new Object[table.columns];
              for (int k = 0; k < values.length; k++) {
                values[k] = r.getObject(k + 1);
              }
              rows.add(values);
            }
          }
        }
        derived.put(table, rows);
      }
    }
    return new Missing(row, heldContent, wanted, new ArrayList<>(sources.values()), derived);
  }

  private static Object[] source(Connection c, String sha) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SOURCE)) {
      s.setString(1, sha);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("Source " + sha + " of a version is missing");
        }
        return new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getLong(5), r.getString(6), r.getBytes(7), r.getString(8), r.getString(9)};
      }
    }
  }

  /**
   * Writes what the target lacks, deciding again from what it holds now: a write run again after
   * a lost connection, whose first attempt may have committed, writes nothing twice.
   */
  private static long write(Connection c, String first, String last, List<Missing> missing)
      throws SQLException {
    Map<String, Held> held = held(c, first, last);
    long copied = 0;
    for (Missing m : missing) {
      Held there = held.get(m.publication().id());
      int heldUpTo = there == null ? 0 : there.latest();
      for (Object[] source : m.sources()) {
        update(c, INSERT_SOURCE, source);
      }
      if (there == null) {
        update(c, INSERT_PUBLICATION, m.publication().values());
      }
      for (Object[] version : m.versions()) {
        if ((int) version[1] > heldUpTo) {
          update(c, INSERT_VERSION, version);
          copied++;
        }
      }
      if (there != null && heldUpTo < m.publication().latest()) {
        Object[] p = m.publication().values();
        update(c, UPDATE_PUBLICATION, p[2], p[4], p[0]);
      }
      if (heldUpTo < m.publication().latest()) {
        for (Map.Entry<Derived, List<Object[]>> table : m.derived().entrySet()) {
          update(c, table.getKey().delete, m.publication().id());
          for (Object[] values : table.getValue()) {
            update(c, table.getKey().insert, values);
          }
        }
      }
    }
    return copied;
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
