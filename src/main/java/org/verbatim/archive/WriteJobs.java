package org.verbatim.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes a server does to its archive on behalf of others (an upload to ingest, a crawl, a
 * reparse, a check, a reindex), as jobs run one at a time, in the order submitted, on a thread of
 * their own: reading requests never wait for them, and two writes never compete for the index's
 * batches. A job reports its progress while it runs and keeps its result (the summary the command
 * line prints) once done; the last {@value #KEPT} finished jobs are kept to be asked about.
 *
 * <pre>{@code
 * try (WriteJobs jobs = new WriteJobs(archive)) {
 *   WriteJobs.Job job = jobs.submit("reparse", (a, progress) ->
 *       a.reparse(false, Duration.ofMillis(250), progress), () -> {});
 *   jobs.job(job.id()).orElseThrow().state();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class WriteJobs implements AutoCloseable {

  /** Finished jobs kept for their results. */
  static final int KEPT = 100;
  /** Jobs that may wait for their turn; more are refused ({@link Busy}). */
  public static final int MAX_QUEUED = 16;
  /** The largest body one upload to a server may carry: 256 MB. */
  public static final long MAX_UPLOAD = 256L << 20;
  /** How often a running job's progress is refreshed. */
  public static final Duration PROGRESS_EVERY = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(WriteJobs.class);

  /** Where a job is. */
  public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

  /** A job's work: runs on the archive, reporting progress; returns the job's result. */
  @FunctionalInterface
  public interface Work {
    Object run(Archive archive, Consumer<IngestProgress> progress) throws Exception;
  }

  /** The queue is full: a job was refused. */
  public static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message);
    }
  }

  /** One job: what it is, where it is, its progress and, once done, its result or error. */
  public static final class Job {
    private final String id;
    private final String kind;
    private final Instant submitted = Instant.now();
    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private final AtomicReference<IngestProgress> progress = new AtomicReference<>();
    private volatile Object result;
    private volatile String error;

    private Job(String id, String kind) {
      this.id = id;
      this.kind = kind;
    }

    public String id() {
      return id;
    }

    /** What it does: {@code ingest}, {@code crawl}, {@code reparse}, {@code check}, … */
    public String kind() {
      return kind;
    }

    public State state() {
      return state;
    }

    public Instant submitted() {
      return submitted;
    }

    /** When it began to run; null while queued. */
    public Instant started() {
      return started;
    }

    /** When it ended; null before. */
    public Instant finished() {
      return finished;
    }

    /** Its latest progress; null before the first report, and for work that reports none. */
    public IngestProgress progress() {
      return progress.get();
    }

    /** What its work returned (a summary record); null unless {@link State#SUCCEEDED}. */
    public Object result() {
      return result;
    }

    /** Why it failed, in one line; null unless {@link State#FAILED}. */
    public String error() {
      return error;
    }
  }

  private final Archive archive;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(
      r -> Thread.ofPlatform().name("verbatim-write").unstarted(r));
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Deque<String> finishedOrder = new ArrayDeque<>(); // guarded by itself
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong queued = new AtomicLong();

  public WriteJobs(Archive archive) {
    this.archive = archive;
  }

  /**
   * Queues {@code work} as a job of {@code kind}; {@code cleanup} runs once it has ended, however
   * (it deletes an upload's files).
   *
   * @throws Busy when {@value #MAX_QUEUED} jobs wait already; {@code cleanup} has run then
   */
  public Job submit(String kind, Work work, Runnable cleanup) {
    if (queued.incrementAndGet() > MAX_QUEUED) {
      queued.decrementAndGet();
      cleanup.run();
      throw new Busy(MAX_QUEUED + " jobs are waiting for the archive already; submit this one"
          + " when some have ended");
    }
    Job job = new Job(Long.toString(ids.incrementAndGet()), kind);
    jobs.put(job.id, job);
    try {
      runner.execute(() -> run(job, work, cleanup));
    } catch (RuntimeException e) { // the server is stopping
      queued.decrementAndGet();
      jobs.remove(job.id);
      cleanup.run();
      throw e;
    }
    return job;
  }

  /** The job with this id, while it is queued, running or among the last finished. */
  public Optional<Job> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  private void run(Job job, Work work, Runnable cleanup) {
    queued.decrementAndGet();
    job.started = Instant.now();
    job.state = State.RUNNING;
    try {
      job.result = work.run(archive, job.progress::set);
      job.state = State.SUCCEEDED;
    } catch (Exception | Error e) {
      // The job's failure is its result: said to whoever asks for the job, and logged whole.
      LOG.warn("Job {} ({}) failed", job.id, job.kind, e);
      job.error = e.getMessage() == null || e.getMessage().isBlank()
          ? e.getClass().getSimpleName() : e.getMessage();
      job.state = State.FAILED;
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      job.finished = Instant.now();
      try {
        cleanup.run();
      } finally {
        forgetOld(job);
      }
    }
  }

  private void forgetOld(Job done) {
    synchronized (finishedOrder) {
      finishedOrder.addLast(done.id);
      while (finishedOrder.size() > KEPT) {
        jobs.remove(finishedOrder.removeFirst());
      }
    }
  }

  /**
   * Stops: a running job is interrupted (what it stored stays stored; the next run of its kind
   * completes it) and queued jobs are dropped; waits up to 30 s for the running one to stop.
   */
  @Override
  public void close() {
    runner.shutdownNow();
    try {
      if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("A write job did not stop within 30 s of the server's stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
