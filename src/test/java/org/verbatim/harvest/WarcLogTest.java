package org.verbatim.harvest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

class WarcLogTest {

  static final String PAGE = """
      <!DOCTYPE html><html><head><title>Briefing</title></head><body>
      <p>Minister Olga Varnek: The river crossing opens on Monday.</p>
      </body></html>
      """;
  static final URI URL = URI.create("https://mfa.example.org/briefings/2024/17?lang=en");
  static final Instant FETCHED = Instant.parse("2024-03-01T10:15:30.250Z");

  @TempDir
  Path archive;

  static WarcLog.Exchange exchange(URI uri, Instant date, int status, String reason,
      List<Map.Entry<String, String>> headers, byte[] body) {
    return new WarcLog.Exchange(uri, "GET",
        List.of(Map.entry("User-Agent", "Verbatim/0.1 (+mailto:archive@example.org)"),
            Map.entry("Accept-Encoding", "gzip, deflate")),
        date, "192.0.2.7", status, reason, headers, body);
  }

  static WarcLog.Exchange page(URI uri, Instant date, String html) {
    return exchange(uri, date, 200, "OK",
        List.of(Map.entry("Content-Type", "text/html; charset=utf-8"),
            Map.entry("Content-Encoding", "gzip"), Map.entry("Content-Length", "97"),
            Map.entry("Transfer-Encoding", "chunked"), Map.entry("ETag", "\"v1\"")),
        html.getBytes(UTF_8));
  }

