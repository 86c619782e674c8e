package org.verbatim.archive;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.verbatim.entity.Recognition;
import org.verbatim.index.Indexer;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;
import org.verbatim.store.DocumentId;
import org.verbatim.store.HeldSource;
import org.verbatim.store.PreparedPut;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoreException;
import org.verbatim.store.TranscriptStore;

/**
 * One run of pages into the archive, through a {@link Pipeline}: worker threads read a page, ask
 * the store whether it holds those bytes already ({@link TranscriptStore#held}, which skips
 * parsing when the parser that read them is as new as this one) and otherwise parse it and store
 * it; stored publications are indexed behind them, and the index is repaired at the end. Bytes
 * the store holds as read by an older parser are read again: the new parse is stored as a
 * re-read of the version they are the source of ({@link TranscriptStore#reread}).
 */
final class Ingest {

  /** Hears what became of each page, from the worker threads. */
  @FunctionalInterface
  interface Listener {
    /**
     * {@code outcome} is new, changed, unchanged or failed; {@code id} the publication (null
     * when failed), {@code published} its date as printed when known, {@code reason} why it
     * failed (else null).
     */
    void done(PageInput page, String outcome, String id, String published, String reason);
  }

  private final TranscriptStore store;
  private final Pipeline<PageInput> pipeline;
  private final Parser parser;
  private final Listener listener;
  private final Function<String, DocumentId> documentIds;

  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger reread = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final ConcurrentLinkedQueue<IngestSummary.Failure> failures =
      new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<IngestSummary.Failure> notTranscripts =
      new ConcurrentLinkedQueue<>();

  Ingest(TranscriptStore store, EntityRecognition entities, Supplier<Indexer> indexer,
      int threads, Duration settle, Function<String, DocumentId> documentIds,
      Duration visibleWithin) {
    this(store, entities, indexer, threads, settle, new Parser(),
        (page, outcome, id, published, reason) -> { }, documentIds, visibleWithin);
  }

  /**
   * An ingest whose pages are read by {@code parser}, telling {@code listener} of each;
   * {@code documentIds} tells the site's document id from a page's URL (null for none).
   */
  Ingest(TranscriptStore store, EntityRecognition entities, Supplier<Indexer> indexer,
      int threads, Duration settle, Parser parser, Listener listener,
      Function<String, DocumentId> documentIds, Duration visibleWithin) {
    this.store = store;
    this.pipeline = new Pipeline<>(store, entities, indexer, threads, settle,
        (page, error) -> fail(page, "failed with " + error), visibleWithin);
    this.parser = parser;
    this.listener = listener;
    this.documentIds = documentIds;
  }

  IngestSummary run(List<PageInput> pages, Duration every, Consumer<IngestProgress> progress)
      throws InterruptedException {
    return run(pages, pages.size(), every, progress);
  }

  /** An ingest of pages that may still be arriving; see {@link Pipeline#run(Iterable, long,
   * Consumer, Duration, Consumer)}. */
  IngestSummary run(Iterable<PageInput> pages, long total, Duration every,
      Consumer<IngestProgress> progress) throws InterruptedException {
    long start = System.nanoTime();
    int repaired = pipeline.run(pages, total, this::handle, every, progress);
    List<IngestSummary.Failure> failed = new ArrayList<>(failures);
    failed.sort(Comparator.comparing(IngestSummary.Failure::page));
    List<IngestSummary.Failure> others = new ArrayList<>(notTranscripts);
    others.sort(Comparator.comparing(IngestSummary.Failure::page));
    return new IngestSummary((int) done.get(), added.get(), updated.get(), reread.get(),
        unchanged.get(), failed, bytes.get(), repaired,
        Duration.ofNanos(System.nanoTime() - start), others);
  }

  private void handle(PageInput input) {
    done.incrementAndGet();
    RawPage page;
    try {
      page = input.reader().read();
    } catch (IOException e) {
      fail(input, "cannot read: " + e.getMessage());
      return;
    }
    bytes.addAndGet(page.bytes().length);
    Optional<HeldSource> held = store.held(page);
    if (held.isPresent() && held.get().readBy() >= Parser.VERSION) {
      unchanged.incrementAndGet();
      listener.done(input, "unchanged", held.get().id(), null, null);
      return;
    }
    Publication parsed;
    try {
      parsed = parser.parse(page);
    } catch (ParseException e) {
      if (input.anyPage() && held.isEmpty()) {
        notTranscripts.add(new IngestSummary.Failure(input.name(),
            "not a transcript: " + reason(input.name(), e.getMessage())));
        listener.done(input, "skipped", null, null, e.getMessage());
        return;
      }
      fail(input, kept(held) + reason(input.name(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      // A parser bug on one page must not cost the others; the page is named with the error,
      // counted as failed, and the ingest exits 1.
      fail(input, kept(held) + "the parser failed: " + e);
      return;
    }
    Recognition recognition;
    try {
      recognition = pipeline.recognize(parsed);
    } catch (RuntimeException e) {
      // A recognizer bug on one page must not cost the others: named, counted, exit code 1.
      fail(input, kept(held) + "entity recognition failed: " + e);
      return;
    }
    PutResult result;
    try {
      DocumentId documentId = documentIds.apply(page.url());
      PreparedPut put = held.isPresent()
          ? store.prepareReread(held.get().id(), held.get().version(), parsed, Parser.VERSION,
              recognition, documentId)
          : store.prepare(page, parsed, Parser.VERSION, recognition, documentId);
      result = pipeline.store(put, parsed, recognition);
    } catch (StoreException e) {
      fail(input, "cannot store: " + e.getMessage());
      return;
    }
    String outcome = switch (result.outcome()) {
      case ADDED -> {
        added.incrementAndGet();
        yield "new";
      }
      case UPDATED -> {
        updated.incrementAndGet();
        yield "changed";
      }
      case REREAD, REREAD_SAME -> {
        reread.incrementAndGet();
        yield "unchanged";
      }
      case UNCHANGED -> {
        unchanged.incrementAndGet();
        yield "unchanged";
      }
    };
    listener.done(input, outcome, result.id(),
        parsed.published() == null ? null : parsed.published().toString(), null);
  }

  /** What a failed re-read leaves in place, before its reason; nothing for a new page. */
  private static String kept(Optional<HeldSource> held) {
    return held.map(h -> Reparse.kept("version " + h.version() + " of " + h.id(), h.readBy()))
        .orElse("");
  }

  private void fail(PageInput page, String reason) {
    failures.add(new IngestSummary.Failure(page.name(), reason));
    listener.done(page, "failed", null, null, reason);
  }

  /** The parser's message without the page name it starts with (the summary names the page). */
  static String reason(String page, String message) {
    return message.startsWith(page + ": ") ? message.substring(page.length() + 2) : message;
  }
}
