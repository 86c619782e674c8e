package org.verbatim.index;

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
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.verbatim.internal.RootCause;

/**
 * The archive's index as an in-process Solr core in {@code <archive>/index}: a Solr home with
 * {@code solr.xml} and one core, {@value #CORE}, whose {@code conf/} is copied from the
 * {@link Configset} on every start.
 *
 * <p>Only one process may open it. {@link #open} takes a lock file first and fails at once with an
 * {@link IndexLockedException} naming the holder, rather than waiting for Lucene's lock time-out.
 * When the configset version on disk differs from this build's, the old index data is removed
 * (it is derived from the store: {@code reindex} rebuilds it) and {@link #wasReset()} says so; so
 * it does for an index folder left with no commit by a process killed as it created the index.
 *
 * <pre>{@code
 * try (EmbeddedIndex index = EmbeddedIndex.open(archiveDir)) {
 *   Indexer indexer = new Indexer(index.client());
 *   ...
 * }
 * }</pre>
 *
 * <p>The client is thread-safe and stays valid until {@link #close()}.
 */
public final class EmbeddedIndex implements SearchIndex {

  /** The core's name. */
  public static final String CORE = "verbatim";
  static final String LOCK_FILE = "verbatim.lock";

  private final Path home;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final CoreContainer container;
  private final EmbeddedSolrServer server;
  private final PlatformThreadClient client;
  private final boolean reset;

  private EmbeddedIndex(Path home, FileChannel lockChannel, FileLock lock,
      CoreContainer container, boolean reset) {
    this.home = home;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.container = container;
    this.server = new EmbeddedSolrServer(container, CORE);
    this.client = new PlatformThreadClient(server, PlatformThreadClient.defaultThreads());
    this.reset = reset;
  }

  /**
   * Opens the index of the archive in {@code archiveDir}, creating it when absent.
   *
   * @throws IndexLockedException when another process or another instance holds it
   * @throws IndexException       when Solr cannot load the core
   */
  public static EmbeddedIndex open(Path archiveDir) {
    Path home = archiveDir.resolve("index").toAbsolutePath();
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(home);
      Path lockFile = home.resolve(LOCK_FILE);
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      lock = tryLock(channel, home);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(
          (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);

      Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
      Path coreDir = home.resolve(CORE);
      Path confDir = coreDir.resolve("conf");
      Files.createDirectories(coreDir);
      Files.writeString(coreDir.resolve("core.properties"), "name=" + CORE + "\n",
          StandardCharsets.UTF_8);
      int onDisk = Configset.versionIn(confDir);
      boolean otherVersion = onDisk != -1 && onDisk != Configset.VERSION;
      if (otherVersion) {
        deleteTree(coreDir.resolve("data"));
      }
      boolean reset = otherVersion || deleteUncommitted(coreDir.resolve("data").resolve("index"));
      Configset.copyTo(confDir);

      routeJavaLoggingToSlf4j();
      if (System.getProperty("disable.v2.api") == null) {
        System.setProperty("disable.v2.api", "true"); // we never call it; saves ~1.5 s per start
      }
      CoreContainer container = CoreContainer.createAndLoad(home);
      Map<String, CoreContainer.CoreLoadFailure> failures = container.getCoreInitFailures();
      SolrCore core = failures.isEmpty() ? container.getCore(CORE) : null;
      if (core == null) {
        container.shutdown();
        Throwable cause = failures.isEmpty() ? null : failures.values().iterator().next().exception;
        throw new IndexException("Could not load the index in " + home
            + (cause == null ? "" : ": " + RootCause.message(cause)), cause);
      }
      core.close(); // getCore counted a reference; the server takes its own
      return new EmbeddedIndex(home, channel, lock, container, reset);
    } catch (IOException | RuntimeException e) {
      release(lock, channel, e);
      if (e instanceof IOException io) {
        throw new IndexException("Could not open the index in " + home + ": " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Deletes an index folder that holds no commit, returning true when there was one: a process
   * killed while Solr was creating the index leaves its {@code write.lock} and no
   * {@code segments_N}. Solr would take the folder for an index and fail to read it; it never
   * held a commit, so nothing is lost, and the archive rebuilds it from the store.
   */
  private static boolean deleteUncommitted(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    String[] names;
    try (Stream<Path> files = Files.list(indexDir)) {
      names = files.map(f -> f.getFileName().toString()).toArray(String[]::new);
    }
    if (SegmentInfos.getLastCommitGeneration(names) != -1) {
      return false;
    }
    deleteTree(indexDir);
    return true;
  }

  /** Lucene logs through java.util.logging; send it where the rest of our logging goes. */
  private static void routeJavaLoggingToSlf4j() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  private static FileLock tryLock(FileChannel channel, Path home) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      throw new IndexLockedException("The index in " + home
          + " is already open in this process; use the open instance");
    }
    if (lock == null) {
      String pid = new String(Files.readAllBytes(home.resolve(LOCK_FILE)), StandardCharsets.UTF_8)
          .strip();
      throw new IndexLockedException("The index in " + home + " is open in another process"
          + (pid.isEmpty() ? "" : " (pid " + pid + ")")
          + ": stop it, or send this command to the Verbatim server it runs");
    }
    return lock;
  }

  /** The client for this index; valid until {@link #close()}. */
  @Override
  public SolrClient client() {
    return client;
  }

  /** The Solr home: {@code <archive>/index}. */
  public Path home() {
    return home;
  }

  /**
   * True when the index on disk was emptied on opening, having been built with another configset
   * version or left with no commit: it needs a reindex from the store.
   */
  @Override
  public boolean wasReset() {
    return reset;
  }

  /** {@code embedded Solr in <archive>/index}. */
  @Override
  public String describe() {
    return "embedded Solr in " + home;
  }

  /** Shuts Solr down (committed data stays) and releases the lock. */
  @Override
  public void close() {
    try {
      client.close();
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the index in " + home, e);
    } finally {
      try {
        container.shutdown(); // a server given a container does not shut it down itself
      } finally {
        release(lock, lockChannel, null);
      }
    }
  }

  private static void release(FileLock lock, FileChannel channel, Exception pending) {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      if (pending != null) {
        pending.addSuppressed(e);
      } else {
        throw new UncheckedIOException("Could not release the index lock", e);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
