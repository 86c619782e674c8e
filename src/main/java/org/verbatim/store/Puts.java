package org.verbatim.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.verbatim.entity.Recognition;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.store.Connections.Vendor;
import org.verbatim.store.PutResult.Outcome;

/**
 * Stores pages: decides added, updated, re-read or unchanged, and writes a publication's rows in
 * one transaction.
 *
 * <p>The unchanged case is decided by one look-up on the identity key's unique index, outside any
 * write transaction, and writes nothing; the decision is made again inside the transaction, under
 * the write lock, before anything is written.
 *
 * <p>A page whose bytes are its publication's latest source, read by a parser newer than the one
 * that last read them, is a <b>re-read</b>: when the content changed it becomes the next version,
 * with the same source and {@code reread_of} naming the version it reads again; when it did not,
 * only that version's {@code read_by} is raised, so that the same parser never reads it again.
 */
final class Puts {

  private static final String LATEST_BY_KEY = """
      SELECT p.id, p.latest_version, v.source_sha256, v.content_sha256, v.read_by
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.identity_key = ?""";

  private static final String LATEST_BY_ID = """
      SELECT p.id, p.latest_version, v.source_sha256, v.content_sha256, v.read_by
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.id = ?""";

  private static final String LATEST_BY_SOURCE = """
      SELECT p.id, p.identity_key, p.latest_version, v.read_by
      FROM publication_version v
      JOIN publication p ON p.id = v.publication_id AND p.latest_version = v.number
      WHERE v.source_sha256 = ?""";

  private static final String INSERT_SOURCE = """
      INSERT INTO source (sha256, format, path, url, size, compression, content, ingested_at,
        charset)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (sha256) DO NOTHING""";

  /** The name of the last field of a publication's JSON. */
  private static final String SOURCE_FIELD = "\"source\":";
  private static final byte[] SOURCE_FIELD_UTF8 = SOURCE_FIELD.getBytes(StandardCharsets.UTF_8);
  private static final byte[] NULL_SOURCE_UTF8 =
      (SOURCE_FIELD + "null}").getBytes(StandardCharsets.UTF_8);

  private static final String KEY_OF_ID = "SELECT identity_key FROM publication WHERE id = ?";

  private static final String INSERT_PUBLICATION = """
      INSERT INTO publication (id, identity_key, latest_version, created_at, updated_at)
      VALUES (?, ?, 1, ?, ?)""";

  private static final String UPDATE_PUBLICATION = """
      UPDATE publication SET latest_version = ?, updated_at = ? WHERE id = ?""";

