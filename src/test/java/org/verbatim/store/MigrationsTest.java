package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.internal.Hashes;
import org.verbatim.json.PublicationJson;
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
        .containsExactly("api_token", "crawl_fetch", "crawl_run", "crawl_url",
            "flyway_schema_history", "person_post", "publication", "publication_version",
            "source", "version_decision", "version_key");
    assertThat(database.rows("SELECT version FROM flyway_schema_history WHERE success"
        + " ORDER BY installed_rank")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
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

    assertThat(database.rows(installed)).isEqualTo(history).hasSize(8);
  }

  @Test
  void parses_stored_under_schema_1_count_as_read_by_parser_1_and_are_to_be_read_again()
      throws SQLException {
    Flyway.configure().dataSource(database.url(), database.user(), database.password())
        .locations(Migrations.LOCATION).target("1").load().migrate();
    Parsed page = Pages.numbered(1);
    String sha = Hashes.sha256Hex(page.page().bytes());
    String id = "0123456789abcdef";
    try (Connection c = database.connect()) {
      insert(c, "INSERT INTO source (sha256, format, path, url, size, compression, content,"
          + " ingested_at) VALUES (?, 'text', 'pages/1.txt', NULL, ?, 'gzip', ?, ?)", sha,
          page.page().bytes().length, Gzip.pack(page.page().bytes()), "2024-01-01T00:00:00.000Z");
      insert(c, "INSERT INTO publication (id, identity_key, latest_version, created_at,"
          + " updated_at) VALUES (?, 'path:pages/1.txt', 1, ?, ?)", id,
          "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z");
      insert(c, "INSERT INTO publication_version (publication_id, number, source_sha256,"
          + " content_sha256, title, published, language, kind, turns, text_chars, warnings,"
          + " json, ingested_at) VALUES (?, 1, ?, 'x', NULL, NULL, 'en', 'interview', 2, 10, 1,"
          + " ?, ?)", id, sha, PublicationJson.toJson(page.publication()),
          "2024-01-01T00:00:00.000Z");
    }

    try (TranscriptStore store = database.open()) {
      assertThat(store.history(id)).singleElement().satisfies(v -> {
        assertThat(v.parserVersion()).isEqualTo(1);
        assertThat(v.readBy()).isEqualTo(1);
        assertThat(v.rereadOf()).isNull();
      });
      assertThat(store.readBefore(2)).containsExactly(id);
      assertThat(store.latestSource(id).orElseThrow().page().bytes())
          .isEqualTo(page.page().bytes());
    }
  }

  @Test
  void publications_stored_under_schema_7_keep_their_versions_and_get_keys_when_read_again()
      throws SQLException {
    Flyway.configure().dataSource(database.url(), database.user(), database.password())
        .locations(Migrations.LOCATION).target("7").load().migrate();
    List<Parsed> pages = List.of(VersionGroupsTest.ENGLISH, VersionGroupsTest.RUSSIAN);
    List<String> ids = List.of("00000000000000e1", "00000000000000e2");
    try (Connection c = database.connect()) {
      for (int k = 0; k < 2; k++) {
        Parsed page = pages.get(k);
        String sha = Hashes.sha256Hex(page.page().bytes());
        insert(c, "INSERT INTO source (sha256, format, path, url, size, compression, content,"
            + " ingested_at) VALUES (?, 'text', ?, NULL, ?, 'gzip', ?, ?)", sha,
            page.page().path(), page.page().bytes().length, Gzip.pack(page.page().bytes()),
            "2024-01-01T00:00:00.000Z");
        insert(c, "INSERT INTO publication (id, identity_key, latest_version, created_at,"
            + " updated_at) VALUES (?, ?, 1, ?, ?)", ids.get(k), "path:" + page.page().path(),
            "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z");
        insert(c, "INSERT INTO publication_version (publication_id, number, source_sha256,"
            + " content_sha256, title, published, language, kind, turns, text_chars, warnings,"
            + " json, ingested_at, parser_version, read_by) VALUES (?, 1, ?, 'x', NULL,"
            + " '2021-03-03T10:15', ?, 'interview', 2, 10, 1, ?, ?, 1, 1)", ids.get(k), sha,
            page.publication().language(), PublicationJson.toJson(page.publication()),
            "2024-01-01T00:00:00.000Z");
      }
    }

    try (TranscriptStore store = database.open()) {
      assertThat(store.languageVersions(ids.get(0), pages.get(0).publication()))
          .extracting(LanguageVersion::id).containsExactly(ids.get(1));
      assertThat(database.count("SELECT COUNT(*) FROM version_key")).isZero();

      store.reread(ids.get(1), 1, pages.get(1).publication(), 2);

      assertThat(database.rows("SELECT publication_id FROM version_key"))
          .containsExactly(ids.get(1));
      assertThat(store.languageVersions(ids.get(1), pages.get(1).publication()))
          .extracting(LanguageVersion::id).containsExactly(ids.get(0));
    }
  }

  private static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
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
        + " VALUES (9, '9', 'from the future', 'SQL', 'V9__from_the_future.sql', 0, 'test',"
        + " '2030-01-01 00:00:00', 1, TRUE)");

    assertThatThrownBy(() -> database.open())
        .isInstanceOf(StoreException.class)
        .hasMessage("The " + database.where() + " has schema version 9, newer than this"
            + " Verbatim knows (8): it was written by a newer Verbatim; use that version or a"
            + " newer one");
  }
}
