package org.verbatim.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.verbatim.testing.TestPostgres;

/**
 * One test's database on one {@link Backend}: opens the store on it, and reaches it from outside
 * the store, with plain JDBC, to look at or tamper with its rows. What differs between SQLite and
 * PostgreSQL in a test (catalog queries, trigger syntax) is written here once.
 */
final class TestDatabase {

  private final Backend backend;
  private final Path archive;
  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(Backend backend, Path archive, String url, String user, String password) {
    this.backend = backend;
    this.archive = archive;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static TestDatabase sqlite(Path archive) {
    return new TestDatabase(Backend.SQLITE, archive,
        "jdbc:sqlite:" + archive.resolve(TranscriptStore.DATABASE_FILE), null, null);
  }

  static TestDatabase postgresql(TestPostgres.Database database) {
    return new TestDatabase(Backend.POSTGRESQL, null, database.url(), database.user(),
        database.password());
  }

  Backend backend() {
    return backend;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The store on this database: an archive folder's for SQLite, by JDBC URL for PostgreSQL. */
  TranscriptStore open() {
    return backend == Backend.SQLITE ? TranscriptStore.openSqlite(archive)
        : TranscriptStore.open(url, user, password);
  }

  /** The database as the store's messages name it. */
  String where() {
    return backend == Backend.SQLITE ? "archive database " + archive.resolve(
        TranscriptStore.DATABASE_FILE) : "database " + url;
  }

  /** A connection of its own, not the store's, with the settings the store's have. */
  Connection connect() throws SQLException {
    if (backend == Backend.SQLITE) {
      return DriverManager.getConnection(url, TranscriptStore.sqlite(new Properties()));
    }
    return DriverManager.getConnection(url, user, password);
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The first column of every row {@code sql} returns, as text. */
  List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      while (row.next()) {
        out.add(row.getString(1));
      }
    }
    return out;
  }

  long count(String sql) throws SQLException {
    return Long.parseLong(rows(sql).get(0));
  }

  /** The tables of the database, in name order. */
  List<String> tables() throws SQLException {
    return rows(backend == Backend.SQLITE
        ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        : "SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = current_schema() ORDER BY table_name");
  }

  /**
   * Something that changes whenever a transaction writes to the store's tables: SQLite's
   * data_version as seen by {@code watcher}, or on PostgreSQL the transaction id that wrote each
   * row (rows written anew, even to the same values, have new ones).
   */
  String writeMark(Connection watcher) throws SQLException {
    String sql = backend == Backend.SQLITE ? "PRAGMA data_version"
        : "SELECT (SELECT string_agg(xmin::text, ',' ORDER BY sha256) FROM source) || ';'"
            + " || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM publication) || ';'"
            + " || (SELECT string_agg(xmin::text, ',' ORDER BY publication_id, number)"
            + " FROM publication_version)";
    try (Statement s = watcher.createStatement(); ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  /**
   * Makes the database refuse, with the error "injected failure", every row {@code event}
   * ({@code INSERT} or {@code UPDATE}) on {@code table} for which {@code condition} (SQL on
   * {@code NEW}) holds: a failure in the middle of a store's transaction.
   */
  void poison(String event, String table, String condition) throws SQLException {
    if (backend == Backend.SQLITE) {
      execute("CREATE TRIGGER poison BEFORE " + event + " ON " + table + " WHEN " + condition
          + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    } else {
      execute("CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$");
      execute("CREATE TRIGGER poison BEFORE " + event + " ON " + table + " FOR EACH ROW WHEN ("
          + condition + ") EXECUTE FUNCTION poison()");
    }
  }

  /** Undoes {@link #poison} on {@code table}. */
  void cure(String table) throws SQLException {
    execute(backend == Backend.SQLITE ? "DROP TRIGGER poison"
        : "DROP TRIGGER poison ON " + table);
  }

  @Override
  public String toString() {
    return backend + " " + url;
  }
}
