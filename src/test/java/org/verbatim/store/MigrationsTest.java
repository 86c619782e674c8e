package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.store.Pages.Parsed;

@ParameterizedClass
@EnumSource(Backend.class)
class MigrationsTest {

  @Parameter Backend backend;
  @TempDir Path archive;
  TestDatabase database;

  @BeforeEach
  void create() {
    database = backend.newDatabase(archive);
  }

  @Test
  void an_empty_database_gets_the_schema() throws SQLException {
    database.open().close();

    assertThat(database.tables())
        .containsExactly("flyway_schema_history", "publication", "publication_version", "source");
    assertThat(database.rows("SELECT version FROM flyway_schema_history WHERE success"))
        .containsExactly("1");
  }

  @Test
  void opening_again_migrates_nothing_and_keeps_the_data() throws SQLException {
    Parsed page = Pages.numbered(1);
    String id;
    try (TranscriptStore store = database.open()) {
      id = store.put(page.page(), page.publication()).id();
    }
    String installed = "SELECT installed_rank || ' ' || installed_on FROM flyway_schema_history";
    List<String> history = database.rows(installed);

    try (TranscriptStore store = database.open()) {
      assertThat(store.publication(id)).isPresent();
    }

    assertThat(database.rows(installed)).isEqualTo(history).hasSize(1);
  }

  @Test
  void the_database_enforces_foreign_keys_on_connections_made_as_the_store_makes_them()
      throws SQLException {
    database.open().close();

    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO publication_version (publication_id,"
          + " number, source_sha256, content_sha256, kind, turns, text_chars, warnings, json,"
          + " ingested_at) VALUES ('nobody', 1, 'nothing', 'x', 'other', 0, 0, 0, '{}', 'now')"))
          .isInstanceOf(SQLException.class)
          .message().containsIgnoringCase("foreign key");
    }
  }

  @Test
  void a_database_written_by_a_newer_verbatim_is_refused_by_name() throws SQLException {
    database.open().close();
    database.execute("INSERT INTO flyway_schema_history (installed_rank, version, description,"
        + " type, script, checksum, installed_by, installed_on, execution_time, success)"
        + " VALUES (2, '2', 'from the future', 'SQL', 'V2__from_the_future.sql', 0, 'test',"
        + " '2030-01-01 00:00:00', 1, TRUE)");

    assertThatThrownBy(() -> database.open())
        .isInstanceOf(StoreException.class)
        .hasMessage("The " + database.where() + " has schema version 2, newer than this"
            + " Verbatim knows (1): it was written by a newer Verbatim; use that version or a"
            + " newer one");
  }
}
