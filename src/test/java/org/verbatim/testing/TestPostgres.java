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
import org.verbatim.bench.PostgresServer;

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
  private static PasswordRole passwordRole;

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
   * With a server from the environment this needs {@value #PGDATA} and {@value #BIN}.
   */
  public static void restart() {
    server().restart();
  }

  /** Stops the server (fast shutdown), until {@link #start()}. */
  public static void stop() {
    server().stop();
  }

  /** Starts the server again after {@link #stop()}, waiting until it accepts connections. */
  public static void start() {
    server().start();
  }

  /** A role that must give its password, and that password. */
  public record PasswordRole(String user, String password) {}

  /**
   * A role that logs in with a password over TCP (SCRAM), unlike the superuser, which is trusted:
   * to see a wrong password refused. Creates it, and the rule in the server's {@code pg_hba.conf}
   * that asks for its password, on first use.
   */
  public static synchronized PasswordRole passwordRole() {
    Server s = server();
    if (passwordRole == null) {
      PasswordRole role = new PasswordRole("verbatim_test_password", "right-password");
      s.requirePassword(role);
      passwordRole = role;
    }
    return passwordRole;
  }

  /** The server in use, for messages: where it runs. */
  public static String describe() {
    return server().toString();
  }

  private static synchronized Server server() {
    if (server == null) {
      String url = System.getenv(URL);
      server = url == null || url.isBlank() ? Started.launch() : new External(url);
      Server s = server;
      Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stop test PostgreSQL"));
    }
    return server;
  }

  /** A server this JVM uses. */
  private sealed interface Server permits Started, External {
    Database create(String name);

    void restart();

    void stop();

    void start();

    /** The server's data folder, where {@code pg_hba.conf} is. */
    Path dataDir();

    /** A connection to a database as the superuser. */
    Connection superuser() throws SQLException;

    void close();

    /** Creates {@code role} and has its password asked for on TCP connections from loopback. */
    default void requirePassword(PasswordRole role) {
      Path hba = dataDir().resolve("pg_hba.conf");
      String rule = "host all " + role.user() + " 127.0.0.1/32 scram-sha-256";
      try (Connection c = superuser(); Statement s = c.createStatement()) {
        List<String> lines = Files.readAllLines(hba, UTF_8);
        if (!lines.contains(rule)) {
          // First: the first rule that matches a connection decides, and later ones trust all.
          List<String> all = new ArrayList<>(List.of("# Added by Verbatim's tests", rule));
          all.addAll(lines);
          Files.write(hba, all, UTF_8);
        }
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + role.user() + "') THEN CREATE ROLE " + role.user() + " LOGIN; END IF; END $$");
        s.execute("ALTER ROLE " + role.user() + " PASSWORD '" + role.password() + "'");
        s.execute("SELECT pg_reload_conf()");
      } catch (IOException e) {
        throw new UncheckedIOException("Could not add a rule to " + hba, e);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create the role " + role.user() + " on the"
            + " test PostgreSQL: " + e.getMessage(), e);
      }
    }
  }

  /** A server started by this JVM, deleted with its folder at the end. */
  private record Started(PostgresServer postgres) implements Server {

    static Started launch() {
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
    public void stop() {
      postgres.stop();
    }

    @Override
    public void start() {
      postgres.start();
    }

    @Override
    public Path dataDir() {
      return postgres.clusterDir();
    }

    @Override
    public Connection superuser() throws SQLException {
      return DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), null);
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
      try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL "
            + url + " (" + URL + "): " + e.getMessage(), e);
      }
    }

    @Override
    public Connection superuser() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Path dataDir() {
      String data = System.getenv(PGDATA);
      if (data == null || data.isBlank()) {
        throw new IllegalStateException("This test needs the data folder of the test PostgreSQL "
            + url + " in " + PGDATA);
      }
      return Path.of(data);
    }

    @Override
    public void restart() {
      pgCtl("-m", "fast", "restart");
    }

    @Override
    public void stop() {
      pgCtl("-m", "fast", "stop");
    }

    @Override
    public void start() {
      pgCtl("start");
    }

    /** Runs the server's {@code pg_ctl} on its data folder, as user postgres when we are root. */
    private void pgCtl(String... action) {
      String bin = System.getenv(BIN);
      if (bin == null || bin.isBlank()) {
        throw new IllegalStateException("Stopping or starting the test PostgreSQL " + url
            + " needs " + PGDATA + " (its data folder) and " + BIN + " (the folder of its"
            + " pg_ctl) set");
      }
      Path data = dataDir();
      List<String> command = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        command.addAll(List.of("runuser", "-u", PostgresServer.USER, "--"));
      }
      command.addAll(List.of(Path.of(bin, "pg_ctl").toString(), "-D", data.toString(),
          "-l", data.resolve("verbatim-test.log").toString(), "-w", "-t", "60"));
      command.addAll(List.of(action));
      Path output = null;
      try {
        output = Files.createTempFile("verbatim-pg_ctl-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(String.join(" ", command)
              + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(String.join(" ", command) + " failed:\n"
              + Files.readString(output, UTF_8).strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while running pg_ctl", e);
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
