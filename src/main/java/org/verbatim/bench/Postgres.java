package org.verbatim.bench;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The PostgreSQL server the bench compares with, if any: given by {@code --pg-url}, or none. */
final class Postgres implements AutoCloseable {

  private final PostgresTarget target;
  private final String description;

  private Postgres(PostgresTarget target, String description) {
    this.target = target;
    this.description = description;
  }

  static Postgres connect(PostgresTarget given, Path work, PrintWriter progress) {
    if (given != null) {
      return new Postgres(given, "the server given by --pg-url");
    }
    return new Postgres(null, "not available: no --pg-url given");
  }

  /** Where to load and search, or null when no server is available. */
  PostgresTarget target() {
    return target;
  }

  /** Which server, or why none: for the results. */
  String description() {
    return description;
  }

  @Override
  public void close() {}
}
