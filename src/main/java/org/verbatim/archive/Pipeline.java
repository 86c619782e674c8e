package org.verbatim.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.entity.Recognition;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.model.Publication;
import org.verbatim.store.PreparedPut;
import org.verbatim.store.PutResult;
import org.verbatim.store.TranscriptStore;

/**
 * The bounded pipeline that {@link Ingest} and {@link Reparse} run their work through:
 * <ol>
 *   <li>worker threads (one per core) handle one item each at a time (read, parse, recognise,
 *       and prepare the store's write: the JSON, hashes and keys of the publication), and hand
 *       what they store to {@link #store};</li>
 *   <li>the store write and the hand-over to the index happen under one lock, so the index
 *       receives a publication's versions in the order the store committed them, and only after
 *       the store committed;</li>
 *   <li>index threads (one per core) write what they receive in batches, each followed by a
 *       commit. Analysis is most of the work, and Solr indexes from several threads at once; a
 *       publication always goes to the same index thread, so its versions still arrive in the
 *       order the store committed them.</li>
 * </ol>
 * At most a few items per worker are in flight and the index queues are bounded, so memory stays
 * flat however many items there are. At the end the index is compared with the store and put
 * right ({@link IndexSync#repair}): that is what completes an earlier run killed between store
 * and index. One pipeline runs once.
 *
 * @param <T> what a worker handles: a page to ingest, a publication to read again
 */
final class Pipeline<T> {

  /**
   * The longest a stored publication waits for its batch to be indexed, by default: a run from
   * the command line; a server that ingests asks for less ({@link Archive#visibleWithin}).
   */
  static final Duration MAX_DELAY = Duration.ofSeconds(5);

  /** Publications an index thread may have waiting when the run is live (in a server). */
  static final int LIVE_QUEUE = 4;

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final TranscriptStore store;
  private final EntityRecognition entities;
  private final Supplier<Indexer> indexer;
  private final int threads;
  private final BiConsumer<T, Error> broken;
  private final Duration settle;
  private final Duration visibleWithin;
  private final AtomicBoolean unseen = new AtomicBoolean(); // written, not yet soft-committed
  private final ReentrantLock showing = new ReentrantLock();
  private volatile long shownAt; // System.nanoTime() of the last soft commit

  /**
   * Serialises the store's transactions and their hand-over to the index. A lock that parks its
   * waiters: the holder may wait for a full index queue, and a monitor's waiters spun meanwhile
   * (1% of an ingest's CPU, in JFR samples of the worker threads).
   */
  private final ReentrantLock writes = new ReentrantLock();
  private final List<BlockingQueue<IndexEntry>> toIndex = new ArrayList<>();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  private final AtomicLong done = new AtomicLong();
  private volatile boolean producersDone;

  /**
   * @param broken what to do with an item whose handling threw an {@link Error} (an
   *               OutOfMemoryError on one huge page): the handler records it as failed, and the
   *               run goes on with the others
   * @param settle what the final repair waits for a disagreement to last ({@link IndexSync})
   * @param visibleWithin the longest a stored publication waits to be written to the index:
   *               {@link #MAX_DELAY} from the command line; shorter in a server, which then
   *               soft-commits as often (see {@link #indexLoop})
   */
  Pipeline(TranscriptStore store, EntityRecognition entities, Supplier<Indexer> indexer,
      int threads, Duration settle, BiConsumer<T, Error> broken, Duration visibleWithin) {
    this.store = store;
    this.entities = entities;
    this.visibleWithin = visibleWithin;
    this.shownAt = System.nanoTime() - visibleWithin.toNanos();
    this.indexer = indexer;
    this.threads = threads;
    this.settle = settle;
    this.broken = broken;
    // In a server, the store may run only a few publications ahead of the index: a backlog
    // would be waited for by each new publication before it becomes searchable.
    int queued = visibleWithin.compareTo(MAX_DELAY) < 0 ? LIVE_QUEUE : Indexer.BATCH;
    for (int i = 0; i < threads; i++) {
      toIndex.add(new ArrayBlockingQueue<>(queued));
    }
  }

  /**
   * Hands every item to {@code handler} on the worker threads, reporting progress every
   * {@code every} and once when all are handled, then repairs the index.
   *
   * @return how many publications the repair put right
   * @throws RuntimeException the first exception a handler or an index thread threw: the run
   *                          stopped there (what was stored stays stored)
   */
  int run(List<T> items, Consumer<T> handler, Duration every, Consumer<IngestProgress> progress)
      throws InterruptedException {
    return run(items, items.size(), handler, every, progress);
  }

  /**
   * {@link #run(List, Consumer, Duration, Consumer)} over items that may still be arriving
   * (a crawl's pages): {@code items}' iterator may block for the next, and {@code total} is
   * what progress reports as the total.
   */
  int run(Iterable<T> items, long total, Consumer<T> handler, Duration every,
      Consumer<IngestProgress> progress) throws InterruptedException {
    long start = System.nanoTime();
    entities.prepare();
    Supplier<IngestProgress> now = () -> new IngestProgress(done.get(), total,
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
        Thread.ofPlatform().daemon().name("verbatim-worker-", 1).factory());
    Semaphore inFlight = new Semaphore(4 * threads);
    try {
      for (T item : items) {
        inFlight.acquire();
        if (fatal.get() != null) {
          inFlight.release();
          break;
        }
        workers.execute(() -> {
          try {
            handler.accept(item);
          } catch (RuntimeException e) {
            fatal.compareAndSet(null, e);
          } catch (Error e) {
            LOG.error("handling {} failed", item, e);
            broken.accept(item, e);
          } finally {
            done.incrementAndGet();
            inFlight.release();
          }
        });
      }
    } finally {
      workers.shutdown();
      InterruptedException interrupted = null;
      try {
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
          // Items still being handled; their results must reach the index threads.
        }
      } catch (InterruptedException e) {
        // Stop the workers and let the index threads end, rather than poll for ever.
        interrupted = e;
        fatal.compareAndSet(null, new IllegalStateException("interrupted", e));
        workers.shutdownNow();
      }
      producersDone = true;
      try {
        for (Thread indexThread : indexThreads) {
          indexThread.join();
        }
      } finally {
        reporter.shutdownNow();
      }
      if (interrupted != null) {
        throw interrupted;
      }
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    progress.accept(now.get());
    return new IndexSync(store, entities, indexer.get(), settle).repair();
  }

