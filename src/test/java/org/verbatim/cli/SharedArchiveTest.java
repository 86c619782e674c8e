package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.CheckReport;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.index.Indexer;
import org.verbatim.input.PageFiles;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.parse.Parser;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.Identity;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.TestCloud;
import org.verbatim.testing.TestPostgres;
import org.verbatim.web.Server;

/**
 * An archive on PostgreSQL and SolrCloud is shared: several processes ingest into it and serve it
 * at once, and it rides out a Solr node going down and PostgreSQL restarting. Every case ends
 * with store and index in agreement.
 */
class SharedArchiveTest {

  static final long SEED = 17;

  @TempDir Path dir;
  Path archive;
  ArchiveConfig config;

  @BeforeEach
  void newArchive() throws Exception {
    archive = dir.resolve("archive");
    config = ArchiveBackend.SERVERS.newArchive(archive);
  }

  @AfterEach
  void dispose() {
    ArchiveBackend.SERVERS.dispose(config);
  }

  @Test
  void two_ingests_of_overlapping_folders_at_once_store_every_publication_and_version_once()
      throws Exception {
    Path first = pages("first", 0, 160);
    Path second = pages("second", 80, 240);

    Process a = ChildJvm.startMerged(Main.class, "ingest", first.toString(), "--archive",
        archive.toString());
    Process b = ChildJvm.startMerged(Main.class, "ingest", second.toString(), "--archive",
        archive.toString());
    Ended endedA = Ended.of(a);
    Ended endedB = Ended.of(b);

    assertThat(endedA.exit()).as(endedA.out()).isZero();
    assertThat(endedB.exit()).as(endedB.out()).isZero();
    Map<String, Set<String>> expected = expectedIds(first, second);
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().ids()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      for (String id : expected.keySet()) {
        assertThat(opened.store().history(id)).as(id).hasSize(1);
      }
      assertClean(opened.check());
    }
  }

  @Test
  void check_and_repair_during_two_ingests_never_report_or_drop_a_publication_being_written()
      throws Exception {
    Path first = pages("first", 0, 150);
    Path second = pages("second", 150, 300);
    try (Archive watching = Archive.open(archive, "check")) {
      assertClean(watching.check()); // the index open before the writers start

      Process a = ChildJvm.startMerged(Main.class, "ingest", first.toString(), "--archive",
          archive.toString());
      Process b = ChildJvm.startMerged(Main.class, "ingest", second.toString(), "--archive",
          archive.toString());
      CompletableFuture<Ended> endedA = CompletableFuture.supplyAsync(() -> Ended.of(a));
      CompletableFuture<Ended> endedB = CompletableFuture.supplyAsync(() -> Ended.of(b));
      List<CheckReport> seen = new ArrayList<>();
      List<Boolean> overlapped = new ArrayList<>();
      int repaired = 0;
      while (!(endedA.isDone() && endedB.isDone())) {
        long before = watching.store().count();
        seen.add(watching.check());
        repaired += watching.repair();
        overlapped.add(watching.store().count() > before);
      }
      assertThat(endedA.get().exit()).as(endedA.get().out()).isZero();
      assertThat(endedB.get().exit()).as(endedB.get().out()).isZero();

      // The checks and repairs ran while the writers were writing, not only before or after.
      assertThat(overlapped).contains(true);
      assertThat(seen).allSatisfy(SharedArchiveTest::assertClean);
      assertThat(repaired).isZero();
      assertThat(watching.store().ids())
          .containsExactlyInAnyOrderElementsOf(expectedIds(first, second).keySet());
      assertClean(watching.check());
    }
  }

  @Test
  void a_publication_dropped_from_the_index_is_reported_though_the_check_waits_for_writers()
      throws Exception {
    assertThat(Cli.run("ingest", pages("pages", 0, 20).toString(), "--archive",
        archive.toString()).exit()).isZero();
    try (Archive opened = Archive.open(archive, "check")) {
      String dropped = opened.store().ids().get(3);
      Indexer indexer = new Indexer(opened.index().client());
      indexer.delete(List.of(dropped));
      indexer.commit();

      CheckReport report = opened.check();

      assertThat(report.missing()).containsExactly(dropped);
      assertThat(opened.repair()).isEqualTo(1);
      assertClean(opened.check());
    }
  }

  @Test
  void a_server_answers_searches_while_another_process_ingests() throws Exception {
    Path pages = pages("pages", 0, 200);
    try (Archive opened = Archive.open(archive, "serve");
        Server server = Server.start(opened.store(), opened.searcher(), "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      URI search = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?q=the");

      Process ingest = ChildJvm.startMerged(Main.class, "ingest", pages.toString(), "--archive",
          archive.toString());
      CompletableFuture<Ended> ended = CompletableFuture.supplyAsync(() -> Ended.of(ingest));
      List<Integer> statuses = new ArrayList<>();
      while (!ended.isDone()) {
        statuses.add(http.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(30))
            .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        Thread.sleep(100); // a reader's pace, leaving the ingest its share of the cores
      }

      assertThat(ended.get().exit()).as(ended.get().out()).isZero();
      assertThat(statuses).hasSizeGreaterThan(1).containsOnly(200);
      assertThat(opened.store().count()).isEqualTo(expectedIds(pages).size());
      assertClean(opened.check());
    }
  }

  @Test
  void with_one_solr_node_down_searches_are_complete_and_an_ingest_completes() throws Exception {
    Path before = pages("before", 0, 60);
    Path during = pages("during", 60, 120);
    assertThat(Cli.run("ingest", before.toString(), "--archive", archive.toString()).exit())
        .isZero();
    long total;
    try (Archive opened = Archive.open(archive, "test")) {
      total = opened.searcher().search(SearchRequest.of("the")).total();
    }

    TestCloud.stopNode(1, Archive.cloudSettings(config));
    Cli ingest;
    long totalDuring;
    try {
      try (Archive opened = Archive.open(archive, "test")) {
        totalDuring = opened.searcher().search(SearchRequest.of("the")).total();
      }
      ingest = Cli.run("ingest", during.toString(), "--archive", archive.toString());
    } finally {
      TestCloud.startNode(1, Archive.cloudSettings(config));
    }

    assertThat(totalDuring).isEqualTo(total);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().count()).isEqualTo(expectedIds(before, during).size());
      assertClean(opened.check());
    }
  }

  @Test
  void a_search_on_a_shard_with_no_live_replica_is_refused_with_503_not_given_partial_counts()
      throws Exception {
    config = config.withIndex(config.index(), config.collection(), 2, 1); // one copy of each
    config.writeTo(archive);
    Path pages = pages("pages", 0, 40);
    assertThat(Cli.run("ingest", pages.toString(), "--archive", archive.toString()).exit())
        .isZero();
    String shard2Node = TestCloud.cluster().getZkStateReader().getClusterState()
        .getCollection(config.collection()).getSlice("shard2").getReplicas().iterator().next().getNodeName();
    int node = TestCloud.nodeName(0).equals(shard2Node) ? 0 : 1;

    try (Archive opened = Archive.open(archive, "serve");
        Server server = Server.start(opened.store(), opened.searcher(), "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      TestCloud.stopNode(node, Archive.cloudSettings(config));
      HttpResponse<String> api;
      HttpResponse<String> page;
      try {
        api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=the")).build(),
            HttpResponse.BodyHandlers.ofString());
        page = http.send(HttpRequest.newBuilder(URI.create(base + "/search?q=the")).build(),
            HttpResponse.BodyHandlers.ofString());
      } finally {
        TestCloud.startNode(node, Archive.cloudSettings(config));
      }

      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(api.body()).contains("of collection " + config.collection(),
          "has no live replica: results would be incomplete");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains("has no live replica: results would be incomplete");
      HttpResponse<String> after = http.send(HttpRequest.newBuilder(
          URI.create(base + "/api/v1/search?q=the")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(after.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void an_ingest_while_postgresql_restarts_loses_nothing() throws Exception {
    Path pages = pages("pages", 0, 240);

    Process ingest = ChildJvm.startMerged(Main.class, "ingest", pages.toString(), "--archive",
        archive.toString());
    CompletableFuture<Ended> ended = CompletableFuture.supplyAsync(() -> Ended.of(ingest));
    try (Archive watching = Archive.open(archive, "test")) {
      while (watching.store().count() < 40 && !ended.isDone()) {
        Thread.sleep(50);
      }
    }
    TestPostgres.restart();
    Ended first = ended.get(5, TimeUnit.MINUTES);

    // Either the store rode out the restart, or the ingest stopped with a message naming it.
    if (first.exit() != 0) {
      assertThat(first.out()).contains("jdbc:postgresql://");
    }
    Cli again = Cli.run("ingest", pages.toString(), "--archive", archive.toString());
    assertThat(again.exit()).as(again.out() + again.err()).isZero();
    Map<String, Set<String>> expected = expectedIds(pages);
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().ids()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      for (String id : expected.keySet()) {
        assertThat(opened.store().history(id)).as(id).hasSize(1);
      }
      assertClean(opened.check());
    }
  }

  private static void assertClean(CheckReport report) {
    assertThat(report.clean()).as(CheckCommand.render(report)).isTrue();
  }

  /** Generated pages {@code from} (inclusive) to {@code to} in a folder of their own. */
  private Path pages(String name, int from, int to) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = from; i < to; i++) {
      GeneratedPage page = generator.page(SEED, i);
      Files.write(folder.resolve(page.fileName()), page.bytes());
    }
    return folder;
  }

  /** The publication ids the pages of {@code folders} make, each with its pages' contents. */
  private static Map<String, Set<String>> expectedIds(Path... folders) throws Exception {
    Map<String, Set<String>> ids = new HashMap<>();
    for (Path file : PageFiles.find(List.of(folders))) {
      RawPage page = PageFiles.read(file);
      String id = Identity.id(Identity.key(page, new Parser().parse(page)));
      ids.computeIfAbsent(id, k -> new HashSet<>()).add(Hashes.sha256Hex(page.bytes()));
    }
    // The same generated page in two folders is one version: the fixture has no real updates.
    assertThat(ids.values()).allSatisfy(contents -> assertThat(contents).hasSize(1));
    return ids;
  }

  /** A child process's exit code and everything it printed. */
  private record Ended(int exit, String out) {
    static Ended of(Process process) {
      try (InputStream in = process.getInputStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return new Ended(process.waitFor(), out.toString(UTF_8));
      } catch (Exception e) {
        throw new IllegalStateException("Could not wait for the child process", e);
      }
    }
  }
}