  /** Every record of {@code file}, read by jwarc with block digests computed. */
  static List<Read> records(Path file) throws Exception {
    List<Read> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      reader.calculateBlockDigest();
      for (WarcRecord record : reader) {
        byte[] payload = null;
        String http = null;
        MessageHeaders fields = null;
        if (record instanceof WarcResponse response) {
          http = new String(response.http().serializeHeader(), ISO_8859_1);
          payload = response.payload().orElseThrow().body().stream().readAllBytes();
        } else if (record instanceof WarcRequest request) {
          http = new String(request.http().serializeHeader(), ISO_8859_1);
        } else if (record instanceof WarcRevisit revisit) {
          http = new String(revisit.http().serializeHeader(), ISO_8859_1);
        } else if (record instanceof Warcinfo info) {
          fields = info.fields();
        }
        out.add(new Read(record, http, fields, payload,
            record.calculatedBlockDigest().orElseThrow().equals(
                record.blockDigest().orElseThrow())));
      }
    }
    return out;
  }

  record Read(WarcRecord record, String http, MessageHeaders fields, byte[] payload,
      boolean blockDigestValid) {}

  static WarcDigest sha1(byte[] bytes) throws Exception {
    return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
  }

  @Test
  void writes_a_response_and_its_request_that_jwarc_reads_back_whole() throws Exception {
    try (WarcLog log = WarcLog.open(archive, "run-7")) {
      log.exchange(page(URL, FETCHED, PAGE));

      assertThat(log.files()).containsExactly(
          archive.resolve("warc/verbatim-run-7-00001.warc.gz"));
      assertThat(log.currentFile()).isEqualTo(log.files().get(0));
      assertThat(log.bytesWritten()).isEqualTo(Files.size(log.currentFile()));
    }

    List<Read> records = records(archive.resolve("warc/verbatim-run-7-00001.warc.gz"));
    assertThat(records).extracting(r -> r.record().type())
        .containsExactly("warcinfo", "response", "request");
    assertThat(records).allSatisfy(r -> {
      assertThat(r.record().version()).isEqualTo(MessageVersion.WARC_1_1);
      assertThat(r.blockDigestValid()).as("block digest of " + r.record().type()).isTrue();
    });

    Warcinfo info = (Warcinfo) records.get(0).record();
    assertThat(info.filename()).contains("verbatim-run-7-00001.warc.gz");
    MessageHeaders fields = records.get(0).fields();
    assertThat(fields.sole("software")).contains("Verbatim");
    assertThat(fields.sole("format")).contains("WARC File Format 1.1");
    assertThat(fields.sole("isPartOf")).contains("run-7");

    WarcResponse response = (WarcResponse) records.get(1).record();
    WarcRequest request = (WarcRequest) records.get(2).record();
    assertThat(response.target()).isEqualTo(URL.toString());
    assertThat(response.date()).isEqualTo(FETCHED);
    assertThat(response.ipAddress().orElseThrow().getHostAddress()).isEqualTo("192.0.2.7");
    assertThat(response.concurrentTo()).containsExactly(request.id());
    assertThat(request.concurrentTo()).containsExactly(response.id());
    assertThat(response.warcinfoID()).contains(info.id());
    assertThat(records.get(1).http()).isEqualTo("""
        HTTP/1.1 200 OK\r
        Content-Type: text/html; charset=utf-8\r
        X-Verbatim-Original-Content-Encoding: gzip\r
        X-Verbatim-Original-Transfer-Encoding: chunked\r
        ETag: "v1"\r
        Content-Length: %d\r
        \r
        """.formatted(PAGE.getBytes(UTF_8).length));
    assertThat(records.get(1).payload()).isEqualTo(PAGE.getBytes(UTF_8));
    assertThat(response.payloadDigest()).contains(sha1(PAGE.getBytes(UTF_8)));

    assertThat(request.target()).isEqualTo(URL.toString());
    assertThat(request.date()).isEqualTo(FETCHED);
    assertThat(records.get(2).http()).isEqualTo("""
        GET /briefings/2024/17?lang=en HTTP/1.1\r
        Host: mfa.example.org\r
        User-Agent: Verbatim/0.1 (+mailto:archive@example.org)\r
        Accept-Encoding: gzip, deflate\r
        \r
        """);
  }

  @Test
  void a_304_becomes_a_server_not_modified_revisit_referring_to_the_earlier_capture()
      throws Exception {
    Instant earlier = Instant.parse("2024-02-01T08:00:00Z");
    try (WarcLog log = WarcLog.open(archive, "run-7")) {
      log.notModified(exchange(URL, FETCHED, 304, "Not Modified",
          List.of(Map.entry("ETag", "\"v1\"")), new byte[0]), earlier);
      log.notModified(exchange(URL, FETCHED.plusSeconds(60), 304, null, List.of(),
          new byte[0]), null);
    }

    List<Read> records = records(archive.resolve("warc/verbatim-run-7-00001.warc.gz"));
    assertThat(records).extracting(r -> r.record().type())
        .containsExactly("warcinfo", "revisit", "request", "revisit", "request");
    assertThat(records).allSatisfy(r -> assertThat(r.blockDigestValid()).isTrue());
    WarcRevisit revisit = (WarcRevisit) records.get(1).record();
    assertThat(revisit.profile()).isEqualTo(WarcRevisit.SERVER_NOT_MODIFIED_1_1);
    assertThat(revisit.target()).isEqualTo(URL.toString());
    assertThat(revisit.date()).isEqualTo(FETCHED);
    assertThat(revisit.refersToTargetURI()).contains(URL);
    assertThat(revisit.refersToDate()).contains(earlier);
    assertThat(revisit.concurrentTo()).containsExactly(records.get(2).record().id());
    assertThat(records.get(1).http())
        .isEqualTo("HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n");

    WarcRevisit unknownDate = (WarcRevisit) records.get(3).record();
    assertThat(unknownDate.refersToTargetURI()).contains(URL);
    assertThat(unknownDate.refersToDate()).isEmpty();
  }

  @Test
  void a_file_past_the_rotation_size_is_followed_by_a_new_one_that_begins_with_warcinfo()
      throws Exception {
    List<Path> files;
    try (WarcLog log = WarcLog.open(archive, "run-7", 1_000)) {
      for (int i = 0; i < 3; i++) {
        log.exchange(page(URI.create(URL + "&page=" + i), FETCHED.plusSeconds(i), PAGE));
      }
      files = log.files();
      assertThat(log.bytesWritten())
          .isEqualTo(Files.size(files.get(0)) + Files.size(files.get(1)) + Files.size(files.get(2)));
    }

    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
        "verbatim-run-7-00001.warc.gz", "verbatim-run-7-00002.warc.gz",
        "verbatim-run-7-00003.warc.gz");
    for (int i = 0; i < 3; i++) {
      List<Read> records = records(files.get(i));
      assertThat(records).extracting(r -> r.record().type())
          .containsExactly("warcinfo", "response", "request");
      assertThat(((WarcResponse) records.get(1).record()).target()).endsWith("&page=" + i);
    }
  }

  @Test
  void a_second_open_of_a_run_writes_the_next_file_and_leaves_the_first_as_it_was()
      throws Exception {
    try (WarcLog log = WarcLog.open(archive, "run-7")) {
      log.exchange(page(URL, FETCHED, PAGE));
    }
    Path first = archive.resolve("warc/verbatim-run-7-00001.warc.gz");
    byte[] before = Files.readAllBytes(first);

    try (WarcLog log = WarcLog.open(archive, "run-7")) {
      log.exchange(page(URL, FETCHED.plusSeconds(3600), PAGE));
      assertThat(log.files()).containsExactly(
          archive.resolve("warc/verbatim-run-7-00002.warc.gz"));
    }
    try (WarcLog other = WarcLog.open(archive, "run-8")) {
      assertThat(other.currentFile().getFileName().toString())
          .isEqualTo("verbatim-run-8-00001.warc.gz");
    }

    assertThat(Files.readAllBytes(first)).isEqualTo(before);
    assertThat(records(archive.resolve("warc/verbatim-run-7-00002.warc.gz")))
        .extracting(r -> r.record().type()).containsExactly("warcinfo", "response", "request");
  }

  @Test
  void an_exchange_is_in_the_file_when_it_returns_before_the_log_is_closed() throws Exception {
    try (WarcLog log = WarcLog.open(archive, "run-7")) {
      log.exchange(page(URL, FETCHED, PAGE));

      List<Read> records = records(log.currentFile());

      assertThat(records).extracting(r -> r.record().type())
          .containsExactly("warcinfo", "response", "request");
      assertThat(records.get(1).payload()).isEqualTo(PAGE.getBytes(UTF_8));
    }
  }

  @Test
  void refuses_a_run_id_that_cannot_be_part_of_a_file_name_and_a_host_name_for_an_address() {
    assertThatThrownBy(() -> WarcLog.open(archive, "../run"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A WARC run id must be letters, digits, '.', '_' or '-', starting with a "
            + "letter or digit: ../run");
    assertThatThrownBy(() -> new WarcLog.Exchange(URL, "GET", List.of(), FETCHED,
        "mfa.example.org", 200, "OK", List.of(), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remoteAddress must be an IP address, not a host name: mfa.example.org");
  }

  @Test
  void writing_after_close_names_the_run() throws Exception {
    WarcLog log = WarcLog.open(archive, "run-7");
    log.close();

    assertThatThrownBy(() -> log.exchange(page(URL, FETCHED, PAGE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The WARC log of run run-7 is closed");
  }
}
