package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opens at most its pool's reading connections, and says so when they run out. */
class PoolTest {

  @Test
  void a_read_that_finds_every_connection_in_use_fails_after_the_wait_naming_the_setting(
      @TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("pool.db");
    try (Connections db = new Connections(url, url, TranscriptStore.sqlite(new java.util.Properties()),
        "database pool.db", Connections.Vendor.SQLITE, Duration.ofSeconds(1),
        new Pool(1, Duration.ofMillis(200)))) {
      AtomicReference<RuntimeException> refused = new AtomicReference<>();

      int answer = db.read("hold the only reader", c -> {
        Thread other = Thread.ofVirtual().start(() -> {
          try {
            db.read("read meanwhile", inner -> 2);
          } catch (RuntimeException e) {
            refused.set(e);
          }
        });
        try {
          other.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return 1;
      });

      assertThat(answer).isEqualTo(1);
      assertThat(refused.get()).isInstanceOf(StoreException.class).hasMessage(
          "Could not read meanwhile in database pool.db: all 1 reading connections stayed in use"
              + " for 200 ms (store.max-connections)");
      int after = db.read("read after", c -> 3);
      assertThat(after).isEqualTo(3); // the connection came back
    }
    assertThat(Files.exists(dir.resolve("pool.db"))).isTrue();
  }

  @Test
  void a_pool_needs_a_reader() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pool(0, Pool.WAIT))
        .hasMessage("A store needs at least 1 reading connection, not 0");
  }
}
