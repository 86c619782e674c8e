package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a store refuses, and how it says so: one message naming the database. */
class OpeningTest {

  @TempDir Path archive;

  @Test
  void an_archive_path_that_is_a_file_is_refused_by_name() throws Exception {
    Path file = Files.writeString(archive.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> TranscriptStore.openSqlite(file))
        .isInstanceOf(StoreException.class)
        .hasMessage("Archive folder " + file + " is not a folder");
  }

  @Test
  void a_database_url_of_another_kind_is_refused_without_showing_its_parameters() {
    assertThatThrownBy(() -> TranscriptStore.open("jdbc:mysql://db/x?password=secret", "u", "p"))
        .isInstanceOf(StoreException.class)
        .hasMessage("Unsupported database 'jdbc:mysql://db/x': Verbatim stores in SQLite"
            + " (jdbc:sqlite:FILE) or PostgreSQL (jdbc:postgresql://HOST/DB)");
  }
}
