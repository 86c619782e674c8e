package org.verbatim.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.verbatim.internal.PostgresServer;

/**
 * The PostgreSQL server of this test JVM: a fresh empty database for each test that asks, on a
 * server started on first use and stopped when the JVM exits.
 *
 * <pre>{@code
 * TestPostgres.Database db = TestPostgres.newDatabase();
 * try (TranscriptStore store = TranscriptStore.open(db.url(), db.user(), db.password())) { ... }
 * }</pre>
 *
 * <p>When {@value #URL} is set (as {@code .ci/run} does), that server is used instead:
 * {@code jdbc:postgresql://HOST:PORT/DB} of a database the user {@value #USER} (default
 * {@code postgres}) with password {@value #PASSWORD} (default none) may connect to and create
 * databases from; {@link #restart()} then needs {@value #PGDATA} and {@value #BIN}, the cluster's
 * folder and the folder of its {@code pg_ctl}. Otherwise the server is started with
 * {@link PostgresServer} from Debian's {@code postgresql} package in a temporary folder. Tests
 * never skip: without PostgreSQL they fail, saying what to install.
 */
public final class TestPostgres {

  /** Environment variable: JDBC URL of a database on a running server to use. */
  public static final String URL = "VERBATIM_TEST_PG_URL";
  /** Environment variable: the user for {@value #URL}. */
  public static final String USER = "VERBATIM_TEST_PG_USER";
  /** Environment variable: the password for {@value #URL}. */
  public static final String PASSWORD = "VERBATIM_TEST_PG_PASSWORD";
  /** Environment variable: the data folder of the server at {@value #URL}, for restarts. */
  public static final String PGDATA = "VERBATIM_TEST_PGDATA";
  /** Environment variable: the folder of that server's {@code pg_ctl}, for restarts. */
  public static final String BIN = "VERBATIM_TEST_PG_BIN";

  /** A database for one test; {@code password} may be null. */
  public record Database(String url, String user, String password) {
    @Override
    public String toString() {
      return url + " as " + user;
    }
  }

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static Server server;

  private TestPostgres() {}

  /** A new empty database on the server, which is started when this is its first use. */
  public static Database newDatabase() {
    Server s = server();
    String name = "verbatim_test_" + ProcessHandle.current().pid() + "_"
        + DATABASES.incrementAndGet();
    return s.create(name);
  }

  /**
   * Stops the server at once (fast shutdown: open transactions are rolled back, connections
   * dropped) and starts it again on the same port, waiting until it accepts connections.
   */
  public static void restart() {
    server().restart();
  }

  /** The server in use, for messages: where it runs. */
  public static String describe() {
    return server().toString();
  }

  private static synchronized Server server() {
    if (server == null) {
      String url = System.getenv(URL);
      server = url == null || url.isBlank() ? Started.start() : new External(url);
      Server s = server;
      Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stop test PostgreSQL"));
    }
    return server;
  }

  /** A server this JVM uses. */
  private sealed interface Server permits Started, External {
    Database create(String name);

    void restart();

    void close();
  }

  /** A server started by this JVM, deleted with its folder at the end. */
  private record Started(PostgresServer postgres) implements Server {

    static Started start() {
      Path folder;
      try {
        // Directly in the temporary folder, which the user postgres may enter when we are root.
        folder = Files.createTempDirectory("verbatim-test-pg-");
      } catch (IOException e) {
        throw new UncheckedIOException("Could not create a folder for the test PostgreSQL", e);
      }
      // Tests need no durability across a crash of the machine; a restart loses nothing anyway.
      return new Started(PostgresServer.start(folder, Map.of(
          "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off",
          "max_connections", "300")));
    }

    @Override
    public Database create(String name) {
      postgres.createDatabase(name);
      return new Database(postgres.jdbcUrl(name), postgres.user(), null);
    }

    @Override
    public void restart() {
      postgres.restart();
    }

    @Override
    public void close() {
      postgres.close();
    }

    @Override
    public String toString() {
      return postgres.toString();
    }
  }

  /** The server named by the environment; the test databases are dropped at the end. */
  private static final class External implements Server {
    private final String url;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    External(String url) {
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new IllegalStateException(URL + " must be jdbc:postgresql://HOST:PORT/DATABASE,"
            + " not '" + url + "'");
      }
      this.url = url;
      String u = System.getenv(USER);
      this.user = u == null || u.isBlank() ? PostgresServer.USER : u;
      this.password = System.getenv(PASSWORD);
    }

    @Override
    public synchronized Database create(String name) {
      execute("CREATE DATABASE " + name);
      created.add(name);
      return new Database(withDatabase(name), user, password);
    }

    /** {@code url} with its database replaced by {@code name}, its parameters kept. */
    private String withDatabase(String name) {
      int hostStart = "jdbc:postgresql://".length();
      int slash = url.indexOf('/', hostStart);
      int query = url.indexOf('?', hostStart);
      String host = url.substring(hostStart, slash >= 0 ? slash : query >= 0 ? query : url.length());
      String params = query >= 0 ? url.substring(query) : "";
      return "jdbc:postgresql://" + host + "/" + name + params;
    }

    private void execute(String sql) {
      try (Connection connection = DriverManager.getConnection(url, user, password);
           Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL "
            + url + " (" + URL + "): " + e.getMessage(), e);
      }
    }

    @Override
    public void restart() {
      String data = System.getenv(PGDATA);
      String bin = System.getenv(BIN);
      if (data == null || bin == null) {
        throw new IllegalStateException("Restarting the test PostgreSQL " + url + " needs "
            + PGDATA + " (its data folder) and " + BIN + " (the folder of its pg_ctl) set");
      }
      List<String> command = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        command.addAll(List.of("runuser", "-u", PostgresServer.USER, "--"));
      }
      command.addAll(List.of(Path.of(bin, "pg_ctl").toString(), "-D", data,
          "-l", Path.of(data, "verbatim-test-restart.log").toString(),
          "-w", "-t", "60", "-m", "fast", "restart"));
      Path output = null;
      try {
        output = Files.createTempFile("verbatim-pg_ctl-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("pg_ctl restart did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException("pg_ctl restart failed (" + String.join(" ", command)
              + "):\n" + Files.readString(output, UTF_8).strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while restarting PostgreSQL", e);
      } finally {
        if (output != null) {
          output.toFile().delete();
        }
      }
    }

    @Override
    public synchronized void close() {
      for (String name : created) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }

    @Override
    public String toString() {
      return "PostgreSQL at " + url + " (from " + URL + ")";
    }
  }
}
