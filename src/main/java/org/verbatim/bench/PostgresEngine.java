package org.verbatim.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.archive.Archive;

/**
 * PostgreSQL full-text search over the same texts: a publication table with the facet columns and
 * a {@code tsvector} of the whole text, a turn table with each turn's {@code tsvector}, both with
 * GIN indexes, built with the text search configuration of the page's language ({@code english},
 * {@code russian}, else {@code simple}). Queries use {@code plainto_tsquery} for words and
 * {@code phraseto_tsquery} for phrases in the configuration of the query's language, rank with
 * {@code ts_rank}, count facets with {@code GROUP BY} and highlight with {@code ts_headline}.
 */
final class PostgresEngine implements SearchEngine {

  private final Connection connection;

  PostgresEngine(PostgresTarget target) throws SQLException {
    this.connection = DriverManager.getConnection(target.url(), target.user(), target.password());
  }

  static String configuration(String language) {
    return switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
      case "en" -> "english";
      case "ru" -> "russian";
      case "fr" -> "french";
      case "de" -> "german";
      case "es" -> "spanish";
      default -> "simple";
    };
  }

  /** (Re)creates the tables in the target's database from the archive's latest publications. */
  static void build(java.nio.file.Path archiveDir, PostgresTarget target) throws SQLException,
      java.io.IOException {
    try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password());
        Archive archive = Archive.open(archiveDir, "bench")) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_turn, bench_pub_speaker, bench_pub_outlet, bench_pub");
        s.execute("CREATE TABLE bench_pub(rid integer PRIMARY KEY, id text NOT NULL, version integer,"
            + " title text, published text, published_at bigint, year integer, kind text,"
            + " language text, place text, tsv tsvector NOT NULL)");
        s.execute("CREATE TABLE bench_pub_speaker(pub integer NOT NULL, name text NOT NULL)");
        s.execute("CREATE TABLE bench_pub_outlet(pub integer NOT NULL, name text NOT NULL)");
        s.execute("CREATE TABLE bench_turn(rid integer PRIMARY KEY, pub integer NOT NULL,"
            + " number integer, speaker text, label text, role text, section integer,"
            + " config regconfig NOT NULL, text text NOT NULL, tsv tsvector NOT NULL)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement pub = c.prepareStatement("INSERT INTO bench_pub VALUES"
              + " (?,?,?,?,?,?,?,?,?,?, to_tsvector(?::regconfig, ?))");
          PreparedStatement speaker = c.prepareStatement("INSERT INTO bench_pub_speaker VALUES (?,?)");
          PreparedStatement outlet = c.prepareStatement("INSERT INTO bench_pub_outlet VALUES (?,?)");
          PreparedStatement turn = c.prepareStatement("INSERT INTO bench_turn VALUES"
              + " (?,?,?,?,?,?,?, ?::regconfig, ?, to_tsvector(?::regconfig, ?))")) {
        int[] next = {1, 1};
        archive.store().forEachLatest(stored -> {
          TextRows row = TextRows.of(stored);
          int rid = next[0]++;
          String config = configuration(row.language());
          try {
            SqlRows.bind(pub, rid, row.id(), row.version(), row.title(), row.published(),
                row.publishedAt(), row.year(), row.kind(), row.language(), row.place(), config,
                row.wholeText());
            pub.addBatch();
            for (String name : row.speakers()) {
              SqlRows.bind(speaker, rid, name);
              speaker.addBatch();
            }
            for (String name : row.outlets()) {
              SqlRows.bind(outlet, rid, name);
              outlet.addBatch();
            }
            for (TextRows.TurnRow t : row.turns()) {
              SqlRows.bind(turn, next[1]++, rid, t.number(), t.speaker(), t.label(), t.role(),
                  t.section(), config, t.text(), config, t.text());
              turn.addBatch();
            }
            if (rid % 200 == 0) {
              pub.executeBatch();
              speaker.executeBatch();
              outlet.executeBatch();
              turn.executeBatch();
            }
          } catch (SQLException e) {
            throw new IllegalStateException("Could not write publication " + row.id()
                + " into PostgreSQL at " + target.url() + ": " + e.getMessage(), e);
          }
        });
        pub.executeBatch();
        speaker.executeBatch();
        outlet.executeBatch();
        turn.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX bench_pub_tsv ON bench_pub USING gin(tsv)");
        s.execute("CREATE INDEX bench_turn_tsv ON bench_turn USING gin(tsv)");
        s.execute("CREATE INDEX bench_turn_pub ON bench_turn(pub)");
        s.execute("CREATE INDEX bench_turn_speaker ON bench_turn(speaker)");
        s.execute("CREATE INDEX bench_pub_speaker_pub ON bench_pub_speaker(pub)");
        s.execute("CREATE INDEX bench_pub_outlet_pub ON bench_pub_outlet(pub)");
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE bench_pub");
        s.execute("VACUUM ANALYZE bench_turn");
        s.execute("VACUUM ANALYZE bench_pub_speaker");
        s.execute("VACUUM ANALYZE bench_pub_outlet");
      }
    }
  }

  /** A tsquery expression: every word and the phrase (all), or any of them. */
  private static String tsquery(BenchQuery query, boolean any, List<Object> args) {
    String config = configuration(query.language());
    List<String> parts = new ArrayList<>();
    for (String word : query.words()) {
      parts.add("plainto_tsquery(?::regconfig, ?)");
      args.add(config);
      args.add(word);
    }
    if (query.phrase() != null) {
      parts.add("phraseto_tsquery(?::regconfig, ?)");
      args.add(config);
      args.add(query.phrase());
    }
    return "(" + String.join(any ? " || " : " && ", parts) + ")";
  }

  @Override
  public List<String> search(BenchQuery query) throws SQLException {
    List<Object> args = new ArrayList<>();
    String q = tsquery(query, false, args);
    String matching;
    if (query.speaker() == null) {
      matching = "SELECT p.rid, ts_rank(p.tsv, q.q) AS rank FROM bench_pub p, (SELECT " + q
          + " AS q) q WHERE p.tsv @@ q.q";
    } else {
      matching = "SELECT t.pub AS rid, max(ts_rank(t.tsv, q.q)) AS rank FROM bench_turn t"
          + " JOIN bench_pub p ON p.rid = t.pub, (SELECT " + q + " AS q) q"
          + " WHERE t.tsv @@ q.q AND t.speaker = ?";
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
    String ranked = "SELECT p.rid, p.id, p.version, p.title, p.published, p.kind, p.language,"
        + " p.place FROM (" + matching + ") m JOIN bench_pub p ON p.rid = m.rid"
        + " ORDER BY m.rank DESC, p.published_at DESC NULLS LAST LIMIT " + TOP;
    List<Long> rids = new ArrayList<>();
    List<String> ids = SqlRows.ranked(connection, ranked, args, rids);
    if (query.faceted()) {
      facets(matching, args);
      if (!rids.isEmpty()) {
        bestTurns(query, rids);
      }
    }
    return ids;
  }

  private void facets(String matching, List<Object> args) throws SQLException {
    String sql = "WITH m AS MATERIALIZED (SELECT rid FROM (" + matching + ") x)"
        + " SELECT 'kind', kind, count(*) FROM bench_pub WHERE rid IN (SELECT rid FROM m) GROUP BY kind"
        + " UNION ALL SELECT 'language', language, count(*) FROM bench_pub WHERE rid IN (SELECT rid FROM m) GROUP BY language"
        + " UNION ALL SELECT 'year', year::text, count(*) FROM bench_pub WHERE rid IN (SELECT rid FROM m) AND year IS NOT NULL GROUP BY year"
        + " UNION ALL SELECT 'place', place, count(*) FROM bench_pub WHERE rid IN (SELECT rid FROM m) AND place IS NOT NULL GROUP BY place"
        + " UNION ALL SELECT 'speaker', name, count(*) FROM bench_pub_speaker WHERE pub IN (SELECT rid FROM m) GROUP BY name"
        + " UNION ALL SELECT 'outlet', name, count(*) FROM bench_pub_outlet WHERE pub IN (SELECT rid FROM m) GROUP BY name";
    SqlRows.facets(connection, sql, args);
  }

  private void bestTurns(BenchQuery query, List<Long> rids) throws SQLException {
    List<Object> args = new ArrayList<>();
    String q = tsquery(query, true, args);
    String sql = "SELECT pub, number, label, speaker, role, section, ts_headline(config, text, q,"
        + " 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MinWords=15, MaxWords=35')"
        + " FROM (SELECT t.*, q.q, row_number() OVER (PARTITION BY t.pub"
        + " ORDER BY ts_rank(t.tsv, q.q) DESC, t.number) AS n"
        + " FROM bench_turn t, (SELECT " + q + " AS q) q"
        + " WHERE t.pub = ANY(?) AND t.tsv @@ q.q"
        + (query.speaker() == null ? "" : " AND t.speaker = ?") + ") best WHERE n <= "
        + TURNS_PER_HIT;
    args.add(connection.createArrayOf("integer",
        rids.stream().map(Long::intValue).toArray()));
    if (query.speaker() != null) {
      args.add(query.speaker());
    }
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      SqlRows.bind(s, args.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          SqlRows.read(rs, 7);
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
