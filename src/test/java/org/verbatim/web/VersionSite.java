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
import java.util.ArrayList;
import java.util.List;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.input.RawPage;

/**
 * A small archive and its server on a loopback port, shared by the tests of language versions
 * in one JVM: the English and Russian versions of one interview whose alignment is not one to
 * one (the aligner's fixture pair {@value #PAIR}: English turns 4 and 5 are Russian turn 4, and
 * English turn 10 has no Russian counterpart), and an English page with no version at all.
 */
final class VersionSite {

  static final Path FOLDER = Path.of("src/test/resources/align");
  static final String PAIR = "06-switcher-answer-split-in-english";
  static final String LONE = "03-two-ministers-remark-missing-in-russian.en.txt";

  private static VersionSite site;

  final Archive archive;
  final Server server;
  final String english;
  final String russian;
  final String lone;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private VersionSite(Archive archive, Server server) {
    this.archive = archive;
    this.server = server;
    this.english = idOf(PAIR + ".en.txt");
    this.russian = idOf(PAIR + ".ru.txt");
    this.lone = idOf(LONE);
  }

  static synchronized VersionSite get() throws IOException, InterruptedException {
    if (site == null) {
      Path dir = Files.createTempDirectory(Path.of("target"), "versions-test-archive-");
      Archive archive = Archive.open(dir, "test");
      List<PageInput> inputs = new ArrayList<>();
      for (String file : List.of(PAIR + ".en.txt", PAIR + ".ru.txt", LONE)) {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
        inputs.add(new PageInput(file, () -> new RawPage(bytes, file, null, RawPage.Format.TEXT)));
      }
      IngestSummary summary = archive.ingest(inputs, Duration.ofMinutes(2), progress -> {});
      if (!summary.failures().isEmpty() || summary.added() != inputs.size()) {
        throw new IllegalStateException("The test archive was not built: " + summary);
      }
      Server server = Server.start(archive.store(), archive.searcher(), "127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        archive.close();
      }));
      site = new VersionSite(archive, server);
    }
    return site;
  }

  private String idOf(String path) {
    return archive.store().ids().stream()
        .filter(id -> path.equals(archive.store().publication(id).orElseThrow().publication()
            .source().path()))
        .findFirst().orElseThrow(() -> new IllegalStateException("No publication read from "
            + path));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A GET that does not follow redirects. */
  HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
