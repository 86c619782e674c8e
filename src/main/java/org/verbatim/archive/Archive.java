package org.verbatim.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.verbatim.harvest.CrawlOptions;
import org.verbatim.harvest.CrawlSummary;
import org.verbatim.harvest.Crawler;
import org.verbatim.harvest.SiteProfile;
import org.verbatim.harvest.SiteProfiles;
import org.verbatim.index.CloudIndex;
import org.verbatim.index.CloudSettings;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.parse.Parser;
import org.verbatim.search.Searcher;
import org.verbatim.store.DocumentId;
import org.verbatim.store.Pool;
import org.verbatim.store.TranscriptStore;

/**
 * An archive: the store of record and the index that is derived from it, named by a folder. What
 * they run on is the folder's {@link ArchiveConfig}: by default SQLite ({@code verbatim.db}) and
 * embedded Solr ({@code index/}) inside the folder; or PostgreSQL and a SolrCloud collection.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(Path.of("archive"), "ingest")) {
 *   IngestSummary summary = archive.ingest(List.of(PageInput.file(Path.of("page.txt"))),
 *       Duration.ofSeconds(5), progress -> {});
 *   archive.searcher().search(SearchRequest.of("Arctic"));
 * }
 * }</pre>
 *
 * <p>When anything is embedded, opening takes the archive's lock ({@code verbatim.lock}) first: a
 * second process, or a second {@code Archive} on the same folder in this one, fails at once with
 * an {@link ArchiveInUseException} naming the holder. An archive on PostgreSQL and SolrCloud takes
 * no lock: any number of processes may ingest, serve and check it at once, each page's store
 * transaction deciding its version. The index is opened when first needed, or in
 * the background from {@link #openIndexInBackground} (Solr takes seconds to start) so that work
 * on the store begins at once; commands that need only the store never start Solr.
 * Thread-safe; close it once no thread uses it.
 */
