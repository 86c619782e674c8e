package org.verbatim.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.verbatim.entity.Recognition;
import org.verbatim.index.Indexer;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;
import org.verbatim.store.DocumentId;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoreException;
import org.verbatim.store.StoredSource;
import org.verbatim.store.TranscriptStore;

/**
 * Reads the stored source of every publication's latest version again with this build's parser,
 * through a {@link Pipeline}, so that an archive gains from a better parser without fetching
 * anything: a changed reading becomes the next version, a re-read of the one before
 * ({@link TranscriptStore#reread}), and is indexed; an unchanged one only records the parser's
 * version. Only the latest version of each publication is read: it alone is served and indexed,
 * and older versions are history, kept as they were read.
 *
 * <p>By default only publications last read by an older parser are read, so a second run reads
 * nothing; with {@code all}, every publication is. Each publication is one store transaction: a
 * run killed at any moment leaves each either as before or read again, and the next run (or any
 * ingest, which repairs the index) completes it. A source the parser now refuses keeps what it
 * had and is reported with its reason.
 */
final class Reparse {

  private final TranscriptStore store;
  private final Pipeline<String> pipeline;
  private final boolean all;
  private final Function<String, DocumentId> documentIds;
  private final Parser parser = new Parser();

  private final AtomicInteger changed = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final ConcurrentLinkedQueue<IngestSummary.Failure> failures =
      new ConcurrentLinkedQueue<>();

  Reparse(TranscriptStore store, EntityRecognition entities, Supplier<Indexer> indexer,
      int threads, Duration settle, boolean all, Function<String, DocumentId> documentIds,
      Duration visibleWithin) {
    this.store = store;
    this.pipeline = new Pipeline<>(store, entities, indexer, threads, settle,
        (id, error) -> failures.add(new IngestSummary.Failure(id, "failed with " + error)),
        visibleWithin);
    this.all = all;
    this.documentIds = documentIds;
  }

  ReparseSummary run(Duration every, Consumer<IngestProgress> progress)
      throws InterruptedException {
    long start = System.nanoTime();
    List<String> ids = all ? store.ids() : store.readBefore(Parser.VERSION);
    int repaired = pipeline.run(ids, this::handle, every, progress);
    List<IngestSummary.Failure> failed = new ArrayList<>(failures);
    failed.sort(Comparator.comparing(IngestSummary.Failure::page));
    return new ReparseSummary(ids.size(), changed.get(), unchanged.get(), failed, repaired,
        Parser.VERSION, Duration.ofNanos(System.nanoTime() - start));
  }

  private void handle(String id) {
    Optional<StoredSource> stored = store.latestSource(id);
    if (stored.isEmpty() || !all && stored.get().readBy() >= Parser.VERSION) {
      unchanged.incrementAndGet(); // read meanwhile by another process
      return;
    }
    StoredSource source = stored.get();
    String name = id + " (" + source.page().name() + ")";
    Publication parsed;
    try {
      parsed = parser.parse(source.page());
    } catch (ParseException e) {
      fail(name, source, Ingest.reason(source.page().name(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      // A parser bug on one source must not cost the others: named, counted, exit code 1.
      fail(name, source, "the parser failed: " + e);
      return;
    }
    Recognition recognition;
    try {
      recognition = pipeline.recognize(parsed);
    } catch (RuntimeException e) {
      // A recognizer bug on one source must not cost the others: named, counted, exit code 1.
      fail(name, source, "entity recognition failed: " + e);
      return;
    }
    DocumentId documentId = documentIds.apply(source.page().url());
    PutResult result;
    try {
      result = pipeline.store(store.prepareReread(id, source.version(), parsed, Parser.VERSION,
          recognition, documentId), parsed, recognition);
    } catch (StoreException e) {
      failures.add(new IngestSummary.Failure(name, "cannot store: " + e.getMessage()));
      return;
    }
    if (result.outcome() == PutResult.Outcome.REREAD) {
      changed.incrementAndGet();
    } else {
      unchanged.incrementAndGet();
    }
  }

  private void fail(String name, StoredSource source, String reason) {
    failures.add(new IngestSummary.Failure(name,
        kept("version " + source.version(), source.readBy()) + reason));
  }

  /** What a re-read that failed leaves in place ({@code version 3}), said before its reason. */
  static String kept(String version, int readBy) {
    return "parser " + Parser.VERSION + " cannot read it again (" + version + ", read by parser "
        + readBy + ", is kept): ";
  }
}
