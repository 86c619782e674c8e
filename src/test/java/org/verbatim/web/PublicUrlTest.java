package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Absolute links, citations and feed ids name the site's own or configured address, never the
 * request's {@code Host}, which anyone can set.
 */
class PublicUrlTest {

  /**
   * A GET sent over a socket, with a {@code Host} of our choosing: the status line, headers and
   * body (by Content-Length, or chunks), as text.
   */
  static String get(int port, String path, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(UTF_8));
      out.flush();
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      StringBuilder head = new StringBuilder();
      long length = -1;
      boolean chunked = false;
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        head.append(line).append('\n');
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
            size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
          body.write(in.readNBytes(size));
          line(in);
        }
      } else if (length >= 0) {
        body.write(in.readNBytes((int) length));
      }
      return head + "\n" + body.toString(UTF_8);
    }
  }

  private static String line(DataInputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(UTF_8);
  }

  @Test
  void a_spoofed_host_header_is_not_written_into_citations_or_feeds() throws Exception {
    TestSite site = TestSite.get();
    String id = site.idOf(TestSite.EN_TITLE);

    String page = get(site.server.port(), "/p/" + id, "evil.example");
    String feed = get(site.server.port(), "/feed", "evil.example");

    assertThat(page).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
        .contains("http://127.0.0.1:" + site.server.port() + "/p/" + id);
    assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
        .contains("http://127.0.0.1:" + site.server.port() + "/");
  }

  @Test
  void a_configured_public_url_is_the_sites_address_in_citations_and_feeds() throws Exception {
    TestSite site = TestSite.get();
    String id = site.idOf(TestSite.EN_TITLE);
    try (Server server = Server.start(site.archive.store(), site.archive::searcher, "127.0.0.1",
        0, null, "https://verbatim.example.org/archive")) {
      String page = get(server.port(), "/p/" + id, "127.0.0.1");
      String feed = get(server.port(), "/feed", "127.0.0.1");

      assertThat(page).contains("https://verbatim.example.org/archive/p/" + id)
          .doesNotContain("http://127.0.0.1");
      assertThat(feed).contains("https://verbatim.example.org/archive/");
    }
  }
}
