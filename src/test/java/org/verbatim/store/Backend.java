package org.verbatim.store;

import java.nio.file.Path;
import org.verbatim.testing.TestPostgres;

/**
 * The databases the store runs on: the store's suites run once on each, with
 * {@code @ParameterizedClass @EnumSource(Backend.class)}.
 */
enum Backend {
  SQLITE,
  POSTGRESQL;

  /**
   * A new empty database for one test: the archive database in {@code folder} for SQLite, a new
   * database on the test server ({@link TestPostgres}) for PostgreSQL.
   */
  TestDatabase newDatabase(Path folder) {
    return switch (this) {
      case SQLITE -> TestDatabase.sqlite(folder);
      case POSTGRESQL -> TestDatabase.postgresql(TestPostgres.newDatabase());
    };
  }
}
