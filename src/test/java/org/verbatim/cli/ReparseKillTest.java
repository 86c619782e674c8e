package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredVersion;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.OlderReading;

/**
 * A reparse in a JVM of its own is killed with SIGKILL at a random moment while it reads and
 * stores: every publication is then either as it was or read again, never between, and the next
 * reparse completes the rest with store and index in agreement. The set-up stores every page as
 * an older parser (version 1) read it, its last turn lost, so that every re-read is a new version.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class ReparseKillTest {

  static final int EMBEDDED_PAGES = 1_000;
  static final int SERVER_PAGES = 300;

  @Parameter
  ArchiveBackend backend;
  ArchiveConfig config;
  @TempDir Path dir;

  @AfterEach
  void dispose() {
    if (config != null) {
      backend.dispose(config);
    }
  }

  @Test
  void a_reparse_killed_at_a_random_moment_leaves_each_publication_whole_and_the_next_completes()
      throws Exception {
    int count = backend == ArchiveBackend.EMBEDDED ? EMBEDDED_PAGES : SERVER_PAGES;
    Path archive = dir.resolve("archive");
    config = backend.newArchive(archive);
    Map<String, Publication> older = storeAsAnOlderParserReadThem(archive, count);
    long seed = System.nanoTime();
    // Within the first nine tenths: close to the end, the child may finish the last few between
    // one look at the store and the kill (seen at 998 of 1,000), and there is nothing to kill.
    int killAt = 1 + new Random(seed).nextInt(count - count / 10);

    Process child = ChildJvm.start(Main.class, "reparse", "--archive", archive.toString());
    child.getInputStream().close();
    long reread = waitForReread(archive, config, count, killAt, child);
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(reread).as("publications read again when killed (seed %d, kill at %d)", seed,
        killAt).isBetween((long) killAt, (long) count - 1);

    int left;
    try (TranscriptStore store = IngestKillTest.openStore(archive, config)) {
      left = store.readBefore(Parser.VERSION).size();
      for (Map.Entry<String, Publication> entry : older.entrySet()) {
        String id = entry.getKey();
        StoredPublication latest = store.publication(id).orElseThrow();
        List<StoredVersion> history = store.history(id);
        assertThat(history).as(id).hasSize(latest.version());
        if (latest.version() == 1) {
          assertThat(latest.publication()).as("%s as before", id).isEqualTo(entry.getValue());
          assertThat(history.get(0).readBy()).isEqualTo(1);
        } else {
          assertThat(latest.version()).as(id).isEqualTo(2);
          assertThat(history.get(1).rereadOf()).isEqualTo(1);
          assertThat(latest.publication().turns()).as("%s read again", id)
              .hasSize(entry.getValue().turns().size() + 1);
        }
      }
    }

    Cli again = Cli.run("reparse", "--archive", archive.toString());
    Cli check = Cli.run("check", "--archive", archive.toString());

    assertThat(again.exit()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).contains("Read " + left + " publications again",
        "  changed   " + left + "\n", "  failed    0\n");
    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(check.out()).endsWith("0 disagreements\n");
    try (TranscriptStore store = IngestKillTest.openStore(archive, config)) {
      assertThat(store.readBefore(Parser.VERSION)).isEmpty();
      assertThat(store.latestVersions().values()).containsOnly(2);
    }
  }

  /**
   * Stores {@code count} generated pages as an older parser read them (the last turn lost), and
   * indexes them; returns each publication's older reading by id.
   */
  static Map<String, Publication> storeAsAnOlderParserReadThem(Path archive, int count)
      throws Exception {
    Map<String, Publication> out = new HashMap<>();
    Generator generator = new Generator(GeneratorOptions.defaults());
    Parser parser = new Parser();
    try (Archive opened = Archive.open(archive, "test")) {
      for (int i = 0; out.size() < count; i++) {
        GeneratedPage generated = generator.page(7, i);
        RawPage page = generated.rawPage();
        Publication current = parser.parse(page);
        if (current.turns().isEmpty()) {
          continue;
        }
        Publication lost = OlderReading.lastTurnLost(current);
        PutResult added = opened.store().put(page, lost, 1);
        assertThat(added.outcome()).as(generated.fileName()).isEqualTo(PutResult.Outcome.ADDED);
        out.put(added.id(), opened.store().publication(added.id()).orElseThrow().publication());
      }
      opened.reindex();
    }
    return out;
  }

  /** Waits until the child has read at least {@code target} publications again. */
  static long waitForReread(Path archive, ArchiveConfig config, int count, int target,
      Process child) throws Exception {
    try (TranscriptStore store = IngestKillTest.openStore(archive, config)) {
      while (true) {
        long reread = count - store.readBefore(Parser.VERSION).size();
        if (reread >= target) {
          return reread;
        }
        assertThat(child.isAlive()).as("the reparse ended before %d publications", target)
            .isTrue();
        Thread.sleep(10);
      }
    }
  }
}
