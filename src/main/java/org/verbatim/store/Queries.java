package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Kind;
import org.verbatim.model.Source;

/** Reads what {@link Puts} wrote. Every method takes a reader connection for its own use only. */
final class Queries {

  /** The most language versions {@link VersionGroups} lists. */
  static final int LANGUAGE_VERSIONS_AT_MOST = 20;

  /** How many publications {@link #forEachLatest} holds in memory at a time. */
  static final int PAGE = 500;

  private static final String STORED_COLUMNS =
      "SELECT p.id, v.number, p.latest_version, v.ingested_at, v.json";

  private static final String LATEST = STORED_COLUMNS + """

      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.id = ?""";

  private static final String VERSION = STORED_COLUMNS + """

      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id
      WHERE p.id = ? AND v.number = ?""";

  private static final String LATEST_PAGE = STORED_COLUMNS + """

      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE p.id > ?
      ORDER BY p.id
      LIMIT""" + " " + PAGE;

  private static final String HISTORY = """
      SELECT v.number, v.ingested_at, v.title, v.published, v.language, v.kind, v.turns,
        v.text_chars, v.warnings, v.source_sha256, s.size, v.parser_version, v.read_by,
        v.reread_of, v.fetched_at
      FROM publication_version v
      JOIN source s ON s.sha256 = v.source_sha256
      WHERE v.publication_id = ?
      ORDER BY v.number""";

  /** Versions after the first made from a page as ingested (not a re-read), newest first. */
  private static final String LATER_VERSIONS = """
      SELECT v.publication_id, v.number, v.ingested_at
      FROM publication_version v
      WHERE v.number > 1 AND v.reread_of IS NULL
      ORDER BY v.ingested_at DESC, v.publication_id, v.number DESC
      LIMIT ?""";

  private static final String LATEST_SOURCE = """
      SELECT v.number, v.read_by, v.json, s.format, s.path, s.url, s.content, s.charset,
        v.fetched_at
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      JOIN source s ON s.sha256 = v.source_sha256
      WHERE p.id = ?""";

  private static final String READ_BEFORE = """
      SELECT p.id
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      WHERE v.read_by < ?
      ORDER BY p.id""";

  private static final String SOURCE_BY_SHA = "SELECT content FROM source WHERE sha256 = ?";

  private static final String SOURCE_BY_ID = """
      SELECT s.content
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      JOIN source s ON s.sha256 = v.source_sha256
      WHERE p.id = ?""";

  private static final String PACKED_SOURCE = """
      SELECT s.content, s.size, s.format, s.charset
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version
      JOIN source s ON s.sha256 = v.source_sha256
      WHERE p.id = ?""";

  private static final String COUNT = "SELECT COUNT(*) FROM publication";

  private static final String IDS = "SELECT id FROM publication ORDER BY id";

  private static final String LATEST_VERSIONS =
      "SELECT id, latest_version FROM publication ORDER BY id";

  private static final String LATEST_TURNS = """
      SELECT COALESCE(SUM(v.turns), 0)
      FROM publication p
      JOIN publication_version v ON v.publication_id = p.id AND v.number = p.latest_version""";

  private final Connections db;

  Queries(Connections db) {
    this.db = db;
  }

  Optional<StoredPublication> latest(String id) {
    return db.read("read publication " + id, c -> {
      List<StoredPublication> found = stored(c, LATEST, id);
      return found.stream().findFirst();
    });
  }

  /** A row of id, title, published, kind and language. */
  static LanguageVersion languageVersion(ResultSet row) throws SQLException {
    return new LanguageVersion(row.getString(1), row.getString(2), row.getString(3),
        Kind.ofCode(row.getString(4)), row.getString(5));
  }

  Optional<StoredPublication> version(String id, int number) {
    return db.read("read version " + number + " of publication " + id, c -> {
      List<StoredPublication> found = stored(c, VERSION, id, number);
      return found.stream().findFirst();
    });
  }

