package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.testing.TestWarc.BRIEFING;
import static org.verbatim.testing.TestWarc.FIRST_FETCH;
import static org.verbatim.testing.TestWarc.INTERVIEW;
import static org.verbatim.testing.TestWarc.RUSSIAN;
import static org.verbatim.testing.TestWarc.SECOND_FETCH;
import static org.verbatim.testing.TestWarc.SITE;
import static org.verbatim.testing.TestWarc.STATEMENT;
import static org.verbatim.testing.TestWarc.STATEMENT_PRINT;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.archive.WarcInputs;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.harvest.WarcLog;
import org.verbatim.input.RawPage;
import org.verbatim.input.WarcPages;
import org.verbatim.internal.Hashes;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.store.Identity;
import org.verbatim.store.StoredVersion;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.TestWarc;

/** {@code verbatim ingest} given WARC files: what becomes a publication, a version, a skip. */
class WarcIngestTest {

  @TempDir
  Path dir;

  Path archive(String name) throws Exception {
    Path archive = dir.resolve(name);
    ArchiveBackend.EMBEDDED.newArchive(archive);
    return archive;
  }

  static String id(String url) {
    return Identity.id("url:" + url);
  }

  @Test
  void a_warc_page_belongs_to_the_publication_its_url_names() {
    assertThat(WarcInputs.idOf("HTTPS://mfa.example.org:443/en/a#top"))
        .isEqualTo(id("https://mfa.example.org/en/a"));
  }

