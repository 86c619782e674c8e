package org.verbatim.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server in a folder of its own, run with Debian's server programs: for
 * tests and benchmarks, never for an archive's data.
 *
 * <pre>{@code
 * try (PostgresServer server = PostgresServer.start(Path.of("/tmp/pg"))) {
 *   server.createDatabase("verbatim");
 *   String url = server.jdbcUrl("verbatim");   // user server.user(), no password
 * }
 * }</pre>
 *
 * <p>{@link #start(Path)} runs {@code initdb} (trust authentication, UTF8, locale C, superuser
 * {@code postgres}) into {@code FOLDER/cluster} and {@code pg_ctl start} on a free loopback port,
 * its Unix socket in {@code FOLDER/socket} and its log in {@code FOLDER/server.log}. When this
 * process runs as root, which PostgreSQL refuses, the programs run as the operating-system user
 * {@code postgres} through {@code runuser}, and the folder is given to that user.
 *
 * <p>The programs are looked for in {@code pg_config --bindir}, then in the highest
 * {@code /usr/lib/postgresql/VERSION/bin}, then on the {@code PATH}; when none has them, start
 * fails saying which package to install. Every failure of a program is an
 * {@link IllegalStateException} with the program's own output. Not thread-safe: one thread
 * starts, restarts and stops a server.
 */
public final class PostgresServer implements AutoCloseable {

  /** The superuser that {@code initdb} creates; it needs no password (trust authentication). */
  public static final String USER = "postgres";

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final long PROGRAM_TIMEOUT_SECONDS = 120;

  private final Path bin;
  private final Path folder;
  private final int port;
  private final boolean asPostgresUser;
  private boolean running;

