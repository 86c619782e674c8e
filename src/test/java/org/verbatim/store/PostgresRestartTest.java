package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;
import org.verbatim.testing.TestPostgres;

/**
 * The PostgreSQL server restarts, or stays away, while a store puts pages: the store reconnects
 * and goes on, or gives up with a message saying so; either way nothing is half-written and
 * putting the same pages again completes the archive. (SQLite has no server to lose.)
 */
class PostgresRestartTest {

  static final int PAGES = 300;

  @Test
  void puts_go_on_across_two_restarts_of_the_server_and_store_every_page_once()
      throws Exception {
    TestPostgres.Database database = TestPostgres.newDatabase();
    AtomicInteger done = new AtomicInteger();
    try (TranscriptStore store =
        TranscriptStore.open(database.url(), database.user(), database.password())) {
      CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
        for (int n = 0; n < PAGES; n++) {
          putWithChange(store, n);
          done.incrementAndGet();
        }
      });

      List<Integer> restartedAfter = new java.util.ArrayList<>();
      for (int after : List.of(40, 140)) {
        while (done.get() < after && !loop.isDone()) {
          Thread.onSpinWait();
        }
        restartedAfter.add(done.get());
        TestPostgres.restart();
      }
      loop.get(2, TimeUnit.MINUTES);

      assertThat(restartedAfter).as("pages put before each restart").allMatch(n -> n < PAGES);
      assertEveryPageOnce(store);
      for (int n = 0; n < PAGES; n++) {
        Parsed latest = n % 3 == 0 ? KillTest.changed(n) : Pages.numbered(n);
        assertThat(store.put(latest.page(), latest.publication()).outcome()).as("page %d", n)
            .isEqualTo(Outcome.UNCHANGED);
      }
    }
  }

  @Test
  void a_server_that_stays_away_fails_the_put_by_name_and_a_rerun_completes_it() {
    TestPostgres.Database database = TestPostgres.newDatabase();
    try (TranscriptStore store = TranscriptStore.open(database.url(), database.user(),
        database.password(), Duration.ofSeconds(2))) {
      putWithChange(store, 0);
      Parsed page = Pages.numbered(1);

      TestPostgres.stop();
      try {
        assertThatThrownBy(() -> store.put(page.page(), page.publication()))
            .isInstanceOf(StoreException.class)
            .hasMessageStartingWith("Could not look up " + Identity.key(page.page(),
                page.publication()) + " in database " + database.url() + ": the connection to"
                + " the database was lost and could not be made again within 2 s (")
            .hasMessageEndingWith(" refused. Check that the hostname and port are correct and"
                + " that the postmaster is accepting TCP/IP connections.");
      } finally {
        TestPostgres.start();
      }

      for (int n = 0; n < 3; n++) {
        putWithChange(store, n);
      }
      assertThat(store.count()).isEqualTo(3);
    }
  }

  /** Page {@code n}, and for every third page a changed version after it. */
  private static void putWithChange(TranscriptStore store, int n) {
    Parsed page = Pages.numbered(n);
    store.put(page.page(), page.publication());
    if (n % 3 == 0) {
      Parsed changed = KillTest.changed(n);
      store.put(changed.page(), changed.publication());
    }
  }

  private static void assertEveryPageOnce(TranscriptStore store) {
    assertThat(store.count()).isEqualTo(PAGES);
    for (int n = 0; n < PAGES; n++) {
      Parsed latest = n % 3 == 0 ? KillTest.changed(n) : Pages.numbered(n);
      String id = store.held(latest.page()).orElseThrow().id();
      assertThat(store.history(id)).as("page %d", n).extracting(StoredVersion::number)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, n % 3 == 0 ? 2 : 1).boxed()
              .toList());
      assertThat(store.publication(id).orElseThrow().publication()).as("page %d", n)
          .isEqualTo(latest.publication());
    }
  }
}
