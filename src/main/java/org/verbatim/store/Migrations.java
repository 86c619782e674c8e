package org.verbatim.store;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.verbatim.internal.RootCause;

/**
 * Brings a database's schema up to the version this code knows, with Flyway.
 *
 * <p>All migrations live in one folder of portable SQL that runs on SQLite and PostgreSQL alike.
 * Flyway's {@code {vendor}} placeholder is only expanded under Spring, so should a statement ever
 * have to differ, the folder would be chosen here in code from the JDBC URL.
 */
final class Migrations {

  static final String LOCATION = "classpath:org/verbatim/store/migration";

  private Migrations() {}

  /** Migrates the database at {@code url}; refuses one written by a newer Verbatim. */
  static void run(String url, String user, String password, String where) {
    Flyway flyway = Flyway.configure()
        .dataSource(url, user, password)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load();
    try {
      refuseNewer(flyway.info().all(), where);
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException("Could not create or upgrade the schema of " + where + ": "
          + RootCause.message(e), e);
    }
  }

  private static void refuseNewer(MigrationInfo[] migrations, String where) {
    String newer = Arrays.stream(migrations)
        .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
            || m.getState() == MigrationState.FUTURE_FAILED)
        .map(m -> m.getVersion().getVersion())
        .reduce((first, last) -> last)
        .orElse(null);
    if (newer != null) {
      String known = Arrays.stream(migrations)
          .filter(m -> m.getState().isResolved())
          .map(m -> m.getVersion().getVersion())
          .reduce((first, last) -> last)
          .orElse("none");
      throw new StoreException("The " + where + " has schema version " + newer
          + ", newer than this Verbatim knows (" + known
          + "): it was written by a newer Verbatim; use that version or a newer one");
    }
  }
}
