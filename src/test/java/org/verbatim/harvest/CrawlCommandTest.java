package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.cli.Main;
import org.verbatim.web.Server;

/**
 * {@code verbatim crawl} on the command line: what it refuses, what it prints, {@code --status},
 * {@code --profiles}, and the web's Sources page after a crawl.
 */
class CrawlCommandTest {

  @TempDir Path dir;

  LoopbackSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  /** What a command line printed, both streams, and its exit code. */
  record Run(int exit, String out) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out, true);
    int exit = Main.run(writer, writer, args);
    return new Run(exit, out.toString());
  }

  @Test
  void a_crawl_refuses_to_start_without_a_contact_and_says_how_to_give_one() {
    Run run = run("crawl", "mid-en", "--archive", dir.resolve("archive").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("A crawl needs a contact for the sites' operators (an e-mail or"
        + " web address in the User-Agent): set crawl.contact in the archive's"
        + " verbatim.properties, or run `verbatim init --contact ADDRESS --force`");
    assertThat(dir.resolve("archive").resolve("verbatim.db")).doesNotExist();
  }

  @Test
  void an_unknown_profile_is_refused_with_the_names_of_those_there_are() throws Exception {
    Path archive = dir.resolve("archive");
    ArchiveConfig.embedded().withContact(CrawlTest.CONTACT).writeTo(archive);

    Run run = run("crawl", "mid-fr", "--archive", archive.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("No site profile 'mid-fr': the profiles are [fmprc-en, "
        + "govuk-speeches, kremlin-en, kremlin-ru, mid-en, mid-ru, state-briefings, "
        + "un-briefings] (or give a URL, or add ARCHIVE/profiles/mid-fr.json)");
  }

  @Test
  void profiles_lists_the_shipped_profiles_and_the_archives_own() throws Exception {
    Path archive = dir.resolve("archive");
    site = new LoopbackSite(1, 1).start();
    site.writeProfile(archive);

    Run run = run("crawl", "--profiles", "--archive", archive.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("mid-en ", "kremlin-ru ", "[shipped]")
        .containsPattern("loopback +Loopback test site: briefings +\\[.*loopback\\.json]");
  }

  @Test
  void a_crawl_stopped_at_max_pages_says_so_and_status_and_the_sources_page_show_the_site()
      throws Exception {
    site = new LoopbackSite(12, 2).start();
    Path archive = dir.resolve("archive");
    ArchiveConfig.embedded().withContact(CrawlTest.CONTACT).writeTo(archive);
    site.writeProfile(archive);

    Run crawl = run("crawl", "loopback", "--archive", archive.toString(), "--max-pages", "3",
        "--delay", "0");
    Run status = run("crawl", "--status", "--archive", archive.toString());

    assertThat(crawl.exit()).as(crawl.out()).isZero();
    assertThat(crawl.out()).containsPattern("Crawl \\d{8}T\\d{6}Z-[0-9a-f]{6}: ")
        .contains("  new           3\n", "  failed        0\n",
            "  stopped before the end: addresses are still queued; crawl again to go on\n");
    assertThat(status.out()).startsWith("loopback\n").contains(", stopped")
        .contains("publications added").containsPattern("documents +\\d+ known, 3 publications");

    String page;
    try (Archive opened = Archive.open(archive, "serve")) {
      Server server = Server.start(opened.store(), opened::searcher, "127.0.0.1", 0, null);
      try {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/sources")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        page = response.body();
      } finally {
        server.close();
      }
    }
    assertThat(page).contains("<h1>Sources</h1>", "<th scope=\"row\">loopback</th>",
        "(stopped)", "<td>3</td>");
  }
}
