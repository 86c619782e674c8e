package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

class ConcurrencyTest {

  static final int THREADS = 4;
  static final int SHARED = 100;
  static final int OWN = 50;

  @TempDir Path archive;

  @Test
  void threads_putting_the_same_and_different_pages_add_each_publication_exactly_once()
      throws Exception {
    List<Parsed> shared = IntStream.range(0, SHARED).mapToObj(Pages::numbered).toList();
    Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();
    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      runTogether(thread -> {
        List<Parsed> pages = new ArrayList<>(shared);
        IntStream.range(0, OWN).mapToObj(i -> Pages.numbered(1000 + thread * OWN + i))
            .forEach(pages::add);
        Collections.shuffle(pages, new Random(thread));
        for (Parsed page : pages) {
          Outcome outcome = store.put(page.page(), page.publication()).outcome();
          outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
          store.count();
        }
      });

      assertThat(outcomes.get(Outcome.ADDED)).hasValue(SHARED + THREADS * OWN);
      assertThat(outcomes.get(Outcome.UNCHANGED)).hasValue((THREADS - 1) * SHARED);
      assertThat(outcomes).doesNotContainKey(Outcome.UPDATED);
      assertThat(store.count()).isEqualTo(SHARED + THREADS * OWN);
      for (String id : store.ids()) {
        assertThat(store.history(id)).hasSize(1);
      }
    }
  }

  @Test
  void threads_changing_one_publication_at_once_get_distinct_consecutive_versions()
      throws Exception {
    Parsed first = Pages.numbered(7);
    List<Integer> versions = Collections.synchronizedList(new ArrayList<>());
    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      String id = store.put(first.page(), first.publication()).id();

      runTogether(thread -> {
        Parsed changed = Pages.interview(first.page().path(), first.publication().title(),
            "What did the talks number 7 bring?", "Answer as told by thread " + thread + ".");
        PutResult result = store.put(changed.page(), changed.publication());
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.id()).isEqualTo(id);
        versions.add(result.version());
      });

      assertThat(versions).containsExactlyInAnyOrder(2, 3, 4, 5);
      assertThat(store.history(id)).extracting(StoredVersion::number)
          .containsExactly(1, 2, 3, 4, 5);
      assertThat(store.publication(id).orElseThrow().version()).isEqualTo(5);
    }
  }

  interface Work {
    void run(int thread) throws Exception;
  }

  /** Starts {@link #THREADS} threads at one moment and rethrows the first failure of any. */
  private static void runTogether(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          work.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
