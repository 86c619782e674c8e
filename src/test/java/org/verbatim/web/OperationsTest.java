package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Operations;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/** /health, /metrics, the access log, the request cap, trusted proxies and errors of any kind. */
class OperationsTest {

  private static Operations ops(int maxRequests, List<String> proxies, String log, long minFree) {
    return new Operations(8, maxRequests, proxies, log, minFree);
  }

  private static HttpResponse<String> get(TestSite site, Server server, String path,
      String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return site.http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  @Test
  void health_is_200_with_the_counts_when_store_index_and_disk_pass() throws Exception {
    TestSite site = TestSite.get();
    try (Server server = Server.start(site.archive.store(), site.archive::searcher, "127.0.0.1",
        0, null, null, ops(8, List.of(), null, 1), site.archive.dir())) {
      HttpResponse<String> health = get(site, server, "/health");

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).startsWith("{\"store\":{\"publications\":" + TestSite.pages()
          + ",\"ok\":true},\"index\":{\"documents\":" + TestSite.pages() + ",\"ok\":true},"
          + "\"disk\":{\"min_free_mb\":1,\"free_mb\":").endsWith(",\"ok\":true},\"status\":\"ok\"}");
    }
  }

  @Test
  void health_is_503_naming_what_fails_a_closed_store_a_missing_index_too_little_disk(
      @TempDir Path dir) throws Exception {
    TestSite site = TestSite.get();
    TranscriptStore closed = TranscriptStore.openSqlite(dir);
    closed.close();
    try (Server server = Server.start(closed, () -> {
      throw new IllegalStateException("The index could not be opened: test");
    }, "127.0.0.1", 0, null, null, ops(8, List.of(), null, Long.MAX_VALUE / 2), dir)) {
      HttpResponse<String> health = get(site, server, "/health");

      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body())
          .contains("\"store\":{\"ok\":false,\"error\":\"The store of archive database ")
          .contains("\"index\":{\"ok\":false,\"error\":\"The index could not be opened: test\"}")
          .contains("below health.min-free-disk-mb " + Long.MAX_VALUE / 2)
          .endsWith("\"status\":\"failing\"}");
    }
  }

  @Test
  void metrics_count_requests_by_route_pattern_not_by_path() throws Exception {
    TestSite site = TestSite.get();
    String id = site.idOf(TestSite.EN_TITLE);
    try (Server server = Server.start(site.archive.store(), site.archive::searcher, "127.0.0.1",
        0, null, null, ops(8, List.of(), null, 1), null)) {
      get(site, server, "/p/" + id);
      get(site, server, "/p/" + id);
      get(site, server, "/search?q=minister");
      get(site, server, "/no/such/page");

      String metrics = get(site, server, "/metrics").body();

      assertThat(metrics)
          .contains("verbatim_http_requests_seconds_count{method=\"GET\",route=\"/p/{id}\","
              + "status=\"200\"} 2")
          .contains("verbatim_http_requests_seconds_count{method=\"GET\",route=\"/search\","
              + "status=\"200\"} 1")
          .contains("route=\"unmatched\",status=\"404\"} 1")
          .contains("verbatim_searches_total 1.0")
          .contains("verbatim_store_publications " + TestSite.pages() + ".0")
          .contains("verbatim_index_documents " + TestSite.pages() + ".0")
          .doesNotContain(id);
    }
  }

  @Test
  void the_access_log_has_a_line_per_request_with_the_client_a_trusted_proxy_names(
      @TempDir Path dir) throws Exception {
    TestSite site = TestSite.get();
    Path trustedLog = dir.resolve("trusted.log");
    Path untrustedLog = dir.resolve("logs/untrusted.log");
    try (Server trusting = Server.start(site.archive.store(), site.archive::searcher,
        "127.0.0.1", 0, null, null, ops(8, List.of("127.0.0.0/8", "::1"), trustedLog.toString(),
            1), null);
         Server distrusting = Server.start(site.archive.store(), site.archive::searcher,
        "127.0.0.1", 0, null, null, ops(8, List.of("10.0.0.0/8"), untrustedLog.toString(), 1),
        null)) {
      for (Server server : List.of(trusting, distrusting)) {
        get(site, server, "/sources", "X-Forwarded-For", "203.0.113.9, 127.0.0.2",
            "User-Agent", "test \"agent\"");
        get(site, server, "/no/such/page?x=1");
      }
    }

    List<String> trusted = Files.readAllLines(trustedLog, UTF_8);
    List<String> untrusted = Files.readAllLines(untrustedLog, UTF_8);
    assertThat(trusted).hasSize(2);
    assertThat(trusted.get(0)).matches("203\\.0\\.113\\.9 - - \\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d"
        + ":\\d\\d \\+0000] \"GET /sources HTTP/1\\.1\" 200 \\d+ \"-\" \"test \\\\\"agent\\\\\"\"");
    assertThat(trusted.get(1)).startsWith("127.0.0.1 - - [")
        .contains("\"GET /no/such/page?x=1 HTTP/1.1\" 404 ");
    assertThat(untrusted).hasSize(2);
    assertThat(untrusted.get(0)).startsWith("127.0.0.1 - - [").contains("\"GET /sources HTTP/1.1\" 200 ");
  }

  @Test
  void requests_beyond_the_cap_are_answered_503_with_retry_after() throws Exception {
    TestSite site = TestSite.get();
    CountDownLatch searching = new CountDownLatch(1);
    CountDownLatch opening = new CountDownLatch(1);
    java.util.function.Supplier<Searcher> slowIndex = () -> {
      searching.countDown();
      try {
        opening.await(); // as an index still opening holds a search
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return site.archive.searcher();
    };
    try (Server server = Server.start(site.archive.store(), slowIndex, "127.0.0.1", 0, null,
        null, ops(1, List.of(), null, 1), null)) {
      CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> {
        try {
          return get(site, server, "/search?q=minister");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      searching.await(); // the search holds the only permit
      HttpResponse<String> refused = get(site, server, "/api/v1/publications/none");
      HttpResponse<String> health = get(site, server, "/health");
      opening.countDown();

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("The server is answering 1 requests already"
          + " (web.max-requests); try again in a moment");
      // /health is not counted: it answers (the index, still opening, fails its check)
      assertThat(health.body()).contains("\"store\":{\"publications\":")
          .contains("\"index\":{\"ok\":false,\"error\":\"the index did not answer within 5 s\"}");
      assertThat(held.get().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void page_sizes_are_capped_on_every_list_with_a_400_naming_the_limit() throws Exception {
    TestSite site = TestSite.get();

    HttpResponse<String> speaker = site.get("/speaker/Ivan%20Petrov?size=100");
    HttpResponse<String> speakerOk = site.get("/speaker/Ivan%20Petrov?size=20");
    HttpResponse<String> search = site.get("/search?q=minister&size=101");
    HttpResponse<String> api = site.get("/api/v1/search?q=minister&size=500");
    HttpResponse<String> browse = site.get("/browse/2017?size=1000");

    assertThat(speaker.statusCode()).isEqualTo(400);
    assertThat(speaker.body()).contains("The parameter 'size' must be a number from 1 to"
        + " 20 on a speaker's page: '100'");
    assertThat(speakerOk.statusCode()).isEqualTo(200);
    assertThat(search.statusCode()).isEqualTo(400);
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("The parameter 'size' must be a number from 1 to 100: '500'");
    assertThat(browse.statusCode()).isEqualTo(400);
  }

  @Test
  void an_error_in_a_handler_is_a_500_page_not_a_dropped_connection() throws Exception {
    TestSite site = TestSite.get();
    Errors errors = new Errors(new Templates(null));
    WebServer server = WebServer.builder().host("127.0.0.1").port(0)
        .routing(r -> r.get("/deep", (req, res) -> {
          throw new StackOverflowError();
        }).error(Throwable.class, errors::handle))
        .build().start();
    try {
      HttpResponse<String> answer = site.http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + "/deep")).build(),
          HttpResponse.BodyHandlers.ofString(UTF_8));

      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(answer.body()).contains(
          "The server failed to answer this request; the failure is in its log.");
    } finally {
      server.stop();
    }
  }
}
