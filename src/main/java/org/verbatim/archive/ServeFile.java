package org.verbatim.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-off file {@value #FILE} that {@code serve} writes into an embedded archive's folder
 * while it holds the archive: the server's loopback address, its process id and a random secret.
 * A command run from another shell ({@code ingest}, {@code crawl}, {@code reparse},
 * {@code check}, {@code reindex}) finds the archive locked, reads this file and hands its work to
 * the server with the secret as a bearer token of scope {@code admin}.
 *
 * <p>Only the archive's owner can read the secret: on a POSIX file system the file is created
 * with permissions {@code rw-------} (written to a temporary file made so, then moved in place),
 * and the secret lives only in the file and the server's memory. {@code serve} deletes the file
 * when it stops. A server killed with {@code kill -9} leaves it behind: whoever takes the
 * archive's lock next deletes it ({@link #deleteStale}), and a reader ignores one whose process
 * is gone.
 *
 * <pre>{@code
 * ServeFile.Entry written = ServeFile.write(dir, URI.create("http://127.0.0.1:8080"),
 *     ServeFile.newSecret());
 * ServeFile.find(dir).orElseThrow().secret(); // the same secret, from another process
 * }</pre>
 */
public final class ServeFile {

  /** The file's name in the archive folder. */
  public static final String FILE = "verbatim.serve";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ServeFile() {}

  /**
   * What the file says.
   *
   * @param url    the server's address, {@code http://127.0.0.1:8080}
   * @param pid    the server's process id
   * @param secret the bearer secret that grants scope {@code admin} on that server
   */
  public record Entry(URI url, long pid, String secret) {

    @Override
    public String toString() {
      return "serve (pid " + pid + ") at " + url; // never the secret
    }
  }

  /** A new secret: 256 random bits, URL-safe Base64. */
  public static String newSecret() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /**
   * Writes the file for a server of this process at {@code url} that takes {@code secret}
   * ({@link #newSecret}), in place of any file there; returns what it wrote.
   */
  public static Entry write(Path dir, URI url, String secret) throws IOException {
    Entry entry = new Entry(url, ProcessHandle.current().pid(), secret);
    Path file = dir.resolve(FILE);
    Path temporary = dir.resolve(FILE + "." + entry.pid() + ".tmp");
    Files.deleteIfExists(temporary);
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      Files.createFile(temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temporary);
    }
    String text = "url=" + url + "\npid=" + entry.pid() + "\nsecret=" + entry.secret() + "\n";
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return entry;
  }

  /**
   * The file of a live server, when there is one: empty when there is no file, when it is
   * incomplete, when its process is gone (a server killed without its clean-up), or when
   * another process holds the archive's lock.
   *
   * @throws IOException when the file exists but cannot be read (it is not the reader's)
   */
  public static Optional<Entry> find(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        lines.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    if (!lines.keySet().containsAll(List.of("url", "pid", "secret"))) {
      return Optional.empty();
    }
    long pid;
    URI url;
    try {
      pid = Long.parseLong(lines.get("pid"));
      url = URI.create(lines.get("url"));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not written by serve: no server to hand work to
    }
    if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
      return Optional.empty();
    }
    Path lock = dir.resolve(ArchiveLock.FILE);
    if (!Files.exists(lock)
        || !lines.get("pid").equals(ArchiveLock.holder(lock).get("pid"))) {
      return Optional.empty(); // the archive is held by another process than that server
    }
    return Optional.of(new Entry(url, pid, lines.get("secret")));
  }

  /** Deletes the file of the server of this process, if it is still this process's. */
  public static void delete(Path dir, Entry written) throws IOException {
    Optional<Entry> found;
    try {
      found = find(dir);
    } catch (IOException e) {
      found = Optional.empty();
    }
    if (found.isPresent() && found.get().secret().equals(written.secret())) {
      Files.deleteIfExists(dir.resolve(FILE));
    }
  }

  /**
   * Deletes a file left by a server that is gone. Called by whoever has just taken the archive's
   * lock: no server holds the archive then, so any file there is stale. Returns whether there
   * was one.
   */
  static boolean deleteStale(Path dir) throws IOException {
    return Files.deleteIfExists(dir.resolve(FILE));
  }
}
