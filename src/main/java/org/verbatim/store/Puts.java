package org.verbatim.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.verbatim.ingest.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.store.Connections.Vendor;
import org.verbatim.store.PutResult.Outcome;

/**
 * Stores pages: decides added, updated or unchanged, and writes a publication's rows in one
 * transaction.
 *
 * <p>The unchanged case is decided by one look-up on the identity key's unique index, outside any
 * write transaction, and writes nothing; the decision is made again inside the transaction, under
 * the write lock, before anything is written.
 */
final class Puts {

  private static final String LATEST_BY_KEY = """
      SELECT p.id, p.latest_version, v.source_sha256, v.content_sha256
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.identity_key = ?""";

  private static final String LATEST_BY_SOURCE = """
      SELECT p.id, p.identity_key, p.latest_version
      FROM publication_version v
      JOIN publication p ON p.id = v.publication_id AND p.latest_version = v.number
      WHERE v.source_sha256 = ?""";

  private static final String INSERT_SOURCE = """
      INSERT INTO source (sha256, format, path, url, size, compression, content, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (sha256) DO NOTHING""";

  private static final String KEY_OF_ID = "SELECT identity_key FROM publication WHERE id = ?";

  private static final String INSERT_PUBLICATION = """
      INSERT INTO publication (id, identity_key, latest_version, created_at, updated_at)
      VALUES (?, ?, 1, ?, ?)""";

  private static final String UPDATE_PUBLICATION = """
      UPDATE publication SET latest_version = ?, updated_at = ? WHERE id = ?""";

  private static final String INSERT_VERSION = """
      INSERT INTO publication_version (publication_id, number, source_sha256, content_sha256,
        title, published, language, kind, turns, text_chars, warnings, json, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  /** The latest version of a publication, as far as deciding about a new page needs. */
  private record Latest(String id, int version, String sourceSha256, String contentSha256) {
    boolean holds(String sourceSha, String contentSha) {
      return sourceSha256.equals(sourceSha)
          || contentSha != null && contentSha256.equals(contentSha);
    }
  }

  private final Connections db;

  Puts(Connections db) {
    this.db = db;
  }

  PutResult put(RawPage page, Publication parsed) {
    String sourceSha = Hashes.sha256Hex(page.bytes());
    String key = Identity.key(page, parsed);
    Latest before = db.read("look up " + key, c -> latest(c, key));
    if (before != null && before.holds(sourceSha, null)) {
      return new PutResult(Outcome.UNCHANGED, before.id(), before.version());
    }
    String contentSha = contentSha256(parsed);
    if (before != null && before.holds(sourceSha, contentSha)) {
      return new PutResult(Outcome.UNCHANGED, before.id(), before.version());
    }
    String json = PublicationJson.toJson(parsed);
    byte[] packed = Gzip.pack(page.bytes());
    return db.write("store " + page.name(), c -> {
      lockIdentity(c, key);
      Latest now = latest(c, key);
      if (now != null && now.holds(sourceSha, contentSha)) {
        return new PutResult(Outcome.UNCHANGED, now.id(), now.version());
      }
      Instant at = Times.now();
      insertSource(c, page, sourceSha, packed, at);
      PutResult result;
      if (now == null) {
        result = new PutResult(Outcome.ADDED, Identity.id(key), 1);
        insertPublication(c, result.id(), key, at);
      } else {
        result = new PutResult(Outcome.UPDATED, now.id(), now.version() + 1);
      }
      insertVersion(c, result, sourceSha, contentSha, parsed, json, at);
      if (now != null) {
        update(c, UPDATE_PUBLICATION, result.version(), Times.text(at), result.id());
      }
      return result;
    });
  }

  /**
   * On PostgreSQL, waits until no other transaction, of this process or another, is storing a
   * page of the same identity, so that the re-check that follows sees what that one wrote (read
   * committed: each statement sees what was committed before it) and two processes never both
   * add a publication or both take the next version number. The lock is the publication id's
   * 64 bits and ends with the transaction. SQLite needs none: a transaction there takes the
   * database's write lock when it begins.
   */
  private void lockIdentity(Connection c, String key) throws SQLException {
    if (db.vendor() == Vendor.POSTGRESQL) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        s.setLong(1, Long.parseUnsignedLong(Identity.id(key), 16));
        s.executeQuery().close();
      }
    }
  }

  /** What {@link #put} would answer UNCHANGED for {@code page}, told without parsing it. */
  Optional<PutResult> unchanged(RawPage page) {
    String sourceSha = Hashes.sha256Hex(page.bytes());
    return db.read("look up source " + sourceSha, c -> {
      try (PreparedStatement s = c.prepareStatement(LATEST_BY_SOURCE)) {
        s.setString(1, sourceSha);
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            if (Identity.couldBe(row.getString(2), page, sourceSha)) {
              return Optional.of(new PutResult(Outcome.UNCHANGED, row.getString(1), row.getInt(3)));
            }
          }
        }
      }
      return Optional.empty();
    });
  }

  /** The SHA-256 of what the parser understood, without where the page came from. */
  static String contentSha256(Publication parsed) {
    String json = PublicationJson.toJson(parsed.withSource(null));
    return Hashes.sha256Hex(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Latest latest(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(LATEST_BY_KEY)) {
      s.setString(1, key);
      try (ResultSet row = s.executeQuery()) {
        return row.next()
            ? new Latest(row.getString(1), row.getInt(2), row.getString(3), row.getString(4))
            : null;
      }
    }
  }

  private static void insertSource(Connection c, RawPage page, String sha, byte[] packed,
      Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT_SOURCE)) {
      s.setString(1, sha);
      s.setString(2, page.format().code());
      s.setString(3, page.path());
      s.setString(4, page.url());
      s.setLong(5, page.bytes().length);
      s.setString(6, Gzip.NAME);
      s.setBytes(7, packed);
      s.setString(8, Times.text(at));
      s.executeUpdate();
    }
  }

  private static void insertPublication(Connection c, String id, String key, Instant at)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(KEY_OF_ID)) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        if (row.next()) {
          throw new StoreException("Publication id " + id + " of identity '" + key
              + "' is already taken by identity '" + row.getString(1)
              + "': two identities share 64 bits of their hash; the page was not stored");
        }
      }
    }
    update(c, INSERT_PUBLICATION, id, key, Times.text(at), Times.text(at));
  }

  private static void insertVersion(Connection c, PutResult result, String sourceSha,
      String contentSha, Publication p, String json, Instant at) throws SQLException {
    long chars = 0;
    for (Turn turn : p.turns()) {
      for (String paragraph : turn.paragraphs()) {
        chars += paragraph.length();
      }
    }
    update(c, INSERT_VERSION, result.id(), result.version(), sourceSha, contentSha, p.title(),
        p.published() == null ? null : p.published().toString(), p.language(), p.kind().code(),
        p.turns().size(), chars, p.warnings().size(), json, Times.text(at));
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
