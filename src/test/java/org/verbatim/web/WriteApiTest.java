package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.cli.Main;
import org.verbatim.store.ApiTokens;

/**
 * The write API on a real server over a real archive: who may write (bearer tokens and their
 * scopes, 401 and 403), what an upload may be (named bad input, 413, 415), and a page uploaded
 * becoming a job whose result is the ingest's summary and whose page is then searchable.
 */
class WriteApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Archive archive;
  Server server;
  final HttpClient http = HttpClient.newHttpClient();
  List<Path> pages;

  @BeforeEach
  void serve() throws IOException {
    Path generated = dir.resolve("pages");
    StringWriter out = new StringWriter();
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(out), "generate", "--count", "3",
        "--seed", "5", "--lang", "en", "--out", generated.toString())).as(out.toString())
        .isZero();
    try (Stream<Path> files = Files.list(generated)) {
      pages = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    archive = Archive.open(dir.resolve("archive"), "serve");
    server = Server.start(archive, "127.0.0.1", 0, null, "test");
  }

  @AfterEach
  void stop() {
    server.close();
    archive.close();
  }

  @Test
  void a_write_without_a_token_is_refused_with_401_and_a_bearer_challenge() throws Exception {
    HttpResponse<String> response = post("/api/v1/reparse", null, "text/plain", new byte[0]);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
        "Bearer realm=\"verbatim\"");
    assertThat(problem(response)).isEqualTo("This request changes the archive: it needs a bearer"
        + " token (Authorization: Bearer …), made with `verbatim token create`");
  }

  @Test
  void an_unknown_or_revoked_token_is_refused_and_a_small_scope_is_forbidden() throws Exception {
    ApiTokens.Created ingest = archive.store().tokens().create("uploader", ApiTokens.Scope.INGEST);

    HttpResponse<String> unknown = post("/api/v1/check", "vbt_nothing", "text/plain",
        new byte[0]);
    HttpResponse<String> forbidden = post("/api/v1/check", ingest.secret(), "text/plain",
        new byte[0]);
    archive.store().tokens().revoke("uploader");
    HttpResponse<String> revoked = post("/api/v1/ingest?name=a.txt", ingest.secret(),
        "text/plain", Files.readAllBytes(pages.get(0)));

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValue(
        "Bearer realm=\"verbatim\", error=\"invalid_token\"");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(problem(forbidden)).isEqualTo("This request needs a token of scope admin; this"
        + " one has scope ingest");
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(problem(revoked)).isEqualTo("The bearer token is not valid: unknown, or revoked");
    assertThat(archive.store().count()).isZero();
  }

  @Test
  void bad_uploads_are_refused_naming_what_is_wrong() throws Exception {
    String secret = archive.store().tokens().create("uploader", ApiTokens.Scope.INGEST).secret();

    HttpResponse<String> unnamed = post("/api/v1/ingest", secret, "text/html", "<p>x</p>"
        .getBytes(UTF_8));
    HttpResponse<String> pdf = post("/api/v1/ingest?name=a.pdf", secret, "application/pdf",
        new byte[] {'%', 'P', 'D', 'F'});
    HttpResponse<String> entry = post("/api/v1/ingest", secret, "application/zip",
        zip("notes/readme.md", "hello"));
    HttpResponse<String> notZip = post("/api/v1/ingest", secret, "application/zip",
        "not a zip".getBytes(UTF_8));

    assertThat(unnamed.statusCode()).isEqualTo(400);
    assertThat(problem(unnamed)).isEqualTo("Name the uploaded text/html file with ?name=…: it"
        + " names the page in messages, and is the identity of a page that gives no date");
    assertThat(pdf.statusCode()).isEqualTo(415);
    assertThat(problem(pdf)).startsWith("Cannot ingest a body of type 'application/pdf'");
    assertThat(entry.statusCode()).isEqualTo(400);
    assertThat(problem(entry)).isEqualTo("The ZIP entry 'notes/readme.md' is neither a page"
        + " (.txt, .html, .htm) nor a WARC file (.warc, .warc.gz)");
    assertThat(notZip.statusCode()).isEqualTo(400);
    assertThat(problem(notZip)).isEqualTo("The upload holds no page and no WARC file");
    assertThat(dir.resolve("archive").resolve(Uploads.FOLDER)).isEmptyDirectory();
  }

  @Test
  void an_upload_larger_than_the_cap_is_refused_saying_the_cap() throws Exception {
    String secret = archive.store().tokens().create("uploader", ApiTokens.Scope.INGEST).secret();
    long tooLarge = org.verbatim.archive.WriteJobs.MAX_UPLOAD + 1;

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/ingest"))
        .header("Authorization", "Bearer " + secret).header("Content-Type", "application/zip")
        .POST(HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
              long left = tooLarge;

              @Override
              public int read() {
                return left-- > 0 ? 0 : -1;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                  return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                return n;
              }
            }), tooLarge)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(problem(response)).isEqualTo("The upload is larger than 256 MB, the most one"
        + " request may carry; send fewer files per request");
  }

  @Test
  void uploaded_pages_become_a_job_whose_result_is_the_summary_and_are_then_searchable()
      throws Exception {
    String secret = archive.store().tokens().create("uploader", ApiTokens.Scope.INGEST).secret();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Path page : pages) {
        out.putNextEntry(new ZipEntry("mine/" + page.getFileName()));
        out.write(Files.readAllBytes(page));
        out.closeEntry();
      }
    }

    HttpResponse<String> accepted = post("/api/v1/ingest", secret, "application/zip",
        zip.toByteArray());
    assertThat(accepted.statusCode()).isEqualTo(202);
    JsonNode job = JSON.readTree(accepted.body());
    assertThat(accepted.headers().firstValue("Location")).hasValue("/api/v1/jobs/"
        + job.get("id").asText());
    JsonNode done = awaitJob(job.get("id").asText(), secret);

    assertThat(done.get("state").asText()).isEqualTo("succeeded");
    JsonNode summary = done.get("result").get("summary");
    assertThat(summary.get("total").asInt()).isEqualTo(3);
    assertThat(summary.get("added").asInt()).isEqualTo(3);
    assertThat(summary.get("failures")).isEmpty();
    assertThat(done.get("result").get("skipped").isNull()).isTrue();
    assertThat(archive.store().tokens().list()).singleElement()
        .satisfies(t -> assertThat(t.lastUsed()).isNotNull());
    JsonNode search = JSON.readTree(get("/api/v1/search?size=10").body());
    assertThat(search.get("total").asInt()).isEqualTo(3);
    String id = search.get("hits").get(0).get("id").asText();
    JsonNode publication = JSON.readTree(get("/api/v1/publications/" + id).body());
    assertThat(publication.get("source").get("path").asText()).startsWith("mine/");
    assertThat(dir.resolve("archive").resolve(Uploads.FOLDER)).isEmptyDirectory();
  }

  @Test
  void an_unknown_job_is_a_404() throws Exception {
    String secret = archive.store().tokens().create("uploader", ApiTokens.Scope.INGEST).secret();

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/jobs/99"))
        .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(problem(response)).startsWith("No job '99'");
  }

  private JsonNode awaitJob(String id, String secret) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/jobs/" + id))
          .header("Authorization", "Bearer " + secret).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode job = JSON.readTree(response.body());
      String state = job.get("state").asText();
      if (state.equals("succeeded") || state.equals("failed")
          || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> post(String path, String token, String type, byte[] body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String problem(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValue(
        "application/problem+json");
    return JSON.readTree(response.body()).get("detail").asText();
  }

  private static byte[] zip(String name, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(text.getBytes(UTF_8));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }
}
