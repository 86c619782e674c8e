package org.verbatim.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

  @Test
  void gives_each_test_a_database_of_its_own_with_no_tables() throws SQLException {
    TestPostgres.Database first = TestPostgres.newDatabase();
    TestPostgres.Database second = TestPostgres.newDatabase();

    assertThat(first.url()).isNotEqualTo(second.url());
    try (Connection connection = connect(first)) {
      assertThat(single(connection, "SELECT count(*) FROM information_schema.tables"
          + " WHERE table_schema = 'public'")).isEqualTo("0");
      assertThat(single(connection, "SHOW server_encoding")).isEqualTo("UTF8");
    }
  }

  @Test
  void restart_drops_open_connections_and_takes_new_ones() throws SQLException {
    TestPostgres.Database database = TestPostgres.newDatabase();
    try (Connection before = connect(database)) {
      assertThat(single(before, "SELECT 1")).isEqualTo("1");

      TestPostgres.restart();

      assertThatThrownBy(() -> single(before, "SELECT 1")).isInstanceOf(SQLException.class);
      try (Connection after = connect(database)) {
        assertThat(single(after, "SELECT 1")).isEqualTo("1");
      }
    }
  }

  private static Connection connect(TestPostgres.Database database) throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