  List<StoredVersion> history(String id) {
    return db.read("read the history of publication " + id, c -> {
      List<StoredVersion> out = new ArrayList<>();
      try (PreparedStatement s = prepare(c, HISTORY, id); ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(new StoredVersion(row.getInt(1), Times.instant(row.getString(2)),
              row.getString(3), row.getString(4), row.getString(5), Kind.ofCode(row.getString(6)),
              row.getInt(7), row.getLong(8), row.getInt(9), row.getString(10), row.getLong(11),
              row.getInt(12), row.getInt(13), integerOrNull(row, 14),
              row.getString(15) == null ? null : Times.instant(row.getString(15))));
        }
      }
      return out;
    });
  }

  List<LaterVersion> laterVersions(int limit) {
    return db.read("list the latest versions after the first", c -> {
      List<LaterVersion> out = new ArrayList<>();
      try (PreparedStatement s = prepare(c, LATER_VERSIONS, limit);
          ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(new LaterVersion(row.getString(1), row.getInt(2),
              Times.instant(row.getString(3))));
        }
      }
      return out;
    });
  }

  Optional<byte[]> source(String idOrSha256) {
    String sql = Identity.isId(idOrSha256) ? SOURCE_BY_ID : SOURCE_BY_SHA;
    String what = "source " + idOrSha256;
    Optional<byte[]> packed = db.read("read " + what, c -> {
      try (PreparedStatement s = prepare(c, sql, idOrSha256); ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.<byte[]>empty();
      }
    });
    return packed.map(bytes -> Gzip.unpack(bytes, what));
  }

  Optional<PackedSource> packedSource(String id) {
    String what = "the source of publication " + id;
    return db.read("read " + what, c -> {
      try (PreparedStatement s = prepare(c, PACKED_SOURCE, id); ResultSet row = s.executeQuery()) {
        return row.next()
            ? Optional.of(new PackedSource(id, row.getBytes(1), row.getLong(2),
                format(row.getString(3), what), row.getString(4)))
            : Optional.<PackedSource>empty();
      }
    });
  }

  Optional<StoredSource> latestSource(String id) {
    String what = "the source of publication " + id;
    return db.read("read " + what, c -> {
      try (PreparedStatement s = prepare(c, LATEST_SOURCE, id); ResultSet row = s.executeQuery()) {
        if (!row.next()) {
          return Optional.<StoredSource>empty();
        }
        int number = row.getInt(1);
        Source read = readFrom(id, number, row.getString(3));
        String path = read == null ? row.getString(5) : read.path();
        String url = read == null ? row.getString(6) : read.url();
        String fetchedAt = row.getString(9);
        RawPage page = new RawPage(Gzip.unpack(row.getBytes(7), what), path, url,
            format(row.getString(4), what), row.getString(8),
            fetchedAt == null ? null : Times.instant(fetchedAt));
        return Optional.of(new StoredSource(id, number, row.getInt(2), page));
      }
    });
  }

  List<String> readBefore(int parserVersion) {
    return db.read("list publications read by a parser older than " + parserVersion, c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement s = prepare(c, READ_BEFORE, parserVersion);
          ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(row.getString(1));
        }
      }
      return out;
    });
  }

  /** The integer in {@code column}, or null when it holds SQL NULL. */
  static Integer integerOrNull(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  /** Where a version's page came from, as its JSON says; null when it says nothing. */
  private static Source readFrom(String id, int number, String json) {
    try {
      return PublicationJson.fromJson(json).source();
    } catch (IllegalArgumentException e) {
      throw new StoreException("Version " + number + " of publication " + id
          + " cannot be read back: " + e.getMessage(), e);
    }
  }

  private static RawPage.Format format(String code, String what) {
    for (RawPage.Format format : RawPage.Format.values()) {
      if (format.code().equals(code)) {
        return format;
      }
    }
    throw new StoreException("The format of " + what + " is '" + code
        + "', which this Verbatim does not know");
  }

  long count() {
    return db.read("count publications", c -> {
      try (PreparedStatement s = c.prepareStatement(COUNT); ResultSet row = s.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  List<String> ids() {
    return db.read("list publication ids", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(IDS); ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(row.getString(1));
        }
      }
      return out;
    });
  }

  NavigableMap<String, Integer> latestVersions() {
    return db.read("list publication versions", c -> {
      NavigableMap<String, Integer> out = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement(LATEST_VERSIONS);
          ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.put(row.getString(1), row.getInt(2));
        }
      }
      return out;
    });
  }

  long latestTurns() {
    return db.read("count the turns of latest versions", c -> {
      try (PreparedStatement s = c.prepareStatement(LATEST_TURNS);
          ResultSet row = s.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  /**
   * Hands every publication's latest version to {@code action} in id order, {@link #PAGE} at a
   * time: no connection is held while {@code action} runs, and memory stays flat however large
   * the archive.
   */
  void forEachLatest(Consumer<StoredPublication> action) {
    String after = "";
    while (true) {
      String from = after;
      List<StoredPublication> page =
          db.read("read publications after '" + from + "'", c -> stored(c, LATEST_PAGE, from));
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private static List<StoredPublication> stored(Connection c, String sql, Object... values)
      throws SQLException {
    List<StoredPublication> out = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, values); ResultSet row = s.executeQuery()) {
      while (row.next()) {
        String id = row.getString(1);
        int number = row.getInt(2);
        try {
          out.add(new StoredPublication(id, number, row.getInt(3),
              Times.instant(row.getString(4)), PublicationJson.fromJson(row.getBytes(5))));
        } catch (IllegalArgumentException e) {
          throw new StoreException("Version " + number + " of publication " + id
              + " cannot be read back: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  static PreparedStatement prepare(Connection c, String sql, Object... values)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
    } catch (SQLException e) {
      s.close();
      throw e;
    }
    return s;
  }
}
