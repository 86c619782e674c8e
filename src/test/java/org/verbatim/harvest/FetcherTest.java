package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a server on a loopback port: decompression, caps, headers. */
class FetcherTest {

  HttpServer server;
  Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/gzip", exchange -> {
      byte[] body = gzip("<p>Вопрос: как дела?</p>".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=\"UTF-8\"");
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/bomb", exchange -> {
      byte[] body = gzip(new byte[5_000_000]); // a few kilobytes that grow to 5 MB
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/agent", exchange -> {
      byte[] body = (exchange.getRequestHeaders().getFirst("User-Agent") + "|"
          + exchange.getRequestHeaders().getFirst("If-None-Match"))
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    fetcher = new Fetcher(new Fetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(5),
        1_000_000), "Verbatim/test (+tests@example.org)");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.stop(0);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void a_gzipped_answer_is_decompressed_and_its_charset_read_from_the_content_type()
      throws Exception {
    Fetcher.Answer answer = fetcher.get(uri("/gzip"), List.of());

    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo("<p>Вопрос: как дела?</p>");
    assertThat(answer.charset()).isEqualTo("UTF-8");
    assertThat(answer.mediaType()).isEqualTo("text/html");
  }

  @Test
  void a_body_that_grows_past_the_cap_once_decompressed_is_refused() {
    assertThatThrownBy(() -> fetcher.get(uri("/bomb"), List.of()))
        .isInstanceOf(Fetcher.FetchException.class)
        .hasMessage("larger than the cap of 1,000,000 bytes once decompressed");
  }

  @Test
  void the_user_agent_and_conditional_headers_are_sent() throws Exception {
    Fetcher.Answer answer = fetcher.get(uri("/agent"),
        List.of(Map.entry("If-None-Match", "\"abc\"")));

    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo("Verbatim/test (+tests@example.org)|\"abc\"");
  }

  @Test
  void a_refused_connection_is_named() throws Exception {
    URI closed = uri("/agent");
    server.stop(0);

    assertThatThrownBy(() -> fetcher.get(closed, List.of()))
        .isInstanceOf(Fetcher.FetchException.class)
        .hasMessageStartingWith("connection failed: ");
  }

  @Test
  void the_charset_parameter_is_found_among_others_and_unquoted() {
    assertThat(Fetcher.charsetOf("text/html; charset=windows-1251")).isEqualTo("windows-1251");
    assertThat(Fetcher.charsetOf("text/html;boundary=x; Charset=\"KOI8-R\"")).isEqualTo("KOI8-R");
    assertThat(Fetcher.charsetOf("text/html")).isNull();
  }

  private static byte[] gzip(byte[] bytes) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }
}
