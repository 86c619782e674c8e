package org.verbatim.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * HTTP/1.0 (nginx's {@code proxy_pass} and {@code ab} speak it) and HEAD, over a socket, as a
 * client of that version reads them.
 */
class HttpVersionsTest {

  /** One response: its head's lines as sent and its body, read by Content-Length. */
  private record Answer(String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return null;
    }
  }

  private static Answer read(InputStream in, boolean head) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The connection ended inside a response head: " + bytes);
      }
      bytes.write(b);
      last4 = (last4 << 8) | b;
    }
    Answer answer = new Answer(bytes.toString(ISO_8859_1).strip(), "");
    String length = answer.header("Content-Length");
    if (head || length == null) {
      return answer;
    }
    return new Answer(answer.head(), new String(in.readNBytes(Integer.parseInt(length)), UTF_8));
  }

  private static Socket connect() throws Exception {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), TestSite.get().server.port());
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static void send(Socket socket, String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(ISO_8859_1));
    socket.getOutputStream().flush();
  }

  private static String id() throws Exception {
    return TestSite.get().idOf(TestSite.EN_TITLE);
  }

  @Test
  void an_http_1_0_request_is_answered_unchunked_and_the_connection_closed() throws Exception {
    try (Socket socket = connect()) {
      send(socket, "GET /p/" + id() + " HTTP/1.0\r\n\r\n"); // no Host: HTTP/1.0 needs none
      InputStream in = new BufferedInputStream(socket.getInputStream());

      Answer answer = read(in, false);

      assertThat(answer.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(answer.header("Transfer-Encoding")).isNull();
      assertThat(answer.body()).contains(TestSite.EN_TITLE).contains("</html>");
      assertThat(in.read()).as("the connection is closed after the answer").isEqualTo(-1);
    }
  }

  @Test
  void an_http_1_0_client_that_asks_keeps_its_connection_for_the_next_request() throws Exception {
    try (Socket socket = connect()) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      send(socket, "GET /search?q=minister HTTP/1.0\r\nHost: archive.example\r\n"
          + "Connection: keep-alive\r\n\r\n");
      Answer search = read(in, false);
      send(socket, "GET /api/v1/publications/" + id() + " HTTP/1.0\r\n"
          + "Connection: Keep-Alive\r\n\r\n");
      Answer api = read(in, false);
      send(socket, "GET /no/such/page HTTP/1.0\r\n\r\n");
      Answer missing = read(in, false);

      assertThat(search.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(search.header("Connection")).isEqualTo("keep-alive");
      assertThat(search.body()).contains("minister");
      assertThat(api.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(api.header("Connection")).isEqualTo("keep-alive");
      assertThat(api.body()).startsWith("{").contains("\"id\":\"" + id() + "\"");
      assertThat(missing.head()).startsWith("HTTP/1.1 404 Not Found");
      assertThat(missing.header("Connection")).isEqualTo("close");
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void a_chunked_answer_reaches_an_http_1_0_client_unchunked_ended_by_closing() throws Exception {
    WebServer server = WebServer.builder().host("127.0.0.1").port(0)
        .addConnectionSelector(new Http10())
        .routing(r -> r.get("/stream", (req, res) -> {
          try (OutputStream out = res.outputStream()) {
            for (int i = 0; i < 3; i++) {
              out.write(("part " + i + "\n").getBytes(UTF_8));
              out.flush(); // sent as it comes: chunked toward HTTP/1.1
            }
          }
        }))
        .build().start();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(30_000);
      send(socket, "GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
      InputStream in = new BufferedInputStream(socket.getInputStream());

      Answer answer = read(in, true);
      String body = new String(in.readAllBytes(), UTF_8); // to the end of the connection

      assertThat(answer.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(answer.header("Transfer-Encoding")).isNull();
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(body).isEqualTo("part 0\npart 1\npart 2\n");
    } finally {
      server.stop();
    }
  }

  @Test
  void head_gives_the_get_status_and_headers_without_the_body() throws Exception {
    try (Socket socket = connect()) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String get = "GET /p/" + id() + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
      send(socket, get);
      Answer full = read(in, false);
      send(socket, "HEAD /p/" + id() + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
      Answer head = read(in, true);
      send(socket, "HEAD /p/0000000000000000 HTTP/1.1\r\nHost: localhost\r\n\r\n");
      Answer missing = read(in, true);
      send(socket, "HEAD /api/v1/search?q=minister HTTP/1.1\r\nHost: localhost\r\n\r\n");
      Answer api = read(in, true);
      send(socket, get); // read whole: no body of the HEADs was left in between
      Answer again = read(in, false);

      assertThat(head.head().replaceAll("Date: .*", ""))
          .isEqualTo(full.head().replaceAll("Date: .*", ""));
      assertThat(head.header("Content-Length")).isEqualTo(
          Integer.toString(full.body().getBytes(UTF_8).length));
      assertThat(missing.head()).startsWith("HTTP/1.1 404 Not Found");
      assertThat(Integer.parseInt(missing.header("Content-Length"))).isPositive();
      assertThat(api.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(api.header("Content-Type")).isEqualTo("application/json");
      assertThat(again.body()).isEqualTo(full.body());
    }
  }

  @Test
  void head_over_http_1_0_is_answered_without_a_body_and_closed() throws Exception {
    try (Socket socket = connect()) {
      send(socket, "HEAD /p/" + id() + " HTTP/1.0\r\n\r\n");
      InputStream in = new BufferedInputStream(socket.getInputStream());

      Answer head = read(in, true);

      assertThat(head.head()).startsWith("HTTP/1.1 200 OK");
      assertThat(Integer.parseInt(head.header("Content-Length"))).isGreaterThan(1000);
      assertThat(in.read()).isEqualTo(-1);
    }
  }
}