public final class Archive implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Archive.class);

  /** The file in the archive folder whose line the web shows on every page. */
  public static final String NOTICE_FILE = "notice.txt";

  private boolean closed;

  private final Path dir;
  private final ArchiveConfig config; // with environment variables resolved
  private final ArchiveLock lock; // null when the archive is shared
  private final TranscriptStore store;
  private CompletableFuture<SearchIndex> index; // guarded by this; null until first needed
  private volatile Duration visibleWithin = Pipeline.MAX_DELAY;
  private volatile int writeThreads = Math.max(1, Runtime.getRuntime().availableProcessors());

  private Archive(Path dir, ArchiveConfig config, ArchiveLock lock, TranscriptStore store) {
    this.dir = dir;
    this.config = config;
    this.lock = lock;
    this.store = store;
  }

  /**
   * Opens (creating when absent) the archive in {@code dir} for {@code command}, the name the lock
   * shows to other processes ({@code ingest}, {@code serve}).
   *
   * @throws ArchiveInUseException when another process or instance has it open
   * @throws IOException           when the folder cannot be created, the lock file written, or
   *                               the folder's {@value ArchiveConfig#FILE} is not valid
   */
  public static Archive open(Path dir, String command) throws IOException {
    return open(dir, command, ArchiveConfig.of(dir.toAbsolutePath().normalize()));
  }

  /**
   * Opens the archive in {@code dir} on what {@code config} says rather than on the folder's own
   * configuration (as {@code init} does before writing it).
   */
  public static Archive open(Path dir, String command, ArchiveConfig config) throws IOException {
    Objects.requireNonNull(command, "command");
    Path folder = dir.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("the archive " + dir + " is not a folder");
    }
    ArchiveConfig resolved;
    try {
      resolved = config.resolved(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + " (archive " + dir + ")", e);
    }
    Files.createDirectories(folder);
    ArchiveLock lock = resolved.shared() ? null : ArchiveLock.take(folder, command);
    if (lock != null && ServeFile.deleteStale(folder)) {
      // No server holds the archive now that we hold its lock: one was killed without its
      // clean-up, and its hand-off file names a server that is gone.
      LOG.info("Deleted the stale {} of a server that is gone", ServeFile.FILE);
    }
    TranscriptStore store;
    try {
      Pool pool = new Pool(resolved.operations().storeConnections(), Pool.WAIT);
      store = resolved.embeddedStore() ? TranscriptStore.openSqlite(folder, pool)
          : TranscriptStore.open(resolved.storeUrl(), resolved.storeUser(),
              resolved.storePassword(), pool);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
    return new Archive(dir, resolved, lock, store);
  }

  /**
   * Opens only the store of record of the archive in {@code dir}, without taking the archive's
   * lock: for short writes of the store alone (the write API's tokens) that must work while
   * another process, such as {@code serve}, holds the archive. The store's own locking keeps
   * such writes safe beside that process (SQLite waits for the other writer; PostgreSQL is made
   * for it). The caller closes it.
   *
   * @throws IOException when the folder's {@value ArchiveConfig#FILE} is not valid
   */
  public static TranscriptStore openStore(Path dir) throws IOException {
    Path folder = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new IOException("No archive at " + dir + ": it is not a folder");
    }
    ArchiveConfig resolved;
    try {
      resolved = ArchiveConfig.of(folder).resolved(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + " (archive " + dir + ")", e);
    }
    return resolved.embeddedStore() ? TranscriptStore.openSqlite(folder)
        : TranscriptStore.open(resolved.storeUrl(), resolved.storeUser(),
            resolved.storePassword());
  }

  /**
   * Sets the longest a publication stored by a later ingest, crawl or reparse of this archive
   * waits to become searchable (default 5 s; a server asks for less). Batches not full by then
   * are soft-committed: visible at once, made durable with the next full batch.
   */
  public void visibleWithin(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("visibleWithin must be positive: " + delay);
    }
    this.visibleWithin = delay;
  }

  /**
   * Sets how many worker threads, and as many index threads, a later ingest, crawl or reparse
   * of this archive runs on (default: one per core). A server leaves cores to its readers.
   */
  public void writeThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("writeThreads must be at least 1: " + threads);
    }
    this.writeThreads = threads;
  }

  /**
   * Starts opening the index in the background, if not begun yet, so that Solr's start-up
   * overlaps other work; the first use of the index waits for it.
   */
  public synchronized void openIndexInBackground() {
    if (index != null) {
      return;
    }
    CompletableFuture<SearchIndex> opening = new CompletableFuture<>();
    Path folder = dir.toAbsolutePath().normalize();
    Thread.ofPlatform().daemon().name("verbatim-index-open").start(() -> {
      try {
        SearchIndex opened = config.embeddedIndex() ? EmbeddedIndex.open(folder)
            : CloudIndex.open(cloudSettings(config));
        rebuildWhenReset(opened);
        opening.complete(opened);
      } catch (RuntimeException | Error e) {
        opening.completeExceptionally(e);
      }
    });
    index = opening;
  }

  /**
   * Rebuilds from the store an index that had to be emptied on opening (built with another
   * configset, or created anew beside a store that holds publications), saying so on the log:
   * otherwise a site served after an upgrade would show nothing, silently. Whoever waits for the
   * index waits for the rebuild.
   */
  private void rebuildWhenReset(SearchIndex opened) {
    if (!opened.wasReset()) {
      return;
    }
    long held = store.count();
    if (held == 0) {
      return;
    }
    LOG.warn("The index ({}) was emptied on opening; rebuilding it from the store ({} "
        + "publications)", opened.describe(), held);
    try {
      new IndexSync(store, entities(), new Indexer(opened.client()), settle()).reindex();
    } catch (RuntimeException | Error e) {
      opened.close();
      throw e;
    }
  }

  /**
   * The line every web page of this archive shows, from {@value #NOTICE_FILE} in the archive
   * folder (a demo archive says there that its pages are synthetic), or null when there is none.
   */
  public String notice() throws IOException {
    Path file = dir.resolve(NOTICE_FILE);
    if (!Files.exists(file)) {
      return null;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? null : text;
  }

  /** Writes the line every web page of this archive shows; see {@link #notice()}. */
  public void setNotice(String text) throws IOException {
    Files.writeString(dir.resolve(NOTICE_FILE), text + "\n", StandardCharsets.UTF_8);
  }

  /** What ingest, reparse and reindex find in a page, as the configuration says. */
  private EntityRecognition entities() {
    return new EntityRecognition(store, config.operations().recognizeEntities());
  }

  /** The SolrCloud settings of a configuration whose index is a cluster. */
  public static CloudSettings cloudSettings(ArchiveConfig config) {
    return CloudSettings.parse(config.index(), config.collection(), config.shards(),
        config.replicas());
  }

  /** What the archive runs on, with environment variables resolved. */
  public ArchiveConfig config() {
    return config;
  }

  /** The archive folder as given. */
  public Path dir() {
    return dir;
  }

  /** The store of record. */
  public TranscriptStore store() {
    return store;
  }

  /**
   * A searcher over the index, which knows the store's language versions; waits for the index to
   * open.
   */
  public Searcher searcher() {
    return new Searcher(index().client(), store.knownPeople(), new StoreVersions(store));
  }

  /**
   * Ingests {@code pages} on {@link #writeThreads} threads, reporting progress to
   * {@code progress} every {@code every} and once at the end. See {@link Ingest} for how.
   */
  public IngestSummary ingest(List<PageInput> pages, Duration every,
      Consumer<IngestProgress> progress) throws InterruptedException {
    openIndexInBackground();
    return new Ingest(store, entities(), this::indexer, threads(), settle(), documentIds(),
        visibleWithin).run(pages, every, progress);
  }

  /**
   * Reads the latest source of every publication last read by an older parser again with this
   * build's parser (with {@code all}, of every publication), on {@link #writeThreads} threads,
   * storing and indexing what it reads differently; reports progress as {@link #ingest} does.
   * See {@link Reparse}.
   */
  public ReparseSummary reparse(boolean all, Duration every, Consumer<IngestProgress> progress)
      throws InterruptedException {
    openIndexInBackground();
    return new Reparse(store, entities(), this::indexer, threads(), settle(), all, documentIds(),
        visibleWithin).run(every, progress);
  }

  /**
   * Tells a page's document id on its site from its URL, by the archive's site profiles as they
   * are now: what ties versions of one document in several languages.
   *
   * @throws UncheckedIOException when the profiles cannot be read
   * @throws IllegalArgumentException naming a profile that is not valid
   */
  private Function<String, DocumentId> documentIds() {
    try {
      return SiteProfiles.load(dir)::documentId;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the site profiles of the archive " + dir
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Crawls {@code sites} into the archive ({@link Crawler}): documents are ingested on
   * {@link #writeThreads} threads as they arrive, read with the content selectors of the
   * archive's site profiles; progress is reported every {@code every} as addresses handled of
   * handled plus queued. A crawl stopped before its end (killed, or at {@code --max-pages}) is
   * resumed by the next crawl of the same sites.
   *
   * @param version this build's version, for the User-Agent
   */
  public CrawlSummary crawl(List<SiteProfile> sites, CrawlOptions options, String version,
      Duration every, Consumer<IngestProgress> progress) throws IOException,
      InterruptedException {
    openIndexInBackground();
    SiteProfiles profiles = SiteProfiles.load(dir);
    Map<PageInput, Crawler.Fetched> handed = new ConcurrentHashMap<>();
    AtomicReference<Crawler> crawler = new AtomicReference<>();
    Ingest ingest = new Ingest(store, entities(), this::indexer, threads(), settle(),
        new Parser(profiles::contentSelector), (page, outcome, id, published, reason) ->
            crawler.get().ingested(handed.remove(page),
                new Crawler.Ingested(outcome, id, published, reason)), profiles::documentId,
        visibleWithin);
    Handoff<PageInput> pages = new Handoff<>(4 * threads());
    crawler.set(new Crawler(store.crawlLog(), sites, options, dir, version, fetched -> {
      PageInput input = new PageInput(fetched.url(), fetched::page);
      handed.put(input, fetched);
      pages.put(input);
    }));
    AtomicReference<Exception> failed = new AtomicReference<>();
    long start = System.nanoTime();
    Thread crawling = Thread.ofPlatform().name("verbatim-crawl").start(() -> {
      try {
        crawler.get().run(every, counts -> progress.accept(new IngestProgress(counts[0],
            counts[0] + counts[1], Duration.ofNanos(System.nanoTime() - start))));
      } catch (IOException | RuntimeException e) {
        failed.set(e);
      } catch (InterruptedException e) {
        failed.set(e);
        Thread.currentThread().interrupt();
      } finally {
        try {
          pages.end();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    try {
      ingest.run(pages, -1, Duration.ofDays(1), p -> { });
    } catch (RuntimeException | InterruptedException e) {
      crawling.interrupt(); // it may wait to hand over a page that nobody will take
      throw e;
    } finally {
      crawling.join();
    }
    if (failed.get() instanceof IOException e) {
      throw e;
    }
    if (failed.get() instanceof InterruptedException e) {
      throw e;
    }
    if (failed.get() instanceof RuntimeException e) {
      throw e;
    }
    return crawler.get().finish();
  }

  private int threads() {
    return writeThreads;
  }

  /** Empties the index and rebuilds it from the store; returns how many publications. */
  public int reindex() {
    return new IndexSync(store, entities(), indexer(), settle()).reindex();
  }

  /**
   * Drops the index and creates it anew — on a cluster, the collection, with this build's
   * configset, as after an upgrade that changed it — then rebuilds it from the store; returns how
   * many publications. Call it before anything opens the index.
   */
  public int recreateIndex() {
    if (!config.embeddedIndex()) {
      synchronized (this) {
        if (index != null) {
          throw new IllegalStateException("The index of " + dir + " is open already");
        }
        index = CompletableFuture.completedFuture(CloudIndex.recreate(cloudSettings(config)));
      }
    }
    return reindex();
  }

  /** Compares the index with the store. */
  public CheckReport check() {
    return new IndexSync(store, entities(), indexer(), settle()).check();
  }

  /** Puts right what {@link #check} finds; returns how many publications it touched. */
  public int repair() {
    return new IndexSync(store, entities(), indexer(), settle()).repair();
  }

  /**
   * How long a disagreement between store and index must last to count: on a shared archive
   * other processes may be between storing a publication and indexing it; otherwise the lock
   * keeps them out.
   */
  private Duration settle() {
    return config.shared() ? IndexSync.SETTLE : Duration.ZERO;
  }

  private Indexer indexer() {
    return new Indexer(index().client());
  }

  /** The index; waits for it to open. */
  public SearchIndex index() {
    CompletableFuture<SearchIndex> opening;
    synchronized (this) {
      openIndexInBackground();
      opening = index;
    }
    try {
      return opening.join();
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
    CompletableFuture<SearchIndex> opening;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      opening = index;
    }
    try (ArchiveLock held = lock; store) {
      SearchIndex opened = opening == null ? null : opening.exceptionally(e -> null).join();
      if (opened != null) {
        opened.close();
      }
    }
  }
}
