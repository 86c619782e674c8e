package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredVersion;
import org.verbatim.store.TranscriptStore;

/**
 * An ingest in a JVM of its own is killed with SIGKILL at a random moment while it stores and
 * indexes; ingesting again completes the archive, and store and index agree.
 *
 * <p>{@value #DEFAULT_PAGES} pages by default, to keep the suite short on two cores; run with
 * {@code -Dverbatim.killTest.pages=10000} for the full-size test.
 */
class IngestKillTest {

  static final int DEFAULT_PAGES = 400;
  static final long GENERATOR_SEED = 3;

  @TempDir Path dir;

  @Test
  void an_ingest_killed_at_a_random_moment_is_completed_by_the_next_with_no_disagreement()
      throws Exception {
    int count = Integer.getInteger("verbatim.killTest.pages", DEFAULT_PAGES);
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < count; i++) {
      GeneratedPage page = generator.page(GENERATOR_SEED, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
    }
    Path archive = dir.resolve("archive");
    long seed = System.nanoTime();
    int killAt = 1 + new Random(seed).nextInt(count - 1);

    Process child = ChildJvm.start(Main.class, "ingest", pages.toString(),
        "--archive", archive.toString());
    child.getInputStream().close();
    long stored = waitForStored(archive, killAt, child);
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(stored).as("publications stored when killed (seed %d, kill at %d)", seed, killAt)
        .isBetween((long) killAt, (long) count - 1);

    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      List<StoredPublication> whole = new ArrayList<>();
      store.forEachLatest(whole::add);
      assertThat(whole).hasSize((int) store.count());
      for (StoredPublication p : whole) {
        assertThat(store.source(p.id())).isPresent();
        assertThat(store.history(p.id())).extracting(StoredVersion::number)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, p.version()).boxed().toList());
      }
    }

    Cli again = Cli.run("ingest", pages.toString(), "--archive", archive.toString());
    Cli check = Cli.run("check", "--archive", archive.toString());

    assertThat(again.exit()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).contains("  updated   0\n", "  failed    0\n");
    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(check.out()).contains("Store: " + String.format(java.util.Locale.ROOT, "%,d",
        count) + " publications").endsWith("0 disagreements\n");
  }

  /**
   * Waits until the child has stored at least {@code target} publications, reading the store as
   * it writes (SQLite's WAL lets a reader in beside the writer).
   */
  static long waitForStored(Path archive, int target, Process child) throws Exception {
    while (!Files.exists(archive.resolve(TranscriptStore.DATABASE_FILE))) {
      assertThat(child.isAlive()).as("the ingest is still running").isTrue();
      Thread.sleep(50);
    }
    try (TranscriptStore store = TranscriptStore.openSqlite(archive)) {
      while (true) {
        long stored = store.count();
        if (stored >= target) {
          return stored;
        }
        assertThat(child.isAlive()).as("the ingest ended before %d pages", target).isTrue();
        Thread.sleep(10);
      }
    }
  }
}