  private PostgresServer(Path bin, Path folder, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.folder = folder;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /**
   * Creates a cluster in {@code folder} (absent or empty) and starts it, with PostgreSQL's default
   * settings.
   *
   * @throws IllegalStateException when the server programs are missing, the folder is not empty,
   *                               or {@code initdb} or {@code pg_ctl} fails (with their output)
   */
  public static PostgresServer start(Path folder) {
    return start(folder, Map.of());
  }

  /**
   * Creates a cluster in {@code folder} (absent or empty) and starts it with {@code settings}
   * added to its {@code postgresql.conf}, for example {@code Map.of("fsync", "off")} for tests
   * that need no durability across a crash of the machine.
   *
   * @throws IllegalStateException as {@link #start(Path)} does
   */
  public static PostgresServer start(Path folder, Map<String, String> settings) {
    Path bin = findPrograms();
    Path dir = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException("PostgreSQL folder " + dir + " is not empty: "
              + "a new cluster is created only in an absent or empty folder");
        }
      }
      boolean root = runningAsRoot();
      if (root) {
        checkReachable(dir);
      }
      PostgresServer server = new PostgresServer(bin, dir, freePort(), root);
      Files.createDirectories(server.socketDir());
      if (root) {
        giveToPostgresUser(dir);
      }
      server.run("initdb", List.of("-D", server.clusterDir().toString(), "-U", USER,
          "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"));
      Map<String, String> all = new LinkedHashMap<>();
      all.put("listen_addresses", "'127.0.0.1'");
      all.put("port", Integer.toString(server.port));
      all.put("unix_socket_directories", "'" + server.socketDir().toString().replace("'", "''")
          + "'");
      all.putAll(settings);
      StringBuilder conf = new StringBuilder("\n# Written by Verbatim's PostgresServer\n");
      all.forEach((name, value) -> conf.append(name).append(" = ").append(value).append('\n'));
      Files.writeString(server.clusterDir().resolve("postgresql.conf"), conf,
          UTF_8, StandardOpenOption.APPEND);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare PostgreSQL folder " + dir + ": " + e, e);
    }
  }

  /** The loopback TCP port the server listens on. */
  public int port() {
    return port;
  }

  /** The superuser to connect as, without a password: {@value #USER}. */
  public String user() {
    return USER;
  }

  /** The folder holding the cluster, its socket and its log. */
  public Path folder() {
    return folder;
  }

  /** The folder of the server programs in use. */
  public Path binDir() {
    return bin;
  }

  /** {@code jdbc:postgresql://127.0.0.1:PORT/DATABASE}. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /**
   * Creates database {@code name}, owned by {@link #user()}, with {@code psql}.
   *
   * @throws IllegalArgumentException when {@code name} is not a plain lower-case SQL name
   * @throws IllegalStateException    when {@code psql} fails (the database exists, the server is
   *                                  down...), with its output
   */
  public void createDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Database name '" + name + "' is not allowed: use a-z,"
          + " 0-9 and _, not starting with a digit, at most 63 characters");
    }
    execute(List.of(program("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
        "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, "-d", "postgres",
        "-c", "CREATE DATABASE " + name), "psql");
  }

  /** Starts the server again after {@link #stop()}; does nothing when it runs. */
  public void start() {
    if (!running) {
      run("pg_ctl", List.of("-D", clusterDir().toString(), "-l", folder.resolve("server.log")
          .toString(), "-w", "-t", "60", "start"));
      running = true;
    }
  }

  /** Stops the server at once (fast shutdown: open transactions are rolled back). */
  public void stop() {
    if (running) {
      run("pg_ctl", List.of("-D", clusterDir().toString(), "-w", "-t", "60", "-m", "fast",
          "stop"));
      running = false;
    }
  }

  /** Stops the server (fast shutdown) and starts it again on the same port. */
  public void restart() {
    stop();
    start();
  }

  /**
   * Stops the server and deletes its folder. The stop is immediate (no shutdown checkpoint, the
   * server's processes simply end): what they would write is deleted the moment after.
   */
  @Override
  public void close() {
    if (running) {
      run("pg_ctl", List.of("-D", clusterDir().toString(), "-w", "-t", "60", "-m", "immediate",
          "stop"));
      running = false;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete PostgreSQL folder " + folder + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return "PostgreSQL on 127.0.0.1:" + port + " in " + folder;
  }

  /** The cluster's data folder (what {@code PGDATA} names), inside {@link #folder()}. */
  public Path clusterDir() {
    return folder.resolve("cluster");
  }

  private Path socketDir() {
    return folder.resolve("socket");
  }

  /** Runs server program {@code name}, as user postgres when this process is root. */
  private void run(String name, List<String> arguments) {
    List<String> command = new ArrayList<>();
    if (asPostgresUser) {
      command.addAll(List.of("runuser", "-u", USER, "--"));
    }
    command.add(program(name).toString());
    command.addAll(arguments);
    execute(command, name);
  }

  private Path program(String name) {
    return bin.resolve(name);
  }

  /**
   * Runs {@code command}, its output going to a file rather than a pipe: {@code pg_ctl start}
   * leaves a server behind that would otherwise hold the pipe open.
   */
  private static void execute(List<String> command, String name) {
    Path output = null;
    try {
      output = Files.createTempFile("verbatim-" + name + "-", ".out");
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      if (!process.waitFor(PROGRAM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not finish within "
            + PROGRAM_TIMEOUT_SECONDS + " s: " + String.join(" ", command));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(name + " failed with exit code " + process.exitValue()
            + " (" + String.join(" ", command) + "):\n"
            + Files.readString(output, UTF_8).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + String.join(" ", command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + name, e);
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // The program's outcome is already known; a stray temporary file does not change it.
          output.toFile().deleteOnExit();
        }
      }
    }
  }

  /**
   * The folder of PostgreSQL's server programs: {@code pg_config --bindir}, else the highest
   * {@code /usr/lib/postgresql/VERSION/bin}, else the folder of {@code initdb} on the PATH; the
   * first that holds both {@code initdb} and {@code pg_ctl}.
   *
   * @throws IllegalStateException naming what is missing and the package to install
   */
  public static Path findPrograms() {
    List<Path> candidates = new ArrayList<>();
    pgConfigBinDir().ifPresent(candidates::add);
    candidates.addAll(debianBinDirs());
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty()) {
          Path initdb = Path.of(entry).resolve("initdb");
          if (Files.isExecutable(initdb)) {
            candidates.add(resolved(initdb).getParent());
          }
        }
      }
    }
    for (Path dir : candidates) {
      if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))) {
        return dir;
      }
    }
    throw new IllegalStateException("PostgreSQL's server programs (initdb, pg_ctl) were not"
        + " found in pg_config --bindir, /usr/lib/postgresql/*/bin or the PATH:"
        + " install Debian's `postgresql` package");
  }

  private static Optional<Path> pgConfigBinDir() {
    try {
      Process process = new ProcessBuilder("pg_config", "--bindir")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(process.getInputStream().readAllBytes(), UTF_8).strip();
      if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !out.isEmpty()) {
        return Optional.of(Path.of(out));
      }
      return Optional.empty();
    } catch (IOException e) {
      // No pg_config on the PATH (it comes with libpq-dev): the other places are looked at.
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running pg_config", e);
    }
  }

  /** {@code /usr/lib/postgresql/VERSION/bin}, highest version first. */
  private static List<Path> debianBinDirs() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .sorted(Comparator.comparingDouble(
              (Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
          .map(v -> v.resolve("bin"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + root + ": " + e, e);
    }
  }

  private static Path resolved(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath();
    }
  }

  private static boolean runningAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Hands {@code dir} to the operating-system user postgres, who runs the server programs. */
  private static void giveToPostgresUser(Path dir) throws IOException {
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.toList()) {
        Files.setOwner(path, users.lookupPrincipalByName(USER));
      }
    } catch (UserPrincipalNotFoundException e) {
      throw new IllegalStateException("This process runs as root, which PostgreSQL refuses, and"
          + " there is no user '" + USER + "' to run it as: install Debian's `postgresql`"
          + " package, which creates it", e);
    }
  }

  /** Fails clearly when a folder above {@code dir} keeps user postgres out. */
  private static void checkReachable(Path dir) throws IOException {
    for (Path up = dir.getParent(); up != null; up = up.getParent()) {
      if (!Files.getPosixFilePermissions(up).contains(PosixFilePermission.OTHERS_EXECUTE)
          && !Files.getOwner(up).getName().equals(USER)) {
        throw new IllegalStateException("PostgreSQL runs as user " + USER + " (this process is"
            + " root), who cannot reach " + dir + ": folder " + up + " is closed to other users;"
            + " choose a folder under one they may enter, such as the system's temporary folder");
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
