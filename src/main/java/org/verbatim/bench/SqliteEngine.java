package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.archive.Archive;

/**
 * SQLite FTS5 over the same texts, as a user who picked it would search them: a publication table
 * with the facet columns, an FTS5 table of each publication's whole text and one of each turn's
 * text (tokenizer {@code porter unicode61 remove_diacritics 2}), {@code MATCH} ranked by BM25,
 * {@code GROUP BY} for the facets and {@code snippet()} for the best turns.
 */
final class SqliteEngine implements SearchEngine {

  private static final String TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'";

  private final Connection connection;

  SqliteEngine(Path database) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:sqlite:" + database);
  }

  /** Builds the database {@code database} from the latest publications of the archive. */
  static void build(Path archiveDir, Path database) throws IOException, SQLException {
    Files.deleteIfExists(database);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Archive archive = Archive.open(archiveDir, "bench")) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
        s.execute("CREATE TABLE pub(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, version INTEGER,"
            + " title TEXT, published TEXT, published_at INTEGER, year INTEGER, kind TEXT,"
            + " language TEXT, place TEXT)");
        s.execute("CREATE TABLE pub_speaker(pub INTEGER NOT NULL, name TEXT NOT NULL)");
        s.execute("CREATE TABLE pub_outlet(pub INTEGER NOT NULL, name TEXT NOT NULL)");
        s.execute("CREATE VIRTUAL TABLE pub_text USING fts5(text, " + TOKENIZE + ")");
        s.execute("CREATE TABLE turn(rowid INTEGER PRIMARY KEY, pub INTEGER NOT NULL,"
            + " number INTEGER, speaker TEXT, label TEXT, role TEXT, section INTEGER)");
        s.execute("CREATE VIRTUAL TABLE turn_text USING fts5(text, " + TOKENIZE + ")");
      }
      c.setAutoCommit(false);
      try (PreparedStatement pub = c.prepareStatement("INSERT INTO pub VALUES (?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement speaker = c.prepareStatement("INSERT INTO pub_speaker VALUES (?,?)");
          PreparedStatement outlet = c.prepareStatement("INSERT INTO pub_outlet VALUES (?,?)");
          PreparedStatement pubText = c.prepareStatement("INSERT INTO pub_text(rowid, text) VALUES (?,?)");
          PreparedStatement turn = c.prepareStatement("INSERT INTO turn VALUES (?,?,?,?,?,?,?)");
          PreparedStatement turnText = c.prepareStatement("INSERT INTO turn_text(rowid, text) VALUES (?,?)")) {
        long[] next = {1, 1};
        archive.store().forEachLatest(stored -> {
          TextRows row = TextRows.of(stored);
          long rowid = next[0]++;
          try {
            SqlRows.bind(pub, rowid, row.id(), row.version(), row.title(), row.published(),
                row.publishedAt(), row.year(), row.kind(), row.language(), row.place());
            pub.executeUpdate();
            for (String name : row.speakers()) {
              SqlRows.bind(speaker, rowid, name);
              speaker.executeUpdate();
            }
            for (String name : row.outlets()) {
              SqlRows.bind(outlet, rowid, name);
              outlet.executeUpdate();
            }
            SqlRows.bind(pubText, rowid, row.wholeText());
            pubText.executeUpdate();
            for (TextRows.TurnRow t : row.turns()) {
              long turnId = next[1]++;
              SqlRows.bind(turn, turnId, rowid, t.number(), t.speaker(), t.label(), t.role(),
                  t.section());
              turn.executeUpdate();
              SqlRows.bind(turnText, turnId, t.text());
              turnText.executeUpdate();
            }
          } catch (SQLException e) {
            throw new IllegalStateException("Could not write publication " + row.id() + " into "
                + database + ": " + e.getMessage(), e);
          }
        });
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX pub_speaker_pub ON pub_speaker(pub)");
        s.execute("CREATE INDEX pub_outlet_pub ON pub_outlet(pub)");
        s.execute("CREATE INDEX turn_pub ON turn(pub)");
        s.execute("CREATE INDEX turn_speaker ON turn(speaker)");
        s.execute("INSERT INTO pub_text(pub_text) VALUES ('optimize')");
        s.execute("INSERT INTO turn_text(turn_text) VALUES ('optimize')");
      }
      c.commit();
    }
  }

  /** FTS5's query syntax: each word or phrase quoted; all required, or any of them. */
  static String match(List<String> texts, boolean any) {
    List<String> quoted = texts.stream().map(t -> '"' + t.replace("\"", "\"\"") + '"').toList();
    return String.join(any ? " OR " : " ", quoted);
  }

  @Override
  public List<String> search(BenchQuery query) throws SQLException {
    String match = match(query.texts(), false);
    List<Object> args = new ArrayList<>();
    args.add(match);
    String matching;
    String ranked;
    if (query.speaker() == null) {
      matching = "SELECT pub_text.rowid AS rowid, pub_text.rank AS rank FROM pub_text"
          + " JOIN pub p ON p.rowid = pub_text.rowid WHERE pub_text MATCH ?";
    } else {
      matching = "SELECT t.pub AS rowid, min(turn_text.rank) AS rank FROM turn_text"
          + " JOIN turn t ON t.rowid = turn_text.rowid JOIN pub p ON p.rowid = t.pub"
          + " WHERE turn_text MATCH ? AND t.speaker = ?";
      args.add(query.speaker());
    }
    if (query.hasDates()) {
      matching += " AND p.published_at >= ? AND p.published_at < ?";
      args.add(query.fromMillis());
      args.add(query.toMillisExclusive());
    }
    if (query.speaker() != null) {
      matching += " GROUP BY t.pub";
    }
    ranked = "SELECT p.rowid, p.id, p.version, p.title, p.published, p.kind, p.language, p.place"
        + " FROM (" + matching + ") m JOIN pub p ON p.rowid = m.rowid"
        + " ORDER BY m.rank, p.published_at DESC LIMIT " + TOP;
    List<Long> rowids = new ArrayList<>();
    List<String> ids = SqlRows.ranked(connection, ranked, args, rowids);
    if (query.faceted()) {
      facets(matching, args);
      if (!rowids.isEmpty()) {
        bestTurns(query, rowids);
      }
    }
    return ids;
  }

  private void facets(String matching, List<Object> args) throws SQLException {
    String sql = "WITH m AS MATERIALIZED (SELECT rowid FROM (" + matching + "))"
        + " SELECT 'kind', kind, count(*) FROM pub WHERE rowid IN m GROUP BY kind"
        + " UNION ALL SELECT 'language', language, count(*) FROM pub WHERE rowid IN m GROUP BY language"
        + " UNION ALL SELECT 'year', year, count(*) FROM pub WHERE rowid IN m AND year IS NOT NULL GROUP BY year"
        + " UNION ALL SELECT 'place', place, count(*) FROM pub WHERE rowid IN m AND place IS NOT NULL GROUP BY place"
        + " UNION ALL SELECT 'speaker', name, count(*) FROM pub_speaker WHERE pub IN m GROUP BY name"
        + " UNION ALL SELECT 'outlet', name, count(*) FROM pub_outlet WHERE pub IN m GROUP BY name";
    SqlRows.facets(connection, sql, args);
  }

  private void bestTurns(BenchQuery query, List<Long> rowids) throws SQLException {
    String sql = "SELECT t.pub, t.number, t.label, t.speaker, t.role, t.section,"
        + " snippet(turn_text, 0, '<mark>', '</mark>', '…', 32)"
        + " FROM turn_text JOIN turn t ON t.rowid = turn_text.rowid"
        + " WHERE turn_text MATCH ? AND t.pub IN (" + "?,".repeat(rowids.size() - 1) + "?)"
        + (query.speaker() == null ? "" : " AND t.speaker = ?")
        + " ORDER BY turn_text.rank";
    List<Object> args = new ArrayList<>();
    args.add(match(query.texts(), true));
    args.addAll(rowids);
    if (query.speaker() != null) {
      args.add(query.speaker());
    }
    Map<Long, Integer> perHit = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      SqlRows.bind(s, args.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (perHit.merge(rs.getLong(1), 1, Integer::sum) <= TURNS_PER_HIT) {
            SqlRows.read(rs, 7);
          }
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
