package org.verbatim.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.testing.TestWarc.BRIEFING;
import static org.verbatim.testing.TestWarc.BRIEFING_HTML;
import static org.verbatim.testing.TestWarc.FIRST_FETCH;
import static org.verbatim.testing.TestWarc.INTERVIEW;
import static org.verbatim.testing.TestWarc.INTERVIEW_V1;
import static org.verbatim.testing.TestWarc.INTERVIEW_V2;
import static org.verbatim.testing.TestWarc.RUSSIAN;
import static org.verbatim.testing.TestWarc.RUSSIAN_HTML;
import static org.verbatim.testing.TestWarc.SECOND_FETCH;
import static org.verbatim.testing.TestWarc.SITE;
import static org.verbatim.testing.TestWarc.STATEMENT;
import static org.verbatim.testing.TestWarc.STATEMENT_PRINT;
import static org.verbatim.testing.TestWarc.STATEMENT_TEXT;
import static org.verbatim.testing.TestWarc.WINDOWS_1251;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.TestWarc;

class WarcPagesTest {

  @TempDir
  Path dir;

  @Test
  void finds_the_pages_of_a_warc_in_file_order_and_says_why_each_other_record_is_skipped()
      throws Exception {
    TestWarc.Sample sample = TestWarc.sample(dir.resolve("crawl.warc.gz"));
    Map<String, Long> at = sample.offsets();
    Path file = sample.file();

    WarcPages.Scan scan = WarcPages.scan(file);

    assertThat(scan.pages()).containsExactly(
        entry(file, at.get("interview v1"), at.get("interview v1"), INTERVIEW, FIRST_FETCH),
        entry(file, at.get("statement"), at.get("statement"), STATEMENT,
            FIRST_FETCH.plusSeconds(10)),
        entry(file, at.get("interview v2"), at.get("interview v2"), INTERVIEW, SECOND_FETCH),
        entry(file, at.get("statement"), at.get("statement print"), STATEMENT_PRINT,
            SECOND_FETCH.plusSeconds(10)),
        entry(file, at.get("statement"), at.get("statement again"), STATEMENT,
            SECOND_FETCH.plusSeconds(20)),
        entry(file, at.get("briefing"), at.get("briefing"), BRIEFING,
            SECOND_FETCH.plusSeconds(30)),
        entry(file, at.get("russian"), at.get("russian"), RUSSIAN,
            SECOND_FETCH.plusSeconds(40)));
    assertThat(scan.skipped()).containsExactly(
        new WarcPages.Skipped(file + "#" + at.get("404") + " " + SITE + "/en/missing",
            "HTTP 404"),
        new WarcPages.Skipped(file + "#" + at.get("png") + " " + SITE + "/logo.png",
            "not a page: image/png"),
        new WarcPages.Skipped(file + "#" + at.get("redirect") + " " + SITE
            + "/en/interviews/latest", "redirect: HTTP 301 to " + INTERVIEW),
        new WarcPages.Skipped(file + "#" + at.get("not modified") + " " + INTERVIEW,
            "revisit: not modified since 2017-03-02T19:00:00Z"),
        new WarcPages.Skipped(file + "#" + at.get("last"), "truncated record at offset "
            + at.get("last") + ": the file ends inside it (unexpected end of gzip stream)"));
  }

  @Test
  void reads_a_page_de_chunked_and_decompressed_with_its_url_fetch_date_and_http_charset()
      throws Exception {
    WarcPages.Scan scan = WarcPages.scan(TestWarc.sample(dir.resolve("crawl.warc.gz")).file());
    List<WarcPages.Entry> pages = scan.pages();

    RawPage chunked = WarcPages.read(pages.get(0));
    assertThat(new String(chunked.bytes(), UTF_8)).isEqualTo(INTERVIEW_V1);
    assertThat(chunked.url()).isEqualTo(INTERVIEW);
    assertThat(chunked.fetchedAt()).isEqualTo(FIRST_FETCH);
    assertThat(chunked.format()).isEqualTo(RawPage.Format.HTML);
    assertThat(chunked.charset()).isEqualTo("utf-8");
    assertThat(chunked.path()).isEqualTo(pages.get(0).name());

    RawPage text = WarcPages.read(pages.get(1));
    assertThat(new String(text.bytes(), UTF_8)).isEqualTo(STATEMENT_TEXT);
    assertThat(text.format()).isEqualTo(RawPage.Format.TEXT);

    assertThat(new String(WarcPages.read(pages.get(2)).bytes(), UTF_8)).isEqualTo(INTERVIEW_V2);
    assertThat(WarcPages.read(pages.get(2)).fetchedAt()).isEqualTo(SECOND_FETCH);

    RawPage gzipped = WarcPages.read(pages.get(5));
    assertThat(new String(gzipped.bytes(), UTF_8)).isEqualTo(BRIEFING_HTML);
    assertThat(gzipped.charset()).isNull();

    RawPage russian = WarcPages.read(pages.get(6));
    assertThat(russian.bytes()).isEqualTo(RUSSIAN_HTML.getBytes(WINDOWS_1251));
    assertThat(russian.charset()).isEqualTo("windows-1251");
    assertThat(russian.declaredCharset()).isEqualTo(WINDOWS_1251);
  }

