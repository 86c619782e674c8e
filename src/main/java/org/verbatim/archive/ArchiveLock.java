package org.verbatim.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The archive's lock: an exclusive {@link FileChannel#tryLock} on {@value #FILE} in the archive
 * folder, holding {@code pid=…}, {@code command=…} and {@code since=…} lines for whoever finds it
 * taken. The operating system releases it when the process dies, even by {@code kill -9}, so a
 * stale file never blocks anyone: only a live holder does.
 *
 * <p>Taken before the store and the index are opened, so that a second process stops at once with
 * a message rather than after the index's lock time-out.
 */
final class ArchiveLock implements AutoCloseable {

  static final String FILE = "verbatim.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private ArchiveLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the archive in {@code dir} (which must exist) for {@code command}.
   *
   * @throws ArchiveInUseException naming the holder when another process or instance holds it
   */
  static ArchiveLock take(Path dir, String command) throws IOException {
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new ArchiveInUseException("the archive " + dir
          + " is already open in this process; use the open Archive");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new ArchiveInUseException(inUse(dir, holder(file)));
    }
    try {
      String text = "pid=" + ProcessHandle.current().pid() + "\ncommand=" + command
          + "\nsince=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
    } catch (IOException e) {
      lock.release();
      channel.close();
      throw e;
    }
    return new ArchiveLock(channel, lock);
  }

  /** The message for a lock held by {@code holder} (the lock file's lines as a map). */
  static String inUse(Path dir, Map<String, String> holder) {
    StringBuilder who = new StringBuilder();
    if (holder.containsKey("pid")) {
      who.append("pid ").append(holder.get("pid"));
    }
    if (holder.containsKey("command")) {
      who.append(who.isEmpty() ? "" : ", ").append('`').append(holder.get("command")).append('`');
    }
    if (holder.containsKey("since")) {
      who.append(who.isEmpty() ? "" : " ").append("since ").append(holder.get("since"));
    }
    return "the archive " + dir + " is in use by another Verbatim process"
        + (who.isEmpty() ? "" : " (" + who + ")")
        + "; wait for it to finish or stop it, or use its web API if it is `serve`";
  }

  /** The holder's lines; empty when it has not written them yet. */
  static Map<String, String> holder(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release the archive lock", e);
    }
  }
}
