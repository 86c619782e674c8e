package org.verbatim.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.Indexer;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/**
 * An archive folder: the store of record ({@code verbatim.db}) and the index ({@code index/})
 * that is derived from it, opened together by one process.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(Path.of("archive"), "ingest")) {
 *   IngestSummary summary = archive.ingest(List.of(PageInput.file(Path.of("page.txt"))),
 *       Duration.ofSeconds(5), progress -> {});
 *   archive.searcher().search(SearchRequest.of("Arctic"));
 * }
 * }</pre>
 *
 * <p>Opening takes the archive's lock ({@code verbatim.lock}) first: a second process, or a second
 * {@code Archive} on the same folder in this one, fails at once with an
 * {@link ArchiveInUseException} naming the holder. The index opens in the background (Solr takes
 * seconds to start), so work on the store begins at once; the first use of the index waits for it.
 * Thread-safe; close it once no thread uses it.
 */
public final class Archive implements AutoCloseable {

  private final Path dir;
  private final ArchiveLock lock;
  private final TranscriptStore store;
  private final CompletableFuture<EmbeddedIndex> index;

  private Archive(Path dir, ArchiveLock lock, TranscriptStore store,
      CompletableFuture<EmbeddedIndex> index) {
    this.dir = dir;
    this.lock = lock;
    this.store = store;
    this.index = index;
  }

  /**
   * Opens (creating when absent) the archive in {@code dir} for {@code command}, the name the lock
   * shows to other processes ({@code ingest}, {@code serve}).
   *
   * @throws ArchiveInUseException when another process or instance has it open
   * @throws IOException           when the folder cannot be created or the lock file written
   */
  public static Archive open(Path dir, String command) throws IOException {
    Objects.requireNonNull(command, "command");
    Path folder = dir.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("the archive " + dir + " is not a folder");
    }
    Files.createDirectories(folder);
    ArchiveLock lock = ArchiveLock.take(folder, command);
    TranscriptStore store;
    try {
      store = TranscriptStore.openSqlite(folder);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    CompletableFuture<EmbeddedIndex> index = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("verbatim-index-open").start(() -> {
      try {
        index.complete(EmbeddedIndex.open(folder));
      } catch (RuntimeException | Error e) {
        index.completeExceptionally(e);
      }
    });
    return new Archive(dir, lock, store, index);
  }

  /** The archive folder as given. */
  public Path dir() {
    return dir;
  }

  /** The store of record. */
  public TranscriptStore store() {
    return store;
  }

  /** A searcher over the index; waits for the index to open. */
  public Searcher searcher() {
    return new Searcher(index().client());
  }

  /**
   * Ingests {@code pages} on all cores, reporting progress to {@code progress} every
   * {@code every} and once at the end. See {@link Ingest} for how.
   */
  public IngestSummary ingest(List<PageInput> pages, Duration every,
      Consumer<IngestProgress> progress) throws InterruptedException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    return new Ingest(store, this::indexer, threads).run(pages, every, progress);
  }

  /** Empties the index and rebuilds it from the store; returns how many publications. */
  public int reindex() {
    return new IndexSync(store, indexer()).reindex();
  }

  /** Compares the index with the store. */
  public CheckReport check() {
    return new IndexSync(store, indexer()).check();
  }

  /** Puts right what {@link #check} finds; returns how many publications it touched. */
  public int repair() {
    return new IndexSync(store, indexer()).repair();
  }

  private Indexer indexer() {
    return new Indexer(index().client());
  }

  private EmbeddedIndex index() {
    try {
      return index.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Closes the index (waiting for it to finish opening), the store, and releases the lock. */
  @Override
  public void close() {
    try (lock; store) {
      EmbeddedIndex opened = index.exceptionally(e -> null).join();
      if (opened != null) {
        opened.close();
      }
    }
  }
}
