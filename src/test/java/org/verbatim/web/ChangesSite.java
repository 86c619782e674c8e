package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.input.RawPage;
import org.verbatim.testing.ChangingPage;

/**
 * A small archive and its server on a loopback port, shared by the tests of changes between
 * versions in one JVM: one interview ingested four times from one address ({@link ChangingPage}:
 * version 2 inserts two turns, version 3 removes one and edits another, version 4 changes only
 * the date line), and a statement of one version.
 */
final class ChangesSite {

  static final String STATEMENT = "3 March 2017 10:00\n\nA statement on the fair\n\nWe are glad.\n";

  private static ChangesSite site;

  final Archive archive;
  final Server server;
  /** The interview. */
  final String id;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ChangesSite(Archive archive, Server server, String id) {
    this.archive = archive;
    this.server = server;
    this.id = id;
  }

  static synchronized ChangesSite get() throws IOException, InterruptedException {
    if (site == null) {
      Path dir = Files.createTempDirectory(Path.of("target"), "changes-test-archive-");
      Archive archive = Archive.open(dir, "test");
      ingest(archive, ChangingPage.URL, ChangingPage.V1, ChangingPage.V2, ChangingPage.V3,
          ChangingPage.V3_RETIMED);
      ingest(archive, "https://ministry.example/statement", STATEMENT);
      String id = archive.store().ids().stream()
          .filter(i -> archive.store().history(i).size() == 4).findFirst()
          .orElseThrow(() -> new IllegalStateException("No publication of four versions"));
      Server server = Server.start(archive.store(), archive.searcher(), "127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        archive.close();
      }));
      site = new ChangesSite(archive, server, id);
    }
    return site;
  }

  /** Ingests {@code texts} one after the other, as read from {@code url}. */
  private static void ingest(Archive archive, String url, String... texts)
      throws InterruptedException {
    for (String text : texts) {
      byte[] bytes = text.getBytes(UTF_8);
      IngestSummary summary = archive.ingest(List.of(new PageInput(url,
          () -> new RawPage(bytes, null, url, RawPage.Format.TEXT))), Duration.ofMinutes(1),
          progress -> { });
      if (!summary.failures().isEmpty()) {
        throw new IllegalStateException("The test archive was not built: " + summary);
      }
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A GET that does not follow redirects. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