  @Test
  void a_revisit_reads_the_payload_of_the_response_it_repeats_under_its_own_url_and_date()
      throws Exception {
    List<WarcPages.Entry> pages =
        WarcPages.scan(TestWarc.sample(dir.resolve("crawl.warc.gz")).file()).pages();

    RawPage byDigest = WarcPages.read(pages.get(3));
    RawPage byUrlAndDate = WarcPages.read(pages.get(4));

    assertThat(new String(byDigest.bytes(), UTF_8)).isEqualTo(STATEMENT_TEXT);
    assertThat(byDigest.url()).isEqualTo(STATEMENT_PRINT);
    assertThat(byDigest.fetchedAt()).isEqualTo(SECOND_FETCH.plusSeconds(10));
    assertThat(byDigest.format()).isEqualTo(RawPage.Format.TEXT);
    assertThat(new String(byUrlAndDate.bytes(), UTF_8)).isEqualTo(STATEMENT_TEXT);
    assertThat(byUrlAndDate.fetchedAt()).isEqualTo(SECOND_FETCH.plusSeconds(20));
  }

  @Test
  void an_uncompressed_warc_reads_the_same_and_its_truncated_record_is_named_too()
      throws Exception {
    TestWarc.Sample sample = TestWarc.sample(dir.resolve("crawl.warc"));
    long last = sample.offsets().get("last");

    WarcPages.Scan scan = WarcPages.scan(sample.file());

    assertThat(scan.pages()).extracting(WarcPages.Entry::url).containsExactly(INTERVIEW,
        STATEMENT, INTERVIEW, STATEMENT_PRINT, STATEMENT, BRIEFING, RUSSIAN);
    assertThat(scan.skipped()).last().isEqualTo(new WarcPages.Skipped(sample.file() + "#" + last,
        "truncated record at offset " + last + ": the file ends inside it"));
    assertThat(new String(WarcPages.read(scan.pages().get(0)).bytes(), UTF_8))
        .isEqualTo(INTERVIEW_V1);
  }

  @Test
  void a_revisit_of_a_payload_the_file_does_not_hold_is_skipped_with_its_digest()
      throws Exception {
    Path file = dir.resolve("revisit.warc.gz");
    long revisit;
    try (TestWarc warc = TestWarc.create(file)) {
      revisit = warc.identical(STATEMENT, SECOND_FETCH, "elsewhere".getBytes(UTF_8), null, null);
    }

    WarcPages.Scan scan = WarcPages.scan(file);

    assertThat(scan.pages()).isEmpty();
    assertThat(scan.skipped()).containsExactly(new WarcPages.Skipped(
        file + "#" + revisit + " " + STATEMENT, "revisit: no earlier page in this file has its "
            + "payload (sha1:ROXRVBIFW4JINXC25DR5CD6I3YNKG2GK)"));
  }

  @Test
  void a_file_that_is_no_warc_is_one_corrupt_record_at_offset_0() throws Exception {
    Path file = dir.resolve("notes.warc");
    Files.writeString(file, "These are my notes on the crawl.\n", UTF_8);

    WarcPages.Scan scan = WarcPages.scan(file);

    assertThat(scan.pages()).isEmpty();
    assertThat(scan.skipped()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo(file + "#0");
      assertThat(s.reason()).startsWith("corrupt record at offset 0: ");
    });
  }

  @Test
  void reading_an_entry_whose_record_is_not_a_response_says_what_it_is() throws Exception {
    Path file = dir.resolve("request.warc.gz");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.request(INTERVIEW, FIRST_FETCH);
    }
    WarcPages.Entry entry = new WarcPages.Entry(file, 0, INTERVIEW, FIRST_FETCH,
        file + "#0 " + INTERVIEW);

    assertThatThrownBy(() -> WarcPages.read(entry))
        .hasMessage("the record at offset 0 of " + file + " is a request record, not a response");
  }

  @Test
  void a_payload_in_a_content_encoding_it_cannot_decode_fails_its_read_by_name() throws Exception {
    Path file = dir.resolve("brotli.warc.gz");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response(INTERVIEW, FIRST_FETCH, "200 OK",
          List.of("Content-Type: text/html", "Content-Encoding: br"), new byte[] {1, 2, 3});
    }
    WarcPages.Entry entry = WarcPages.scan(file).pages().get(0);

    assertThatThrownBy(() -> WarcPages.read(entry))
        .hasMessage("Content-Encoding not supported: br");
  }

  @Test
  void knows_a_warc_file_by_its_name() {
    assertThat(WarcPages.isWarc(Path.of("a/crawl-00001.warc.gz"))).isTrue();
    assertThat(WarcPages.isWarc(Path.of("CRAWL.WARC"))).isTrue();
    assertThat(WarcPages.isWarc(Path.of("crawl.warc.gz.open"))).isFalse();
    assertThat(WarcPages.isWarc(Path.of("crawl.arc.gz"))).isFalse();
    assertThat(WarcPages.isWarc(Path.of("/"))).isFalse();
  }

  private static WarcPages.Entry entry(Path file, long payloadAt, long recordAt, String url,
      java.time.Instant date) {
    return new WarcPages.Entry(file, payloadAt, url, date, file + "#" + recordAt + " " + url);
  }
}