  /**
   * What recognition finds in {@code parsed}, knowing the people the store knows: to be stored
   * with it ({@link TranscriptStore#put(org.verbatim.input.RawPage, Publication, int,
   * Recognition)}) and handed to {@link #store}.
   */
  Recognition recognize(Publication parsed) {
    return entities.of(parsed);
  }

  /**
   * Writes {@code put}, the store's write of {@code parsed} prepared outside the lock, under the
   * pipeline's write lock, and queues what it stored as a new version for the index, with what
   * recognition found in it; returns what the store did. Only the transaction and the hand-over
   * are serialised: the JSON, hashes and keys of the page were made in parallel by the workers
   * ({@link TranscriptStore#prepare}). A version read again into the same content is indexed
   * again too: what recognition finds may have changed.
   */
  PutResult store(PreparedPut put, Publication parsed, Recognition recognition) {
    writes.lock();
    try {
      PutResult result = put.write();
      switch (result.outcome()) {
        case ADDED, UPDATED, REREAD, REREAD_SAME -> enqueue(new IndexEntry(result.id(),
            result.version(), parsed, recognition));
        case UNCHANGED -> {
          // The index holds this content already.
        }
      }
      return result;
    } finally {
      writes.unlock();
    }
  }

  private void enqueue(IndexEntry entry) {
    BlockingQueue<IndexEntry> queue = toIndex.get(Math.floorMod(entry.id().hashCode(), threads));
    try {
      while (!queue.offer(entry, 200, TimeUnit.MILLISECONDS)) {
        if (fatal.get() != null) {
          throw new IllegalStateException("stopped: " + fatal.get().getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + entry.id()
          + " waited for the index", e);
    }
  }

  /**
   * An index thread. Run from the command line ({@link #MAX_DELAY}), it takes batches of up to
   * {@link Indexer#BATCH} from its queue, each written and committed when full, when its first entry
   * has waited that long, or at the end. In a server, which asks for a shorter
   * {@code visibleWithin}, what arrives is written at once; a commit follows every
   * {@link Indexer#BATCH} publications and the end, and a soft commit shared by all index threads makes
   * what was written searchable at most {@code visibleWithin} after the one before: a single page
   * is searchable at once, and a long run commits in batches still.
   */
  private void indexLoop(BlockingQueue<IndexEntry> queue) {
    boolean live = visibleWithin.compareTo(MAX_DELAY) < 0;
    List<IndexEntry> batch = new ArrayList<>(Indexer.BATCH);
    long firstAt = 0;
    int uncommitted = 0; // written by this thread since its last commit, when live
    try {
      while (true) {
        IndexEntry entry = queue.poll(100, TimeUnit.MILLISECONDS);
        boolean finished = entry == null && producersDone && queue.isEmpty();
        if (entry != null) {
          if (batch.isEmpty()) {
            firstAt = System.nanoTime();
          }
          batch.add(entry);
          queue.drainTo(batch, Indexer.BATCH - batch.size());
        }
        if (live) {
          if (!batch.isEmpty()) {
            uncommitted += put(batch);
            batch.clear();
            unseen.set(true);
          }
          if (uncommitted >= Indexer.BATCH || finished && uncommitted > 0) {
            indexer.get().commit();
            uncommitted = 0;
          } else {
            showIfDue();
          }
        } else if (batch.size() >= Indexer.BATCH || finished && !batch.isEmpty()
            || !batch.isEmpty() && System.nanoTime() - firstAt > MAX_DELAY.toNanos()) {
          put(batch);
          indexer.get().commit();
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

  /**
   * Soft-commits what the index threads wrote since the last soft commit, when that was
   * {@code visibleWithin} ago or more, unless another index thread is doing it: a soft commit
   * makes searchable all that the core holds, so one thread's serves all.
   */
  private void showIfDue() {
    if (!unseen.get() || System.nanoTime() - shownAt < visibleWithin.toNanos()
        || !showing.tryLock()) {
      return;
    }
    try {
      unseen.set(false);
      indexer.get().softCommit();
      shownAt = System.nanoTime();
    } finally {
      showing.unlock();
    }
  }

  /**
   * Writes a batch, keeping only the latest version of a publication stored twice in it; not
   * yet committed. Returns how many publications it wrote.
   */
  private int put(List<IndexEntry> batch) {
    Map<String, IndexEntry> latest = new LinkedHashMap<>();
    for (IndexEntry entry : batch) {
      latest.merge(entry.id(), entry, (a, b) -> a.version() >= b.version() ? a : b);
    }
    indexer.get().put(latest.values());
    return latest.size();
  }
}
