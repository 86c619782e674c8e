package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.archive.Operations;

/**
 * The README's nginx server block, run in a real nginx in front of a real server on loopback
 * ports. Skipped where nginx is not installed, except in CI ({@code VERBATIM_CI=1}), where it
 * must run.
 */
class NginxTest {

  private static final String PUBLIC_URL = "https://verbatim.example.org";

  /** nginx on PATH or where Debian puts it; null when absent. */
  private static Path nginx() {
    for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin")
        .split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "nginx"))) {
        return Path.of(dir, "nginx");
      }
    }
    return null;
  }

  /** The server block of the README's "Behind nginx" section. */
  private static String readmeServerBlock() throws IOException {
    String readme = Files.readString(Path.of("README.md"), UTF_8);
    Matcher block = Pattern.compile("(?s)### Behind nginx.*?```nginx\n(.*?)```").matcher(readme);
    assertThat(block.find()).as("README.md has a ```nginx block under Behind nginx").isTrue();
    return block.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void nginx_with_the_readme_configuration_serves_the_site_under_its_public_address()
      throws Exception {
    Path nginx = nginx();
    if (nginx == null) {
      assertThat(System.getenv("VERBATIM_CI")).as("CI installs nginx (.ci/run); it is missing")
          .isNotEqualTo("1");
      Assumptions.abort("nginx is not installed (Debian: apt-get install nginx): the test of"
          + " the README's nginx configuration is skipped");
    }
    TestSite site = TestSite.get();
    String id = site.idOf(TestSite.EN_TITLE);
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
    Path accessLog = dir.resolve("verbatim-access.log");
    try (Server server = Server.start(site.archive.store(), site.archive::searcher, "127.0.0.1",
        0, null, PUBLIC_URL, new Operations(8, 64, List.of("127.0.0.1"), accessLog.toString(),
            1), null)) {
      int port = freePort();
      String block = readmeServerBlock()
          .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
          .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + server.port());
      // nginx runs its workers as another user when started as root, unless told otherwise;
      // that user may not enter this folder.
      boolean root = "root".equals(System.getProperty("user.name"));
      Files.writeString(dir.resolve("nginx.conf"), (root ? "user root;\n" : "")
          + "worker_processes 1;\npid " + dir.resolve("nginx.pid") + ";\n"
          + "error_log " + dir.resolve("error.log") + " warn;\n"
          + "events { worker_connections 64; }\n"
          + "http {\n"
          + "  access_log " + dir.resolve("access.log") + ";\n"
          + "  client_body_temp_path " + dir.resolve("body") + ";\n"
          + "  proxy_temp_path " + dir.resolve("proxy") + ";\n"
          + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
          + "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
          + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
          + block + "}\n", UTF_8);
      Process process = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c",
          dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString(),
          "-g", "daemon off;")
          .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
      try {
        awaitListening(process, port, dir);
        String front = "http://127.0.0.1:" + port;

        HttpResponse<String> home = get(front + "/");
        HttpResponse<String> page = get(front + "/p/" + id);
        HttpResponse<String> search = get(front + "/search?q=minister");
        HttpResponse<String> api = get(front + "/api/v1/publications/" + id);
        HttpResponse<String> feed = get(front + "/feed");
        HttpResponse<String> missing = get(front + "/no/such/page");
        HttpResponse<Void> head = site.http.send(HttpRequest.newBuilder(
            URI.create(front + "/p/" + id)).method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(PUBLIC_URL + "/p/" + id)
            .doesNotContain("127.0.0.1:" + port);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("/p/" + id);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"id\":\"" + id + "\"");
        assertThat(feed.body()).contains("<id>" + PUBLIC_URL + "/feed</id>");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(
            Integer.toString(page.body().getBytes(UTF_8).length));
      } finally {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
    // nginx speaks HTTP/1.0 to the server (its default), which serves it as HTTP/1.1 and logs
    // each request it got
    List<String> logged = Files.readAllLines(accessLog, UTF_8);
    assertThat(logged).hasSize(7);
    assertThat(logged.get(1)).startsWith("127.0.0.1 - - [")
        .contains("\"GET /p/" + id + " HTTP/1.1\" 200 ");
  }

  /** Until nginx listens on {@code port}; fails with its log when it exits instead. */
  private static void awaitListening(Process process, int port, Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("nginx stopped (exit " + process.exitValue() + "): "
            + Files.readString(dir.resolve("nginx.out"), UTF_8)
            + (Files.exists(dir.resolve("error.log"))
                ? Files.readString(dir.resolve("error.log"), UTF_8) : ""));
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        process.waitFor(50, TimeUnit.MILLISECONDS);
      }
    }
    throw new AssertionError("nginx did not listen on port " + port + " within 20 s");
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return TestSite.get().http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