  private static final String INSERT_VERSION = """
      INSERT INTO publication_version (publication_id, number, source_sha256, content_sha256,
        title, published, language, kind, turns, text_chars, warnings, json, ingested_at,
        parser_version, read_by, reread_of, fetched_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String UPDATE_READ_BY = """
      UPDATE publication_version SET read_by = ? WHERE publication_id = ? AND number = ?""";

  /** The latest version of a publication, as far as deciding about a new page needs. */
  private record Latest(String id, int version, String sourceSha256, String contentSha256,
      int readBy) {

    /** Whether a page of these bytes, read by parser {@code parserVersion}, changes nothing. */
    boolean holdsRead(String sourceSha, int parserVersion) {
      return sourceSha256.equals(sourceSha) && readBy >= parserVersion;
    }
  }

  /**
   * A parse about to be written: the parser's result with its hashes and JSON, the rows of the
   * people recognition found in it (null: recognition did not run, and its people are not
   * written), and the keys that group it with its language versions.
   */
  private record Parse(Publication publication, String contentSha256, String json,
      int parserVersion, List<People.Row> people, VersionKeys keys) {

    static Parse of(Publication parsed, int parserVersion, Recognition recognition,
        DocumentId documentId) {
      String json = PublicationJson.toJson(parsed);
      return new Parse(parsed, Puts.contentSha256(json), json, parserVersion,
          recognition == null ? null : People.rows(parsed, recognition),
          VersionKeys.of(parsed, recognition, documentId));
    }

    /**
     * Writes what is derived from the publication's latest version: its people, when
     * recognition is known, and its version keys. {@code fresh}: the publication was added in
     * this transaction, so nothing derived from it is stored yet.
     */
    void writeDerived(Connection c, String id, boolean fresh) throws SQLException {
      if (people != null) {
        People.write(c, id, people, fresh);
      }
      keys.write(c, id);
    }
  }

  private final Connections db;

  Puts(Connections db) {
    this.db = db;
  }

  /**
   * What storing {@code page} takes, worked out at once and outside any transaction: the look-up
   * that may find it unchanged, its JSON, hashes and keys, its packed bytes. The transaction runs
   * when the result is written ({@link PreparedPut#write}).
   */
  PreparedPut put(RawPage page, Publication parsed, int parserVersion, Recognition recognition,
      DocumentId documentId) {
    String sourceSha = page.sha256();
    String key = Identity.key(page, parsed);
    Latest before = db.read("look up " + key, c -> latest(c, LATEST_BY_KEY, key));
    if (before != null && before.holdsRead(sourceSha, parserVersion)) {
      PutResult unchanged = new PutResult(Outcome.UNCHANGED, before.id(), before.version());
      return () -> unchanged;
    }
    Parse parse = Parse.of(parsed, parserVersion, recognition, documentId);
    if (before != null && !before.sourceSha256().equals(sourceSha)
        && before.contentSha256().equals(parse.contentSha256())) {
      PutResult unchanged = new PutResult(Outcome.UNCHANGED, before.id(), before.version());
      return () -> unchanged;
    }
    byte[] packed = Gzip.pack(page.bytes());
    return () -> db.write("store " + page.name(), c -> {
      lock(c, Identity.id(key));
      Latest now = latest(c, LATEST_BY_KEY, key);
      if (now != null && now.sourceSha256().equals(sourceSha)) {
        return reread(c, now, parse);
      }
      if (now != null && now.contentSha256().equals(parse.contentSha256())) {
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
      insertVersion(c, result, sourceSha, parse, null, at, page.fetchedAt());
      if (now != null) {
        update(c, UPDATE_PUBLICATION, result.version(), Times.text(at), result.id());
      }
      parse.writeDerived(c, result.id(), now == null);
      return result;
    });
  }

  /**
   * Stores {@code parsed}, a new reading of the source of version {@code version} of publication
   * {@code id}, when that version is still the latest: see {@link TranscriptStore#reread}. Its
   * JSON, hashes and keys are worked out at once, the transaction when the result is written.
   */
  PreparedPut reread(String id, int version, Publication parsed, int parserVersion,
      Recognition recognition, DocumentId documentId) {
    Parse parse = Parse.of(parsed, parserVersion, recognition, documentId);
    return () -> db.write("re-read version " + version + " of publication " + id, c -> {
      lock(c, id);
      Latest now = latest(c, LATEST_BY_ID, id);
      if (now == null) {
        throw new StoreException("No publication " + id + " to re-read: the store holds none"
            + " with that id");
      }
      if (now.version() != version) {
        // Another writer stored a newer version meanwhile; that one is what counts now.
        return new PutResult(Outcome.UNCHANGED, now.id(), now.version());
      }
      return reread(c, now, parse);
    });
  }

  /**
   * The latest version's source read again into {@code parse}: the next version when the content
   * changed, else only the parser's version recorded, or nothing when a parser as new had read it.
   */
  private static PutResult reread(Connection c, Latest now, Parse parse) throws SQLException {
    if (now.contentSha256().equals(parse.contentSha256())) {
      if (now.readBy() >= parse.parserVersion()) {
        // The keys are written all the same: a site profile may have changed the document id.
        parse.keys().write(c, now.id());
        return new PutResult(Outcome.UNCHANGED, now.id(), now.version());
      }
      update(c, UPDATE_READ_BY, parse.parserVersion(), now.id(), now.version());
      parse.writeDerived(c, now.id(), false); // what recognition finds may have changed
      return new PutResult(Outcome.REREAD_SAME, now.id(), now.version());
    }
    Instant at = Times.now();
    PutResult result = new PutResult(Outcome.REREAD, now.id(), now.version() + 1);
    insertVersion(c, result, now.sourceSha256(), parse, now.version(), at, null);
    update(c, UPDATE_PUBLICATION, result.version(), Times.text(at), result.id());
    parse.writeDerived(c, result.id(), false);
    return result;
  }

  /**
   * On PostgreSQL, waits until no other transaction, of this process or another, is storing a
   * page of publication {@code id}, so that the re-check that follows sees what that one wrote
   * (read committed: each statement sees what was committed before it) and two processes never
   * both add a publication or both take the next version number. The lock is the publication
   * id's 64 bits and ends with the transaction. SQLite needs none: a transaction there takes the
   * database's write lock when it begins.
   */
  private void lock(Connection c, String id) throws SQLException {
    if (db.vendor() == Vendor.POSTGRESQL) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        s.setLong(1, Long.parseUnsignedLong(id, 16));
        s.executeQuery().close();
      }
    }
  }

  /** The latest version that holds {@code page}'s bytes, told without parsing it. */
  Optional<HeldSource> held(RawPage page) {
    String sourceSha = page.sha256();
    return db.read("look up source " + sourceSha, c -> {
      try (PreparedStatement s = c.prepareStatement(LATEST_BY_SOURCE)) {
        s.setString(1, sourceSha);
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            if (Identity.couldBe(row.getString(2), page, sourceSha)) {
              return Optional.of(new HeldSource(row.getString(1), row.getInt(3), row.getInt(4)));
            }
          }
        }
      }
      return Optional.empty();
    });
  }

  /** The SHA-256 of what the parser understood, without where the page came from. */
  static String contentSha256(Publication parsed) {
    return contentSha256(PublicationJson.toJson(parsed));
  }

  /**
   * {@link #contentSha256(Publication)} from the publication's JSON, which is then written once
   * rather than twice a page: the JSON ends with its source, so the JSON of the publication without
   * it is the same up to there, followed by a null source. No quote in the source's strings is
   * unescaped, so the last {@code "source":} is the field's name.
   */
  static String contentSha256(String json) {
    // Hashed from the JSON's UTF-8 bytes as far as the field, whose name is ASCII and so found
    // among them as it is: a long page's JSON was copied three times here.
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    int source = lastIndexOf(utf8, SOURCE_FIELD_UTF8);
    if (source < 0 || !json.endsWith("}")) {
      throw new IllegalStateException("The publication's JSON does not end with its source");
    }
    return Hashes.sha256Hex(utf8, source, NULL_SOURCE_UTF8);
  }

  /** Where {@code part} last occurs in {@code bytes}, or -1. */
  private static int lastIndexOf(byte[] bytes, byte[] part) {
    for (int i = bytes.length - part.length; i >= 0; i--) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  /** The latest version of the publication {@code sql} finds by {@code keyOrId}, or null. */
  private static Latest latest(Connection c, String sql, String keyOrId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, keyOrId);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? new Latest(row.getString(1), row.getInt(2), row.getString(3),
            row.getString(4), row.getInt(5)) : null;
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
      s.setString(9, page.charset());
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

  /**
   * Writes {@code result}'s version; {@code rereadOf} is null unless it re-reads a version, and
   * {@code fetchedAt} null unless the page was fetched from the web.
   */
  private static void insertVersion(Connection c, PutResult result, String sourceSha,
      Parse parse, Integer rereadOf, Instant at, Instant fetchedAt) throws SQLException {
    Publication p = parse.publication();
    long chars = 0;
    for (Turn turn : p.turns()) {
      for (String paragraph : turn.paragraphs()) {
        chars += paragraph.length();
      }
    }
    update(c, INSERT_VERSION, result.id(), result.version(), sourceSha, parse.contentSha256(),
        p.title(), p.published() == null ? null : p.published().toString(), p.language(),
        p.kind().code(), p.turns().size(), chars, p.warnings().size(), parse.json(),
        Times.text(at), parse.parserVersion(), parse.parserVersion(), rereadOf,
        fetchedAt == null ? null : Times.text(fetchedAt));
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
