package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.TestPostgres;

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

  @Test
  void a_postgresql_server_that_is_not_running_is_named_with_its_url_and_no_password()
      throws Exception {
    int port = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/verbatim";

    assertThatThrownBy(() -> TranscriptStore.open(url + "?password=secret", "u", "p"))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not open database " + url + ": Connection to 127.0.0.1:" + port
            + " refused. Check that the hostname and port are correct and that the postmaster"
            + " is accepting TCP/IP connections.");
  }

  @Test
  void a_postgresql_url_the_driver_cannot_read_is_refused_with_the_form_it_needs() {
    assertThatThrownBy(() -> TranscriptStore.open("jdbc:postgresql://127.0.0.1:notaport/x",
        "u", "p"))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not open database jdbc:postgresql://127.0.0.1:notaport/x:"
            + " PostgreSQL's driver cannot read this URL; write"
            + " jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void a_wrong_password_is_refused_by_the_server_and_said_without_the_password() {
    TestPostgres.Database database = TestPostgres.newDatabase();
    TestPostgres.PasswordRole role = TestPostgres.passwordRole();

    assertThatThrownBy(() -> TranscriptStore.open(database.url(), role.user(), "wrong-password"))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not open database " + database.url() + ": FATAL: password"
            + " authentication failed for user \"" + role.user() + "\"");
  }

  @Test
  void a_database_that_does_not_exist_is_named() {
    TestPostgres.Database database = TestPostgres.newDatabase();
    String missing = database.url().replaceFirst("/[^/?]*$", "/no_such_database");

    assertThatThrownBy(() -> TranscriptStore.open(missing, database.user(),
        database.password()))
        .isInstanceOf(StoreException.class)
        .hasMessage("Could not open database " + missing + ": FATAL: database"
            + " \"no_such_database\" does not exist");
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
