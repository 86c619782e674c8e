package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to SQLite: the archive folder's database file and its settings. */
class SqliteFileTest {

  @TempDir Path archive;

  @Test
  void an_absent_folder_gets_a_database_file() {
    TranscriptStore.openSqlite(archive.resolve("new")).close();

    assertThat(archive.resolve("new/verbatim.db")).isRegularFile();
  }

  @Test
  void the_database_runs_in_wal_mode_and_the_stores_connections_wait_30_s_for_a_writer()
      throws SQLException {
    TranscriptStore.openSqlite(archive).close();
    TestDatabase database = TestDatabase.sqlite(archive);

    assertThat(database.rows("PRAGMA journal_mode")).containsExactly("wal");
    assertThat(database.rows("PRAGMA busy_timeout")).containsExactly("30000");
  }

  @Test
  void a_file_that_is_not_a_database_is_refused_by_name() throws Exception {
    Files.writeString(archive.resolve("verbatim.db"), "These are notes, not a database.\n"
        .repeat(200));

    assertThatThrownBy(() -> TranscriptStore.openSqlite(archive))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not open archive database "
            + archive.resolve("verbatim.db") + ": [SQLITE_NOTADB] File opened that is not a"
            + " database file (file is not a database)");
  }
}
