package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;

/**
 * A host whose robots.txt answers 500 may not be crawled at all (RFC 9309): the crawl asks for
 * nothing else there, names the host as stopped, and leaves its pages for the next crawl.
 */
class UnreadableRobotsTest {

  @TempDir Path dir;

  HttpServer server;
  final List<String> asked = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void a_robots_txt_answered_with_a_server_error_stops_the_host_before_any_page() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      asked.add(exchange.getRequestURI().getPath());
      byte[] body = "<html><body><a href=\"/news/1/\">One</a></body></html>"
          .getBytes(StandardCharsets.UTF_8);
      int status = exchange.getRequestURI().getPath().equals("/robots.txt") ? 500 : 200;
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    URI start = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/news/");
    Path archive = dir.resolve("archive");
    ArchiveConfig.embedded().withContact(CrawlTest.CONTACT).writeTo(archive);

    CrawlSummary summary;
    try (Archive opened = Archive.open(archive, "crawl")) {
      summary = opened.crawl(List.of(SiteProfile.generic(start)), CrawlTest.options(), "test",
          Duration.ofSeconds(5), progress -> { });
    }

    assertThat(asked).containsExactly("/robots.txt");
    assertThat(summary.stoppedHosts()).containsExactly(new CrawlSummary.Failure("127.0.0.1",
        "its robots.txt could not be read: HTTP 500"));
    assertThat(summary.added()).isZero();
  }
}
