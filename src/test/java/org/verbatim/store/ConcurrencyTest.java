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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

@ParameterizedClass
@EnumSource(Backend.class)
class ConcurrencyTest {

  static final int THREADS = 4;
  static final int SHARED = 100;
  static final int OWN = 50;

  @Parameter Backend backend;
  @TempDir Path archive;
  TestDatabase database;

  @BeforeEach
  void create() {
    database = backend.newDatabase(archive);
  }

  @Test
  void threads_putting_the_same_and_different_pages_add_each_publication_exactly_once()
      throws Exception {
    List<Parsed> shared = IntStream.range(0, SHARED).mapToObj(Pages::numbered).toList();
    Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();
    try (TranscriptStore store = database.open()) {
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
    try (TranscriptStore store = database.open()) {
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

  /**
   * Two stores on one database, as two processes would have, each with two threads: all put the
   * same pages, then all put a changed version of every fourth of them. Each publication is added
   * once and each change stored once, whichever store comes first.
   */
  @Test
  void two_stores_putting_overlapping_pages_at_once_store_each_publication_and_version_once()
      throws Exception {
    List<Parsed> shared = IntStream.range(0, SHARED).mapToObj(Pages::numbered).toList();
    List<Parsed> changed = IntStream.range(0, SHARED).filter(n -> n % 4 == 0)
        .mapToObj(KillTest::changed).toList();
    Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();
    CyclicBarrier allAdded = new CyclicBarrier(THREADS);
    try (TranscriptStore one = database.open(); TranscriptStore other = database.open()) {
      runTogether(thread -> {
        TranscriptStore store = thread % 2 == 0 ? one : other;
        for (List<Parsed> phase : List.of(shared, changed)) {
          List<Parsed> pages = new ArrayList<>(phase);
          Collections.shuffle(pages, new Random(thread));
          for (Parsed page : pages) {
            Outcome outcome = store.put(page.page(), page.publication()).outcome();
            outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
          }
          allAdded.await(1, TimeUnit.MINUTES);
        }
      });

      assertThat(outcomes.get(Outcome.ADDED)).hasValue(SHARED);
      assertThat(outcomes.get(Outcome.UPDATED)).hasValue(changed.size());
      assertThat(outcomes.get(Outcome.UNCHANGED))
          .hasValue((THREADS - 1) * (SHARED + changed.size()));
      assertThat(other.count()).isEqualTo(SHARED);
      for (int n = 0; n < SHARED; n++) {
        Parsed latest = n % 4 == 0 ? KillTest.changed(n) : Pages.numbered(n);
        String id = other.held(latest.page()).orElseThrow().id();
        assertThat(one.history(id)).extracting(StoredVersion::number)
            .containsExactlyElementsOf(n % 4 == 0 ? List.of(1, 2) : List.of(1));
        assertThat(one.publication(id).orElseThrow().publication())
            .isEqualTo(latest.publication());
      }
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
