package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.store.Pages.Parsed;

class MigrationsTest {

  @TempDir Path archive;

  @Test
  void an_empty_folder_gets_a_database_with_the_schema() throws SQLException {
    TranscriptStore.openSqlite(archive.resolve("new")).close();

    assertThat(archive.resolve("new/verbatim.db")).isRegularFile();
    assertThat(rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        archive.resolve("new")))
        .containsExactly("flyway_schema_history", "publication", "publication_version", "source");
    assertThat(rows("SELECT version || ' ' || success FROM flyway_schema_history",
        archive.resolve("new"))).containsExactly("1 1");
  }

  @Test
  void opening_again_migrates_nothing_and_keeps_the_data() throws SQLException {
    Parsed page = Pages.numbered(1);
    String id;
    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      id = store.put(page.page(), page.publication()).id();
    }
    List<String> history = rows("SELECT installed_rank || ' ' || installed_on"
        + " FROM flyway_schema_history", archive);

    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      assertThat(store.publication(id)).isPresent();
    }

    assertThat(rows("SELECT installed_rank || ' ' || installed_on FROM flyway_schema_history",
        archive)).isEqualTo(history);
  }

  @Test
  void the_database_runs_in_wal_mode_and_the_stores_connections_enforce_foreign_keys()
      throws SQLException {
    TranscriptStore.openSqlite(archive).close();
    assertThat(rows("PRAGMA journal_mode", archive)).containsExactly("wal");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archive.resolve("verbatim.db"),
        TranscriptStore.sqlite(new Properties())); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO publication_version (publication_id,"
          + " number, source_sha256, content_sha256, kind, turns, text_chars, warnings, json,"
          + " ingested_at) VALUES ('nobody', 1, 'nothing', 'x', 'other', 0, 0, 0, '{}', 'now')"))
          .hasMessageContaining("FOREIGN KEY constraint failed");
      try (ResultSet row = s.executeQuery("PRAGMA busy_timeout")) {
        row.next();
        assertThat(row.getInt(1)).isEqualTo(30_000);
      }
    }
  }

  @Test
  void a_database_written_by_a_newer_verbatim_is_refused_by_name() throws SQLException {
    TranscriptStore.openSqlite(archive).close();
    try (Connection c = connect(archive); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
          + " type, script, checksum, installed_by, installed_on, execution_time, success)"
          + " VALUES (2, '2', 'from the future', 'SQL', 'V2__from_the_future.sql', 0, 'test',"
          + " '2030-01-01 00:00:00', 1, 1)");
    }

    assertThatThrownBy(() -> TranscriptStore.openSqlite(archive))
        .isInstanceOf(StoreException.class)
        .hasMessage("The archive database " + archive.resolve("verbatim.db")
            + " has schema version 2, newer than this Verbatim knows (1): it was written by a"
            + " newer Verbatim; use that version or a newer one");
  }

  @Test
  void a_file_that_is_not_a_database_is_refused_by_name() throws Exception {
    Files.writeString(archive.resolve("verbatim.db"), "These are notes, not a database.\n"
        .repeat(200));

    assertThatThrownBy(() -> TranscriptStore.openSqlite(archive))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not create or upgrade the schema of archive database "
            + archive.resolve("verbatim.db") + ": [SQLITE_NOTADB] File opened that is not a"
            + " database file (file is not a database)");
  }

  private static Connection connect(Path archive) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + archive.resolve("verbatim.db"));
  }

  private static List<String> rows(String sql, Path archive) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(archive); Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      while (row.next()) {
        out.add(row.getString(1));
      }
    }
    return out;
  }
}
