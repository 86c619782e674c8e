package org.verbatim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;

/**
 * The PostgreSQL server the bench compares with: the one given by {@code --pg-url}; else a
 * throwaway one started from Debian's server programs ({@link PostgresServer}, default settings,
 * in a temporary folder deleted at the end); else none, and the table says why.
 */
final class Postgres implements AutoCloseable {

  static final String DATABASE = "bench";

  private final PostgresTarget target;
  private final PostgresServer server;
  private final String description;
  private final Thread stopOnExit;

  private Postgres(PostgresTarget target, PostgresServer server, String description) {
    this.target = target;
    this.server = server;
    this.description = description;
    // A bench stopped by Ctrl-C must not leave its throwaway server running.
    this.stopOnExit = server == null ? null : new Thread(server::close, "bench-postgres-stop");
    if (stopOnExit != null) {
      Runtime.getRuntime().addShutdownHook(stopOnExit);
    }
  }

  static Postgres connect(PostgresTarget given, PrintWriter progress) throws IOException {
    if (given != null) {
      return new Postgres(given, null, "the server given by --pg-url");
    }
    PostgresServer server;
    try {
      server = PostgresServer.start(Files.createTempDirectory("verbatim-bench-pg"));
    } catch (IllegalStateException e) {
      progress.println("bench: PostgreSQL not available: " + e.getMessage());
      return new Postgres(null, null, "not available (no --pg-url, and no server could be "
          + "started: " + firstLine(e.getMessage()) + ")");
    }
    try {
      server.createDatabase(DATABASE);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return new Postgres(new PostgresTarget(server.jdbcUrl(DATABASE), server.user(), null), server,
        "a throwaway server with default settings (" + server.binDir() + ")");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
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
  public void close() {
    if (server != null) {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      server.close();
    }
  }
}
