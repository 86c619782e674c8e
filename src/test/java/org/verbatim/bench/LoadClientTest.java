package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load client's own HTTP/1.1 against a real server on the loopback address. */
class LoadClientTest {

  private static final String PAGE = "<!DOCTYPE html><html><body>ok</body></html>\n";

  private HttpServer server;
  private URI base;
  private final AtomicInteger connectionsClosed = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/fixed", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/chunked-gzip", exchange -> {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, 0); // 0: chunked
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] bytes = zipped.toByteArray();
        out.write(bytes, 0, 7);
        out.flush();
        out.write(bytes, 7, bytes.length - 7);
      }
    });
    server.createContext("/cut", exchange -> {
      byte[] body = "<html><body>half".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/closing", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      connectionsClosed.incrementAndGet();
    });
    server.createContext("/busy", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "1");
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void reads_fixed_length_and_chunked_gzipped_pages_on_one_kept_alive_connection()
      throws IOException {
    try (LoadClient.Connection connection = new LoadClient.Connection(base)) {
      for (int i = 0; i < 3; i++) {
        LoadClient.Answer fixed = connection.get("/fixed");
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(new String(fixed.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(LoadClient.problem(fixed)).isNull();

        LoadClient.Answer chunked = connection.get("/chunked-gzip");
        assertThat(chunked.header("content-encoding")).isEqualTo("gzip");
        assertThat(LoadClient.problem(chunked)).isNull();
      }
    }
  }

  @Test
  void a_closed_connection_is_opened_again_and_bad_answers_are_named() throws IOException {
    try (LoadClient.Connection connection = new LoadClient.Connection(base)) {
      assertThat(LoadClient.problem(connection.get("/closing"))).isNull();
      assertThat(LoadClient.problem(connection.get("/closing"))).isNull();
      assertThat(LoadClient.problem(connection.get("/cut")))
          .isEqualTo("an HTML page cut short (16 bytes)");
      assertThat(LoadClient.problem(connection.get("/busy"))).isEqualTo("status 503");
      assertThat(LoadClient.problem(connection.get("/fixed"))).isNull();
    }
    assertThat(connectionsClosed).hasValue(2);
  }

  @Test
  void a_run_counts_full_pages_and_errors_apart() throws InterruptedException {
    LoadClient.Outcome outcome =
        LoadClient.run(base, 2, Duration.ZERO, Duration.ofMillis(300), List.of("/fixed", "/busy"));

    assertThat(outcome.latencies()).isNotEmpty();
    assertThat(outcome.errors()).isPositive();
  }
}
