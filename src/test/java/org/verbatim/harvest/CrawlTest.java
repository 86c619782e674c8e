package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.CheckReport;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ArchiveBackend;

/**
 * Crawls of the loopback site ({@link LoopbackSite}) into an archive on each backend: every
 * document once, every bad answer named, nothing disallowed fetched, a second crawl fetching only
 * what changed, and the crawl's WARC files ingested into another archive giving the same
 * publications.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class CrawlTest {

  static final int DOCUMENTS = 24;
  static final String CONTACT = "crawl-tests@example.org";

  @Parameter
  ArchiveBackend backend;

  @TempDir Path dir;

  LoopbackSite site;
  Path archive;
  ArchiveConfig config;
  final List<ArchiveConfig> made = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    site = new LoopbackSite(DOCUMENTS, 11);
    site.start();
    archive = dir.resolve("archive");
    config = newArchive(archive);
    site.writeProfile(archive);
  }

  @AfterEach
  void stop() {
    site.close();
    made.forEach(backend::dispose);
  }

  ArchiveConfig newArchive(Path folder) throws Exception {
    ArchiveConfig created = backend.newArchive(folder).withContact(CONTACT);
    created.writeTo(folder);
    made.add(created);
    return created;
  }

  /**
   * No delay, a short time-out, and no revisits by date (the generated pages' dates are years
   * old anyway): what a crawl asks for again is decided by the listing and the sitemap.
   */
  static CrawlOptions options() {
    return new CrawlOptions(CONTACT, 0, null, Duration.ZERO, Duration.ofSeconds(2),
        CrawlOptions.DEFAULT_MAX_BYTES, 0, true);
  }

  CrawlSummary crawl() throws Exception {
    try (Archive opened = Archive.open(archive, "crawl")) {
      SiteProfile loopback = SiteProfiles.load(archive).byName("loopback").orElseThrow();
      return opened.crawl(List.of(loopback), options(), "test", Duration.ofSeconds(5),
          progress -> { });
    }
  }

  @Test
  void a_crawl_stores_every_document_once_and_names_every_bad_answer() throws Exception {
    CrawlSummary summary = crawl();

    Map<String, String> failures = new TreeMap<>();
    summary.failures().forEach(f -> failures.put(f.url().replace(site.base(), ""), f.reason()));
    assertThat(failures).containsOnlyKeys("/en/briefings/broken-server/",
        "/en/briefings/loop-b/", "/en/briefings/slow/", "/en/briefings/huge/");
    assertThat(failures.get("/en/briefings/broken-server/")).isEqualTo("HTTP 500, 3 tries");
    assertThat(failures.get("/en/briefings/loop-b/")).isEqualTo("redirect loop: "
        + site.base() + "/en/briefings/loop-b/ → " + site.base() + "/en/briefings/loop-a/ → "
        + site.base() + "/en/briefings/loop-b/");
    assertThat(failures.get("/en/briefings/slow/"))
        .isEqualTo("no complete answer within 2 s, 3 tries");
    assertThat(failures.get("/en/briefings/huge/")).startsWith("larger than the cap of");
    assertThat(summary.skipped()).as("the PDF and the PNG").isEqualTo(2);
    assertThat(summary.robots()).as("/private/ pages").isPositive();
    assertThat(site.requests()).noneMatch(r -> r.path().startsWith("/private/"));
    assertThat(site.count("/en/briefings/busy/")).isEqualTo(2);
    assertThat(site.concurrentPeak()).isEqualTo(1);

    try (Archive opened = Archive.open(archive, "check")) {
      TranscriptStore store = opened.store();
      List<String> urls = new ArrayList<>();
      store.forEachLatest(p -> urls.add(p.publication().source().url()));
      List<String> expected = site.documentPaths().stream().map(p -> site.base() + p).toList();
      assertThat(urls).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(summary.added()).isEqualTo(expected.size());
      for (String id : store.ids()) {
        assertThat(store.history(id)).hasSize(1);
      }
      List<StoredPublication> all = new ArrayList<>();
      store.forEachLatest(all::add);
      StoredPublication cp1251 = all.stream()
          .filter(p -> p.publication().source().url().endsWith("/cp1251/")).findFirst()
          .orElseThrow();
      assertThat(cp1251.publication().turns().get(0).paragraphs().get(0)).containsPattern(
          "\\p{IsCyrillic}");
      assertClean(opened.check());
    }
    for (String path : site.documentPaths()) {
      assertThat(site.fullResponses(path)).as(path).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void a_second_crawl_fetches_only_what_is_new_or_changed() throws Exception {
    crawl();
    int changedId = LoopbackSite.FIRST_ID + 3;
    site.change(changedId);
    int addedId = site.add();
    site.reset();

    CrawlSummary again = crawl();

    assertThat(again.added()).as(again.toString()).isEqualTo(2);
    assertThat(again.changed()).as(again.toString()).isEqualTo(1);
    List<String> documents = site.requests().stream()
        .filter(r -> r.path().matches("/(en|ru)/briefings/\\d+/"))
        .map(r -> r.path() + " " + r.status()).sorted().toList();
    assertThat(documents).as("documents asked for: only what the listing and the sitemap say"
        + " is new or changed").containsExactlyInAnyOrder(
        "/en/briefings/" + addedId + "/ 200", "/en/briefings/" + changedId + "/ 200",
        "/ru/briefings/" + addedId + "/ 200");

    site.reset();
    CrawlSummary quiet = crawl();

    assertThat(site.requests()).filteredOn(r -> r.path().equals("/en/briefings/")
        || r.path().equals("/sitemap.xml")).extracting(SiteRequest::status).containsOnly(304);
    assertThat(site.requests()).noneMatch(r -> r.path().matches("/(en|ru)/briefings/\\d+/"));
    assertThat(quiet.added() + quiet.changed()).isZero();
    try (Archive opened = Archive.open(archive, "check")) {
      assertClean(opened.check());
    }
  }

  @Test
  void the_warc_files_of_a_crawl_ingested_into_another_archive_give_the_same_publications()
      throws Exception {
    crawl();
    site.change(LoopbackSite.FIRST_ID);
    crawl(); // a second version of one page, and revisit records
    Path copy = dir.resolve("copy");
    newArchive(copy);
    try (Stream<Path> files = Files.list(archive.resolve(WarcLog.FOLDER))) {
      assertThat(files.filter(f -> f.toString().endsWith(".warc.gz"))).hasSizeGreaterThan(1);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    int exit = org.verbatim.cli.Main.run(new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(out, true), "ingest", archive.resolve(WarcLog.FOLDER).toString(),
        "--archive", copy.toString());

    assertThat(exit).as(out.toString()).isZero();
    assertThat(publications(copy)).isEqualTo(publications(archive));
  }

  /** Every publication's id with its versions' source hashes, in order. */
  static Map<String, List<String>> publications(Path folder) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    try (Archive opened = Archive.open(folder, "read")) {
      TranscriptStore store = opened.store();
      for (String id : store.ids()) {
        out.put(id, store.history(id).stream().map(v -> v.sourceSha256()).toList());
      }
    }
    return out;
  }

  static void assertClean(CheckReport report) {
    assertThat(report.disagreements()).as(report.toString()).isZero();
  }
}
