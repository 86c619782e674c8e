package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.cli.Main;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ArchiveBackend;

/**
 * A crawl in a JVM of its own is killed with SIGKILL at a random moment; the next crawl resumes
 * the run, and the archive ends with every document once, in one version, nothing fetched twice
 * but the one request that was in flight, and store and index in agreement.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class CrawlKillTest {

  static final int DOCUMENTS = 40;

  @Parameter
  ArchiveBackend backend;

  @TempDir Path dir;

  LoopbackSite site;
  ArchiveConfig config;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
    if (config != null) {
      backend.dispose(config);
    }
  }

  @Test
  void a_crawl_killed_at_a_random_moment_is_resumed_with_every_document_once() throws Exception {
    site = new LoopbackSite(DOCUMENTS, 5);
    site.start();
    Path archive = dir.resolve("archive");
    config = backend.newArchive(archive).withContact(CrawlTest.CONTACT);
    config.writeTo(archive);
    site.writeProfile(archive);
    long seed = System.nanoTime();
    int killAt = 1 + new Random(seed).nextInt(DOCUMENTS);
    String[] crawl = {"crawl", "loopback", "--archive", archive.toString(), "--delay", "0.02",
        "--timeout", "2"};

    Process child = start(crawl);
    long stored = waitForStored(archive, killAt, child);
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(stored).as("stored when killed (seed %d)", seed).isGreaterThanOrEqualTo(killAt);

    StringWriter out = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(out, true), crawl);
    StringWriter checked = new StringWriter();
    int check = Main.run(new PrintWriter(checked, true), new PrintWriter(checked, true), "check",
        "--archive", archive.toString());

    assertThat(out.toString()).as("seed %d", seed).contains("(resumed)");
    assertThat(exit).as(out.toString()).isEqualTo(1); // the site's faults are named
    assertThat(check).as(checked.toString()).isZero();
    try (TranscriptStore store = openStore(archive)) {
      List<String> urls = new ArrayList<>();
      List<StoredPublication> all = new ArrayList<>();
      store.forEachLatest(all::add);
      all.forEach(p -> urls.add(p.publication().source().url()));
      assertThat(urls).containsExactlyInAnyOrderElementsOf(
          site.documentPaths().stream().map(p -> site.base() + p).toList());
      assertThat(all).allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
    }
    List<String> twice = site.documentPaths().stream()
        .filter(p -> site.fullResponses(p) > 1).toList();
    assertThat(twice).as("documents sent twice (seed %d)", seed).hasSizeLessThanOrEqualTo(1);
  }

  private Process start(String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private long waitForStored(Path archive, int target, Process child) throws Exception {
    while (config.embeddedStore()
        && !Files.exists(archive.resolve(TranscriptStore.DATABASE_FILE))) {
      assertThat(child.isAlive()).as("the crawl is still running").isTrue();
      Thread.sleep(50);
    }
    try (TranscriptStore store = openStore(archive)) {
      while (true) {
        long stored = store.count();
        if (stored >= target) {
          return stored;
        }
        assertThat(child.isAlive()).as("the crawl ended before %d documents", target).isTrue();
        Thread.sleep(10);
      }
    }
  }

  private TranscriptStore openStore(Path archive) {
    return config.embeddedStore() ? TranscriptStore.openSqlite(archive)
        : TranscriptStore.open(config.storeUrl(), config.storeUser(), config.storePassword());
  }
}
