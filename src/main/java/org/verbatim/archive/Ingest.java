package org.verbatim.archive;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.ingest.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoreException;
import org.verbatim.store.TranscriptStore;

/**
 * One run of pages into the archive, as a bounded pipeline:
 * <ol>
 *   <li>worker threads (one per core) read a page, ask the store whether it holds those bytes
 *       already ({@link TranscriptStore#unchanged}, which skips parsing) and otherwise parse it;</li>
 *   <li>the store write and the hand-over to the index happen under one lock, so the index receives
 *       a publication's versions in the order the store committed them, and only after the store
 *       committed;</li>
 *   <li>index threads (one per core) write what they receive in batches, each followed by a
 *       commit. Analysis is most of an ingest's work, and Solr indexes from several threads at
 *       once; a publication always goes to the same index thread, so its versions still arrive in
 *       the order the store committed them.</li>
 * </ol>
 * At most a few pages per worker are in flight and the index queues are bounded, so memory stays
 * flat however many pages there are. At the end the index is compared with the store and put
 * right ({@link IndexSync#repair}): that is what completes a previous ingest killed between
 * store and index.
 */
final class Ingest {

  /** Publications per index request and commit. */
  static final int BATCH = 500;
  /** The longest a stored publication waits for its batch to be indexed. */
  static final Duration MAX_DELAY = Duration.ofSeconds(5);

  private final TranscriptStore store;
  private final Supplier<Indexer> indexer;
  private final Parser parser = new Parser();
  private final int threads;

  private final Object writes = new Object();
  private final List<BlockingQueue<IndexEntry>> toIndex = new ArrayList<>();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final ConcurrentLinkedQueue<IngestSummary.Failure> failures =
      new ConcurrentLinkedQueue<>();
  private volatile boolean producersDone;

  Ingest(TranscriptStore store, Supplier<Indexer> indexer, int threads) {
    this.store = store;
    this.indexer = indexer;
    this.threads = threads;
    for (int i = 0; i < threads; i++) {
      toIndex.add(new ArrayBlockingQueue<>(BATCH));
    }
  }

  IngestSummary run(List<PageInput> pages, Duration every, Consumer<IngestProgress> progress)
      throws InterruptedException {
    long start = System.nanoTime();
    Supplier<IngestProgress> now = () -> new IngestProgress(done.get(), pages.size(),
        Duration.ofNanos(System.nanoTime() - start));
    ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(
        r -> Thread.ofPlatform().daemon().name("verbatim-progress").unstarted(r));
    reporter.scheduleAtFixedRate(() -> progress.accept(now.get()), every.toMillis(),
        every.toMillis(), TimeUnit.MILLISECONDS);
    List<Thread> indexThreads = new ArrayList<>();
    for (BlockingQueue<IndexEntry> queue : toIndex) {
      indexThreads.add(Thread.ofPlatform().name("verbatim-index-", indexThreads.size() + 1)
          .start(() -> indexLoop(queue)));
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads,
        Thread.ofPlatform().daemon().name("verbatim-ingest-", 1).factory());
    Semaphore inFlight = new Semaphore(4 * threads);
    try {
      for (PageInput page : pages) {
        inFlight.acquire();
        if (fatal.get() != null) {
          inFlight.release();
          break;
        }
        workers.execute(() -> {
          try {
            handle(page);
          } catch (RuntimeException e) {
            fatal.compareAndSet(null, e);
          } finally {
            done.incrementAndGet();
            inFlight.release();
          }
        });
      }
    } finally {
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // Pages still being handled; their results must reach the index thread.
      }
      producersDone = true;
      for (Thread indexThread : indexThreads) {
        indexThread.join();
      }
      reporter.shutdownNow();
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    progress.accept(now.get());
    int repaired = new IndexSync(store, indexer.get()).repair();
    List<IngestSummary.Failure> failed = new ArrayList<>(failures);
    failed.sort(Comparator.comparing(IngestSummary.Failure::page));
    return new IngestSummary(pages.size(), added.get(), updated.get(), unchanged.get(), failed,
        bytes.get(), repaired, Duration.ofNanos(System.nanoTime() - start));
  }

  private void handle(PageInput input) {
    RawPage page;
    try {
      page = input.reader().read();
    } catch (IOException e) {
      fail(input.name(), "cannot read: " + e.getMessage());
      return;
    }
    bytes.addAndGet(page.bytes().length);
    if (store.unchanged(page).isPresent()) {
      unchanged.incrementAndGet();
      return;
    }
    Publication parsed;
    try {
      parsed = parser.parse(page);
    } catch (ParseException e) {
      fail(input.name(), reason(input.name(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      // A parser bug on one page must not cost the others; the page is named with the error,
      // counted as failed, and the ingest exits 1.
      fail(input.name(), "the parser failed: " + e);
      return;
    }
    synchronized (writes) {
      PutResult result;
      try {
        result = store.put(page, parsed);
      } catch (StoreException e) {
        fail(input.name(), "cannot store: " + e.getMessage());
        return;
      }
      switch (result.outcome()) {
        case ADDED -> added.incrementAndGet();
        case UPDATED -> updated.incrementAndGet();
        case UNCHANGED -> unchanged.incrementAndGet();
      }
      if (result.outcome() != PutResult.Outcome.UNCHANGED) {
        enqueue(new IndexEntry(result.id(), result.version(), parsed));
      }
    }
  }

  private void enqueue(IndexEntry entry) {
    BlockingQueue<IndexEntry> queue = toIndex.get(Math.floorMod(entry.id().hashCode(), threads));
    try {
      while (!queue.offer(entry, 200, TimeUnit.MILLISECONDS)) {
        if (fatal.get() != null) {
          throw new IllegalStateException("ingest stopped: " + fatal.get().getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted while " + entry.id()
          + " waited for the index", e);
    }
  }

  /** An index thread: batches of up to {@link #BATCH} from its queue, each written and committed. */
  private void indexLoop(BlockingQueue<IndexEntry> toIndex) {
    List<IndexEntry> batch = new ArrayList<>(BATCH);
    long firstAt = 0;
    try {
      while (true) {
        IndexEntry entry = toIndex.poll(200, TimeUnit.MILLISECONDS);
        boolean finished = entry == null && producersDone && toIndex.isEmpty();
        if (entry != null) {
          if (batch.isEmpty()) {
            firstAt = System.nanoTime();
          }
          batch.add(entry);
          toIndex.drainTo(batch, BATCH - batch.size());
        }
        boolean late = !batch.isEmpty() && System.nanoTime() - firstAt > MAX_DELAY.toNanos();
        if (batch.size() >= BATCH || late || finished && !batch.isEmpty()) {
          write(batch);
          batch.clear();
        }
        if (finished || fatal.get() != null) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fatal.compareAndSet(null, new IllegalStateException("index thread interrupted", e));
    } catch (RuntimeException e) {
      fatal.compareAndSet(null, e);
    }
  }

  /** Writes a batch, keeping only the latest version of a publication stored twice in it. */
  private void write(List<IndexEntry> batch) {
    Map<String, IndexEntry> latest = new LinkedHashMap<>();
    for (IndexEntry entry : batch) {
      latest.merge(entry.id(), entry, (a, b) -> a.version() >= b.version() ? a : b);
    }
    Indexer target = indexer.get();
    target.put(latest.values());
    target.commit();
  }

  private void fail(String page, String reason) {
    failures.add(new IngestSummary.Failure(page, reason));
  }

  /** The parser's message without the page name it starts with (the summary names the page). */
  static String reason(String page, String message) {
    return message.startsWith(page + ": ") ? message.substring(page.length() + 2) : message;
  }
}