  @Test
  void a_warc_becomes_publications_by_url_with_versions_in_fetch_order_and_skips_listed()
      throws Exception {
    Path archive = archive("archive");
    TestWarc.Sample sample = TestWarc.sample(dir.resolve("crawl.warc.gz"));
    Map<String, Long> at = sample.offsets();
    Path file = sample.file();

    Cli run = Cli.run("ingest", file.toString(), "--archive", archive.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("\nIngested 7 pages ").contains("""
          added     5
          updated   1
          re-read   0
          unchanged 1
          skipped   5 (WARC records that hold no page, or a page that is no transcript)
            %1$s#%2$d %3$s/en/missing: HTTP 404
            %1$s#%4$d %3$s/logo.png: not a page: image/png
            %1$s#%5$d %3$s/en/interviews/latest: redirect: HTTP 301 to %6$s
            %1$s#%7$d %6$s: revisit: not modified since 2017-03-02T19:00:00Z
            %1$s#%8$d: truncated record at offset %8$d: the file ends inside it (unexpected end of gzip stream)
          failed    0
        """.formatted(file, at.get("404"), SITE, at.get("png"), at.get("redirect"), INTERVIEW,
        at.get("not modified"), at.get("last")));
    try (Archive opened = Archive.open(archive, "test")) {
      TranscriptStore store = opened.store();
      assertThat(store.ids()).containsExactlyInAnyOrder(id(INTERVIEW), id(STATEMENT),
          id(STATEMENT_PRINT), id(BRIEFING), id(RUSSIAN));

      List<StoredVersion> interview = store.history(id(INTERVIEW));
      assertThat(interview).extracting(StoredVersion::number, StoredVersion::fetchedAt)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, FIRST_FETCH),
              org.assertj.core.groups.Tuple.tuple(2, SECOND_FETCH));
      assertThat(text(store.version(id(INTERVIEW), 1).orElseThrow().publication()))
          .contains("all three days");
      assertThat(text(store.version(id(INTERVIEW), 2).orElseThrow().publication()))
          .contains("all four days", "same meadow");

      assertThat(store.history(id(STATEMENT))).extracting(StoredVersion::fetchedAt)
          .containsExactly(FIRST_FETCH.plusSeconds(10));
      assertThat(store.history(id(STATEMENT_PRINT))).extracting(StoredVersion::fetchedAt)
          .containsExactly(SECOND_FETCH.plusSeconds(10));

      Publication russian = store.publication(id(RUSSIAN)).orElseThrow().publication();
      assertThat(russian.title()).startsWith("Интервью Министра иностранных дел Ивана Петрова");
      assertThat(text(russian)).contains("Ярмарка прошла хорошо, погода держалась все три дня.");
      assertThat(russian.source().url()).isEqualTo(RUSSIAN);
    }
  }

  @Test
  void a_folder_is_walked_for_warc_files_beside_pages_and_ingesting_it_again_adds_nothing()
      throws Exception {
    Path archive = archive("archive");
    Path folder = Files.createDirectories(dir.resolve("input/crawls"));
    TestWarc.sample(folder.resolve("crawl.warc.gz"));
    Files.writeString(dir.resolve("input/fair.txt"), ArchiveCommandsTest.PAGE, UTF_8);

    Cli first = Cli.run("ingest", dir.resolve("input").toString(), "--archive",
        archive.toString());
    Cli second = Cli.run("ingest", dir.resolve("input").toString(), "--archive",
        archive.toString());

    assertThat(first.exit()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("\nIngested 8 pages ")
        .contains("  added     6\n", "  updated   1\n", "  unchanged 1\n", "  skipped   5 (",
            "  failed    0\n");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("\nIngested 8 pages ")
        .contains("  added     0\n", "  updated   0\n", "  unchanged 8\n", "  skipped   5 (")
        .doesNotContain("older");
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().history(id(INTERVIEW))).hasSize(2);
    }
  }

  @Test
  void a_fetch_older_than_the_archives_latest_version_of_its_url_is_set_aside_and_named()
      throws Exception {
    Path archive = archive("archive");
    Path newer = dir.resolve("b-newer.warc.gz");
    Path older = dir.resolve("a-older.warc.gz");
    try (TestWarc warc = TestWarc.create(newer)) {
      warc.response(INTERVIEW, SECOND_FETCH, "200 OK", List.of("Content-Type: text/html"),
          TestWarc.INTERVIEW_V2.getBytes(UTF_8));
    }
    long at;
    try (TestWarc warc = TestWarc.create(older)) {
      at = warc.response(INTERVIEW, FIRST_FETCH, "200 OK", List.of("Content-Type: text/html"),
          TestWarc.INTERVIEW_V1.getBytes(UTF_8));
    }
    Cli.run("ingest", newer.toString(), "--archive", archive.toString());

    Cli run = Cli.run("ingest", older.toString(), "--archive", archive.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("\nIngested 0 pages ").contains("""
          skipped   0 (WARC records that hold no page, or a page that is no transcript)
          older     1 (WARC pages fetched before the archive's latest version of their URL: not stored)
            %s#%d %s: fetched before version 1 of %s (fetched 2017-03-04T10:00:00Z): not stored out of order
          failed    0
        """.formatted(older, at, INTERVIEW, id(INTERVIEW)));
    try (Archive opened = Archive.open(archive, "test")) {
      assertThat(opened.store().history(id(INTERVIEW))).extracting(StoredVersion::fetchedAt)
          .containsExactly(SECOND_FETCH);
    }
  }

  @Test
  void pages_crawled_into_a_warc_log_ingest_as_the_same_publications_as_given_directly()
      throws Exception {
    Generator generator = new Generator(GeneratorOptions.defaults());
    List<GeneratedPage> first = generator.pages(23, 16).toList();
    // Four URLs fetched again later, with other bytes: their second versions.
    List<GeneratedPage> again = generator.pages(24, 4).toList();
    Map<String, GeneratedPage> firstByUrl = new LinkedHashMap<>();
    first.forEach(p -> firstByUrl.put(SITE + "/pages/" + p.fileName(), p));
    List<String> urls = List.copyOf(firstByUrl.keySet());
    Path crawl = dir.resolve("crawl");
    Instant date = Instant.parse("2024-03-01T10:00:00Z");
    try (WarcLog log = WarcLog.open(crawl, "gen")) {
      for (String url : urls) {
        log.exchange(exchange(url, date = date.plusSeconds(1), firstByUrl.get(url)));
      }
      for (int i = 0; i < again.size(); i++) {
        log.exchange(exchange(urls.get(i), date = date.plusSeconds(1), again.get(i)));
      }
    }
    Path viaWarc = archive("via-warc");
    Path direct = archive("direct");

    Cli run = Cli.run("ingest", crawl.resolve(WarcLog.FOLDER).toString(), "--archive",
        viaWarc.toString());
    List<PageInput> firsts = new ArrayList<>();
    urls.forEach(url -> firsts.add(raw(url, firstByUrl.get(url))));
    List<PageInput> seconds = new ArrayList<>();
    for (int i = 0; i < again.size(); i++) {
      seconds.add(raw(urls.get(i), again.get(i)));
    }
    try (Archive opened = Archive.open(direct, "test")) {
      IngestSummary one = opened.ingest(firsts, Duration.ofSeconds(5), p -> {});
      IngestSummary two = opened.ingest(seconds, Duration.ofSeconds(5), p -> {});
      assertThat(one.failures()).isEmpty();
      assertThat(two.failures()).isEmpty();
    }

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("  skipped   0 (");
    try (Archive a = Archive.open(viaWarc, "test"); Archive b = Archive.open(direct, "test")) {
      assertThat(a.store().ids()).hasSize(16).isEqualTo(b.store().ids());
      for (String id : a.store().ids()) {
        assertThat(a.store().history(id)).as(id).hasSameSizeAs(b.store().history(id))
            .extracting(StoredVersion::sourceSha256)
            .isEqualTo(b.store().history(id).stream().map(StoredVersion::sourceSha256).toList());
        for (int v = 1; v <= a.store().history(id).size(); v++) {
          assertThat(contentSha256(a.store().version(id, v).orElseThrow().publication()))
              .as(id + " version " + v)
              .isEqualTo(contentSha256(b.store().version(id, v).orElseThrow().publication()));
        }
      }
      assertThat(a.store().ids()).filteredOn(id -> a.store().history(id).size() == 2)
          .hasSize(4);
    }
  }

  @Test
  void the_summary_names_the_first_20_skipped_records_and_counts_the_rest() {
    List<WarcPages.Skipped> skipped = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      skipped.add(new WarcPages.Skipped("c.warc.gz#" + i + " " + SITE + "/" + i, "HTTP 404"));
    }
    IngestSummary summary = new IngestSummary(0, 0, 0, 0, 0, List.of(), 0, 0, Duration.ZERO);

    String out = IngestCommand.summary(summary, skipped, List.of());

    assertThat(out).contains("  skipped   23 (WARC records that hold no page, or a page that is no transcript)\n"
        + "    c.warc.gz#0 " + SITE + "/0: HTTP 404\n")
        .contains("    c.warc.gz#19 " + SITE + "/19: HTTP 404\n    and 3 more\n  failed    0\n")
        .doesNotContain("#20 ");
  }

  @Test
  void pages_of_one_url_go_to_successive_rounds_however_the_url_is_spelled() {
    Path file = Path.of("c.warc.gz");
    List<WarcPages.Entry> entries = new ArrayList<>();
    for (String url : List.of("https://mfa.example.org/a", "HTTPS://MFA.example.org:443/a#top",
        "https://mfa.example.org/b", "https://mfa.example.org", "https://mfa.example.org/",
        "https://mfa.example.org/a")) {
      entries.add(new WarcPages.Entry(file, entries.size(), url, FIRST_FETCH,
          file + "#" + entries.size() + " " + url));
    }
    List<PageInput> files = List.of(PageInput.file(Path.of("fair.txt")));

    List<List<PageInput>> rounds = WarcInputs.rounds(files, entries);

    assertThat(rounds).extracting(round -> round.stream().map(PageInput::name).toList())
        .containsExactly(
            List.of("fair.txt", entries.get(0).name(), entries.get(2).name(),
                entries.get(3).name()),
            List.of(entries.get(1).name(), entries.get(4).name()),
            List.of(entries.get(5).name()));
  }

  private static WarcLog.Exchange exchange(String url, Instant date, GeneratedPage page) {
    String type = page.format() == RawPage.Format.HTML ? "text/html" : "text/plain";
    return new WarcLog.Exchange(URI.create(url), "GET", List.of(), date, null, 200, "OK",
        List.of(Map.entry("Content-Type", type)), page.bytes());
  }

  private static PageInput raw(String url, GeneratedPage page) {
    return new PageInput(url, () -> new RawPage(page.bytes(), page.fileName(), url,
        page.format()));
  }

  private static String contentSha256(Publication p) {
    return Hashes.sha256Hex(PublicationJson.toJson(p.withSource(null)).getBytes(UTF_8));
  }

  private static String text(Publication p) {
    return String.join("\n", p.turns().stream().map(Turn::paragraphs).flatMap(List::stream)
        .toList());
  }
}
