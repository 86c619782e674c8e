package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.ServeFile;
import org.verbatim.harvest.LoopbackSite;

/**
 * Ingest while serving: {@code serve} runs in a JVM of its own on an embedded archive, and
 * {@code ingest}, {@code crawl}, {@code reparse} and {@code check} run beside it (in another JVM,
 * or this one) find it through the archive folder and hand their work to it. New publications
 * are searchable within 2 s of being stored, and reading requests never fail meanwhile.
 */
class LiveArchiveTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("Serving .* at (http://[^ ]+)/ ");

  @TempDir Path dir;
  Process serve;
  final List<String> serveOutput = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();
  URI base;
  LoopbackSite site;

  @AfterEach
  void stop() throws Exception {
    if (serve != null && serve.isAlive()) {
      serve.destroy();
      serve.waitFor(1, TimeUnit.MINUTES);
    }
    if (site != null) {
      site.close();
    }
  }

  /** Starts {@code serve} on {@code archive} in a child JVM; returns once it listens. */
  private void serve(Path archive) throws Exception {
    serve = ChildJvm.startMerged(Main.class, "serve", "--archive", archive.toString(),
        "--port", "0");
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), UTF_8));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      serveOutput.add(line);
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        base = URI.create(serving.group(1));
        break;
      }
      assertThat(System.nanoTime()).as("serve started: " + serveOutput).isLessThan(deadline);
    }
    assertThat(base).as("serve's output: " + serveOutput).isNotNull();
    Thread.ofPlatform().daemon().start(() -> { // keep the child's output from filling the pipe
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          serveOutput.add(line);
        }
      } catch (IOException e) {
        serveOutput.add("(output ended: " + e + ")");
      }
    });
  }

  @Test
  void an_ingest_from_another_process_is_searchable_within_2_s_and_no_request_fails_meanwhile()
      throws Exception {
    Path archive = dir.resolve("archive");
    Path early = dir.resolve("early");
    Path pages = dir.resolve("pages");
    assertThat(Cli.run("generate", "--count", "2", "--seed", "11", "--out", early.toString())
        .exit()).isZero();
    assertThat(Cli.run("generate", "--count", "60", "--seed", "12", "--out", pages.toString())
        .exit()).isZero();
    assertThat(Cli.run("ingest", early.toString(), "--archive", archive.toString()).exit())
        .isZero();
    serve(archive);
    Path handoff = archive.resolve(ServeFile.FILE);
    assertThat(handoff).exists();
    assertThat(Files.getPosixFilePermissions(handoff))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    List<String> before = new ArrayList<>();
    JSON.readTree(get("/api/v1/search?size=10").body()).get("hits")
        .forEach(hit -> before.add(hit.get("id").asText()));
    assertThat(before).hasSize(2);
    String known = before.get(0);

    // Readers: the home page, a search, a publication page, all the time of the ingest.
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
    List<Thread> readers = new ArrayList<>();
    for (String path : List.of("/", "/search?q=the", "/p/" + known)) {
      readers.add(Thread.ofPlatform().start(() -> {
        while (reading.get()) {
          try {
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200) {
              failed.add(path + ": " + response.statusCode());
            }
            answered.incrementAndGet();
            Thread.sleep(50);
          } catch (IOException | InterruptedException e) {
            failed.add(path + ": " + e);
          }
        }
      }));
    }
    // A watcher: when each new publication is first found by a search.
    Map<String, Instant> found = new ConcurrentHashMap<>();
    Thread watcher = Thread.ofPlatform().start(() -> {
      while (reading.get()) {
        try {
          for (JsonNode hit : JSON.readTree(get("/api/v1/search?size=100").body())
              .get("hits")) {
            found.putIfAbsent(hit.get("id").asText(), Instant.now());
          }
          Thread.sleep(100);
        } catch (IOException | InterruptedException e) {
          failed.add("watcher: " + e);
        }
      }
    });

    Process ingest = ChildJvm.startMerged(Main.class, "ingest", pages.toString(), "--archive",
        archive.toString());
    String printed = new String(ingest.getInputStream().readAllBytes(), UTF_8);
    assertThat(ingest.waitFor(3, TimeUnit.MINUTES)).isTrue();
    Thread.sleep(2500); // the last publications' 2 s
    reading.set(false);
    for (Thread reader : readers) {
      reader.join();
    }
    watcher.join();

    assertThat(ingest.exitValue()).as(printed).isZero();
    assertThat(printed).contains("ingest: the archive is open in serve (pid " + serve.pid()
        + ") at " + base + "; handing the work to it")
        .contains("Ingested 60 pages").contains("  added     60").contains("  failed    0");
    assertThat(failed).as("failed requests of " + answered.get()).isEmpty();
    assertThat(answered.get()).isGreaterThan(10);
    JsonNode all = JSON.readTree(get("/api/v1/search?size=100").body());
    assertThat(all.get("total").asInt()).isEqualTo(62);
    for (JsonNode hit : all.get("hits")) {
      String id = hit.get("id").asText();
      if (before.contains(id)) {
        continue;
      }
      Instant stored = Instant.parse(JSON.readTree(get("/api/v1/publications/" + id).body())
          .get("versions").get(0).get("ingestedAt").asText());
      assertThat(found).containsKey(id);
      assertThat(Duration.between(stored, found.get(id)))
          .as("%s stored at %s, found at %s", id, stored, found.get(id))
          .isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    // The same archive, still served: a reparse and a check are handed to the server too.
    Cli reparse = Cli.run("reparse", "--all", "--archive", archive.toString());
    assertThat(reparse.exit()).as(reparse.err()).isZero();
    assertThat(reparse.out()).contains("Read 62 publications again with parser")
        .contains("  failed    0");
    assertThat(reparse.err()).contains("reparse: the archive is open in serve");
    Cli check = Cli.run("check", "--archive", archive.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).startsWith("Store: 62 publications").endsWith("0 disagreements\n");

    serve.destroy();
    assertThat(serve.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(handoff).as("deleted when serve stops").doesNotExist();
  }

  @Test
  void a_crawl_is_handed_to_the_server_which_fetches_and_writes_its_warc_files() throws Exception {
    site = new LoopbackSite(6, 3).start();
    Path archive = dir.resolve("archive");
    ArchiveConfig.embedded().withContact("live-tests@example.org").writeTo(archive);
    site.writeProfile(archive);
    serve(archive);

    Cli crawl = Cli.run("crawl", "loopback", "--max-pages", "3", "--delay", "0", "--archive",
        archive.toString());

    assertThat(crawl.exit()).as(crawl.out() + crawl.err()).isZero();
    assertThat(crawl.err()).contains("crawl: the archive is open in serve");
    assertThat(crawl.out()).containsPattern("(?m)^Crawl \\d{8}T\\d{6}Z-[0-9a-f]{6}: ")
        .contains("  new           3\n", "  failed        0\n");
    try (var warcs = Files.list(archive.resolve("warc"))) {
      assertThat(warcs.toList()).isNotEmpty();
    }
    assertThat(JSON.readTree(get("/api/v1/search?size=1").body()).get("total").asInt())
        .isEqualTo(3);
  }

  @Test
  void a_hand_off_file_left_by_a_killed_server_is_ignored_and_deleted() throws Exception {
    Path archive = dir.resolve("archive");
    Path pages = dir.resolve("pages");
    assertThat(Cli.run("generate", "--count", "1", "--seed", "13", "--out", pages.toString())
        .exit()).isZero();
    Process gone = ChildJvm.start(HoldArchive.class, archive.toString(), "serve");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(gone.getInputStream(), UTF_8))) {
      assertThat(out.readLine()).isEqualTo("held");
    }
    gone.destroyForcibly();
    assertThat(gone.waitFor(1, TimeUnit.MINUTES)).isTrue();
    Files.writeString(archive.resolve(ServeFile.FILE), "url=http://127.0.0.1:9\npid="
        + gone.pid() + "\nsecret=left-behind\n");
    assertThat(ServeFile.find(archive)).as("its process is gone").isEmpty();

    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive.toString());

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.err()).doesNotContain("handing the work");
    assertThat(ingest.out()).contains("  added     1");
    assertThat(archive.resolve(ServeFile.FILE)).doesNotExist();
  }

  @Test
  void a_hand_off_file_of_a_process_that_does_not_hold_the_archive_is_not_used()
      throws Exception {
    Path archive = dir.resolve("archive");
    Process holder = ChildJvm.start(HoldArchive.class, archive.toString(), "ingest");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), UTF_8))) {
      assertThat(out.readLine()).isEqualTo("held");
      // A file naming a live process (this one) that serves nothing there.
      Files.writeString(archive.resolve(ServeFile.FILE), "url=http://127.0.0.1:9\npid="
          + ProcessHandle.current().pid() + "\nsecret=not-a-server\n");

      Cli check = Cli.run("check", "--archive", archive.toString());

      assertThat(check.exit()).isEqualTo(1);
      assertThat(check.err()).startsWith("verbatim: the archive " + archive
          + " is in use by another Verbatim process (pid " + holder.pid() + ", `ingest`");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
