package org.verbatim.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The loopback site behaves as the crawler's tests are told it does. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoopbackSiteTest {

  private static final Pattern DOCUMENT_LINK = Pattern.compile("/(en|ru)/briefings/(\\d+)/");

  private LoopbackSite site;
  private HttpClient http;

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite(25, 7).start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    http.close();
    site.close();
  }

  private HttpRequest request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(site.base() + path))
        .timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder.build();
  }

  private HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    return http.send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Document page(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(new String(response.body(), UTF_8), site.base() + path);
  }

  private static List<String> itemLinks(Document page) {
    return page.select("div.items a.item-title").eachAttr("href");
  }

  @Test
  void lists_documents_newest_first_ten_a_page_and_links_each_page_to_the_next()
      throws Exception {
    for (String lang : List.of("en", "ru")) {
      List<String> pages = new ArrayList<>();
      List<Integer> ids = new ArrayList<>();
      String path = "/" + lang + "/briefings/";
      while (path != null) {
        pages.add(path);
        Document page = page(path);
        List<String> documents = itemLinks(page).stream()
            .filter(href -> DOCUMENT_LINK.matcher(href).matches()).toList();
        assertThat(documents).hasSizeLessThanOrEqualTo(10)
            .allMatch(href -> href.startsWith("/" + lang + "/"));
        documents.forEach(href -> ids.add(Integer.parseInt(href.split("/")[3])));
        Element next = page.selectFirst("a.next");
        path = next == null ? null : next.attr("href");
      }
      assertThat(pages).containsExactly("/" + lang + "/briefings/",
          "/" + lang + "/briefings/?page=2", "/" + lang + "/briefings/?page=3");
      assertThat(ids).hasSize(25).isSortedAccordingTo((a, b) -> b - a).startsWith(1025)
          .endsWith(1001);
      assertThat(get("/" + lang + "/briefings/?page=4").statusCode()).isEqualTo(404);
    }
    assertThat(itemLinks(page("/en/briefings/"))).hasSize(11)
        .endsWith(LoopbackSite.PRIVATE_LINK);
    assertThat(itemLinks(page("/en/briefings/?page=3"))).hasSize(5 + 12)
        .endsWith(site.faults().toArray(String[]::new));
    assertThat(itemLinks(page("/ru/briefings/?page=3"))).hasSize(5);
    Document first = page("/en/briefings/?page=1");
    assertThat(first.select("header nav.menu a")).hasSizeGreaterThan(2);
    assertThat(first.select("footer").text()).contains("Additional materials");
    assertThat(first.select("a.lang[hreflang=ru]").attr("href")).isEqualTo("/ru/briefings/");
  }

  @Test
  void document_pages_hold_the_article_and_link_the_other_language_the_listing_and_themselves()
      throws Exception {
    Document en = page("/en/briefings/1003/");
    Element article = en.selectFirst("div.article");
    assertThat(article).isNotNull();
    assertThat(article.select("div.date").text()).isNotBlank();
    assertThat(article.select("p")).isNotEmpty();
    String title = article.select("h1").text();
    assertThat(page("/en/briefings/?page=3").select("a.item-title[href=/en/briefings/1003/]")
        .text()).isEqualTo(title);
    assertThat(en.select("a.lang[hreflang]").eachAttr("href"))
        .containsExactly("/ru/briefings/1003/");
    assertThat(en.select("a[href=/en/briefings/]")).isNotEmpty();
    assertThat(en.select("a[href=/en/briefings/1003/]")).isNotEmpty();
    assertThat(en.select("footer").text()).contains("Additional materials", "synthetic");

    Document ru = page("/ru/briefings/1003/");
    assertThat(ru.select("a.lang[hreflang=en]").attr("href")).isEqualTo("/en/briefings/1003/");
    assertThat(ru.select("div.article h1").text()).containsPattern("\\p{IsCyrillic}{4,}");
    assertThat(ru.select("div.article div.date")).isNotEmpty();
    assertThat(get("/en/briefings/1026/").statusCode()).isEqualTo(404);
  }

  @Test
  void answers_conditional_requests_with_304_until_the_document_changes() throws Exception {
    String path = "/en/briefings/1004/";
    HttpResponse<byte[]> first = get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(lastModified).isEqualTo("Mon, 01 Jan 2024 16:44:00 GMT");

    HttpResponse<byte[]> byTag = get(path, "If-None-Match", etag);
    HttpResponse<byte[]> byDate = get(path, "If-Modified-Since", lastModified);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).contains(etag);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

    String russianTag = get("/ru/briefings/1004/").headers().firstValue("ETag").orElseThrow();
    site.change(1004);

    HttpResponse<byte[]> changed = get(path, "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    Instant modified = Instant.from(Reply.HTTP_DATE.parse(
        changed.headers().firstValue("Last-Modified").orElseThrow()));
    assertThat(modified).isAfter(Instant.parse("2024-01-01T16:44:00Z"));
    assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
    List<String> before = Jsoup.parse(new String(first.body(), UTF_8))
        .select("div.article p").eachText();
    List<String> after = Jsoup.parse(new String(changed.body(), UTF_8))
        .select("div.article p").eachText();
    assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(String[]::new));
    assertThat(new String(get("/sitemap.xml").body(), UTF_8)).contains(site.base() + path
        + "</loc><lastmod>" + modified + "</lastmod>");
    assertThat(get("/ru/briefings/1004/", "If-None-Match", russianTag).statusCode())
        .isEqualTo(304);
  }

  @Test
  void adds_the_newest_document_at_the_top_of_the_first_pages() throws Exception {
    int id = site.add();

    assertThat(id).isEqualTo(1026);
    assertThat(itemLinks(page("/en/briefings/"))).startsWith("/en/briefings/1026/",
        "/en/briefings/1025/");
    assertThat(itemLinks(page("/ru/briefings/"))).startsWith("/ru/briefings/1026/");
    assertThat(itemLinks(page("/en/briefings/?page=3"))).startsWith("/en/briefings/1006/");
    assertThat(page("/ru/briefings/1026/").select("div.article h1").text()).isNotBlank();
    assertThat(site.documentPaths()).contains("/en/briefings/1026/", "/ru/briefings/1026/");
  }

  @Test
  void robots_txt_disallows_private_pages_and_names_the_sitemap_and_any_crawl_delay()
      throws Exception {
    String sitemap = "Sitemap: " + site.base() + "/sitemap.xml\n";
    assertThat(new String(get("/robots.txt").body(), UTF_8))
        .isEqualTo("User-agent: *\nDisallow: /private/\n\n" + sitemap);

    site.robotsDelay(Duration.ofMillis(1500));
    assertThat(new String(get("/robots.txt").body(), UTF_8))
        .isEqualTo("User-agent: *\nDisallow: /private/\nCrawl-delay: 1.5\n\n" + sitemap);
    site.robotsDelay(Duration.ofSeconds(2));
    assertThat(new String(get("/robots.txt").body(), UTF_8)).contains("\nCrawl-delay: 2\n");
  }

  @Test
  void the_sitemap_lists_every_document_in_both_languages_with_lastmod_and_a_private_page()
      throws Exception {
    HttpResponse<byte[]> response = get("/sitemap.xml");
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/xml");
    Matcher url = Pattern.compile("<url><loc>" + Pattern.quote(site.base())
        + "([^<]+)</loc><lastmod>([^<]+)</lastmod></url>").matcher(new String(response.body(),
        UTF_8));
    List<String> paths = new ArrayList<>();
    while (url.find()) {
      paths.add(url.group(1));
      assertThat(Instant.parse(url.group(2))).isAfterOrEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }
    List<String> expected = new ArrayList<>(site.documentPaths().stream()
        .filter(path -> DOCUMENT_LINK.matcher(path).matches()).toList());
    expected.add(LoopbackSite.PRIVATE_IN_SITEMAP);
    assertThat(paths).containsExactlyElementsOf(expected).hasSize(51);
    assertThat(site.documentPaths()).hasSize(55).endsWith(LoopbackSite.BUSY,
        LoopbackSite.UNAVAILABLE, LoopbackSite.BROKEN_HTML, LoopbackSite.CP1251,
        LoopbackSite.GZIP);
  }

  @Test
  void busy_answers_429_once_and_unavailable_503_twice_before_their_documents()
      throws Exception {
    HttpResponse<byte[]> busy = get(LoopbackSite.BUSY);
    assertThat(busy.statusCode()).isEqualTo(429);
    assertThat(busy.headers().firstValue("Retry-After")).contains("2");
    assertThat(page(LoopbackSite.BUSY).select("div.article h1").text()).isNotBlank();

    for (int i = 0; i < 2; i++) {
      HttpResponse<byte[]> unavailable = get(LoopbackSite.UNAVAILABLE);
      assertThat(unavailable.statusCode()).isEqualTo(503);
      assertThat(unavailable.headers().firstValue("Retry-After")).contains("1");
    }
    assertThat(page(LoopbackSite.UNAVAILABLE).select("div.article p")).isNotEmpty();
    assertThat(get(LoopbackSite.BROKEN_SERVER).statusCode()).isEqualTo(500);
    assertThat(get(LoopbackSite.BROKEN_SERVER).statusCode()).isEqualTo(500);
    assertThat(site.count(LoopbackSite.BUSY)).isEqualTo(2);
    assertThat(site.fullResponses(LoopbackSite.BUSY)).isEqualTo(1);
  }

  @Test
  void moved_leads_to_an_existing_document_and_the_loop_pages_redirect_to_each_other()
      throws Exception {
    HttpResponse<byte[]> moved = get(LoopbackSite.MOVED);
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).contains("/en/briefings/1001/");
    assertThat(get("/en/briefings/1001/").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> a = get(LoopbackSite.LOOP_A);
    HttpResponse<byte[]> b = get(LoopbackSite.LOOP_B);
    assertThat(a.statusCode()).isEqualTo(302);
    assertThat(a.headers().firstValue("Location")).contains(LoopbackSite.LOOP_B);
    assertThat(b.statusCode()).isEqualTo(302);
    assertThat(b.headers().firstValue("Location")).contains(LoopbackSite.LOOP_A);
  }

  @Test
  void cp1251_is_windows_1251_named_only_by_its_content_type() throws Exception {
    HttpResponse<byte[]> response = get(LoopbackSite.CP1251);

    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/html; charset=windows-1251");
    assertThatThrownBy(() -> UTF_8.newDecoder().decode(ByteBuffer.wrap(response.body())))
        .isInstanceOf(CharacterCodingException.class);
    String html = new String(response.body(), Charset.forName("windows-1251"));
    assertThat(html).doesNotContainIgnoringCase("charset").containsPattern("\\p{IsCyrillic}{6,}");
    assertThat(Jsoup.parse(html).select("div.article h1").text())
        .containsPattern("\\p{IsCyrillic}{4,}");
  }

  @Test
  void gzip_is_compressed_only_for_clients_that_accept_it() throws Exception {
    HttpResponse<byte[]> packed = get(LoopbackSite.GZIP, "Accept-Encoding", "gzip, deflate");
    HttpResponse<byte[]> plain = get(LoopbackSite.GZIP);
    HttpResponse<byte[]> refused = get(LoopbackSite.GZIP, "Accept-Encoding", "gzip;q=0");

    assertThat(packed.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(packed.headers().firstValue("Vary")).contains("Accept-Encoding");
    byte[] unpacked;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
      unpacked = in.readAllBytes();
    }
    assertThat(unpacked).isEqualTo(plain.body());
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(Jsoup.parse(new String(plain.body(), UTF_8)).select("div.article p")).isNotEmpty();
  }

  @Test
  void huge_streams_a_page_larger_than_huge_bytes_without_a_length() throws Exception {
    site.hugeBytes(300_000);

    HttpResponse<byte[]> response = get(LoopbackSite.HUGE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    assertThat(response.body().length).isGreaterThan(300_000).isLessThan(600_000);
    String html = new String(response.body(), UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(response.headers().firstValue("ETag")).contains(Reply.etag(response.body()));
    assertThat(site.fullResponses(LoopbackSite.HUGE)).isEqualTo(1);
    assertThat(site.requests().get(0).bodyBytes()).isEqualTo(response.body().length);
  }

  @Test
  void the_pdf_the_png_and_the_broken_page_are_what_they_say() throws Exception {
    HttpResponse<byte[]> pdf = get(LoopbackSite.PDF);
    HttpResponse<byte[]> png = get(LoopbackSite.NOT_HTML);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, UTF_8)).isEqualTo("%PDF-");
    assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');

    String broken = new String(get(LoopbackSite.BROKEN_HTML).body(), UTF_8);
    assertThat(broken).doesNotContainIgnoringCase("<html").doesNotContain("</p>")
        .contains("</div></div>");
    Element article = Jsoup.parse(broken).selectFirst("div.article");
    assertThat(article.select("h1").text()).isNotBlank();
    assertThat(article.select("p")).hasSizeGreaterThan(1);
  }

  @Test
  void slow_holds_part_of_a_page_without_blocking_others_and_close_returns_promptly()
      throws Exception {
    CompletableFuture<HttpResponse<InputStream>> slow = http.sendAsync(
        request(LoopbackSite.SLOW), HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> held = slow.get(10, TimeUnit.SECONDS);
    assertThat(held.statusCode()).isEqualTo(200);
    byte[] part = new byte[64];
    int read = held.body().read(part);
    assertThat(new String(part, 0, read, UTF_8)).startsWith("<!DOCTYPE html>");

    assertThat(get("/en/briefings/").statusCode()).isEqualTo(200);
    SiteRequest slowRequest = site.requests().get(0);
    assertThat(slowRequest.path()).isEqualTo(LoopbackSite.SLOW);
    assertThat(slowRequest.bodyCompleted()).isFalse();
    assertThat(slowRequest.bodyBytes()).isPositive();
    assertThat(site.fullResponses(LoopbackSite.SLOW)).isZero();
    assertThat(site.concurrentPeak()).isEqualTo(1);

    long start = System.nanoTime();
    site.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    String rest;
    try (InputStream in = held.body()) {
      rest = new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      rest = ""; // the connection closed in the middle of the body: as expected
    }
    assertThat(rest).doesNotContain("</html>");
  }

  @Test
  void records_each_request_in_arrival_order_with_the_least_gap_between_arrivals()
      throws Exception {
    get("/robots.txt", "User-Agent", "verbatim-test/1");
    get("/en/briefings/");
    HttpResponse<byte[]> document = get("/en/briefings/1001/");
    get("/en/briefings/1001/", "If-None-Match",
        document.headers().firstValue("ETag").orElseThrow());

    List<SiteRequest> requests = site.requests();
    assertThat(requests).extracting(SiteRequest::path).containsExactly("/robots.txt",
        "/en/briefings/", "/en/briefings/1001/", "/en/briefings/1001/");
    assertThat(requests).extracting(SiteRequest::status).containsExactly(200, 200, 200, 304);
    assertThat(requests).allMatch(SiteRequest::bodyCompleted);
    assertThat(requests.get(0).header("user-agent")).isEqualTo("verbatim-test/1");
    assertThat(requests.get(2).bodyBytes()).isEqualTo(document.body().length);
    assertThat(requests.get(3).bodyBytes()).isZero();
    long least = Long.MAX_VALUE;
    for (int i = 1; i < requests.size(); i++) {
      long gap = requests.get(i).nanos() - requests.get(i - 1).nanos();
      assertThat(gap).isPositive();
      assertThat(requests.get(i).at()).isAfterOrEqualTo(requests.get(i - 1).at());
      least = Math.min(least, gap);
    }
    assertThat(site.minimumInterval()).isEqualTo(Duration.ofNanos(least));
    assertThat(site.count("/en/briefings/1001/")).isEqualTo(2);
    assertThat(site.fullResponses("/en/briefings/1001/")).isEqualTo(1);
    assertThat(site.count("/en/briefings/?page=2")).isZero();
    assertThat(site.concurrentPeak()).isEqualTo(1);

    site.reset();
    assertThat(site.requests()).isEmpty();
    assertThatThrownBy(site::minimumInterval).isInstanceOf(IllegalStateException.class)
        .hasMessage("An interval needs two requests; the site has recorded 0");
  }

  @Test
  void requests_answered_at_the_same_time_show_in_the_concurrent_peak() throws Exception {
    site.latency(Duration.ofMillis(500));

    CompletableFuture<HttpResponse<byte[]>> one = http.sendAsync(request("/en/briefings/1001/"),
        HttpResponse.BodyHandlers.ofByteArray());
    CompletableFuture<HttpResponse<byte[]>> two = http.sendAsync(request("/en/briefings/1002/"),
        HttpResponse.BodyHandlers.ofByteArray());
    CompletableFuture.allOf(one, two).get(10, TimeUnit.SECONDS);

    assertThat(site.concurrentPeak()).isEqualTo(2);
    assertThat(site.minimumInterval()).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void the_profile_names_this_site_and_its_patterns_match_its_pages() throws Exception {
    JsonNode profile = new ObjectMapper().readTree(site.profileJson());

    assertThat(profile.at("/start/0").asText()).isEqualTo(site.base() + "/en/briefings/");
    assertThat(profile.at("/hosts/0").asText()).isEqualTo("127.0.0.1");
    assertThat(profile.at("/listing/links").asText()).isEqualTo("div.items a.item-title");
    assertThat(profile.at("/document/content").asText()).isEqualTo("div.article");
    Pattern pages = Pattern.compile(profile.at("/listing/pages").asText());
    Pattern documents = Pattern.compile(profile.at("/documents").asText());
    String base = site.base();
    assertThat(pages.matcher(base + "/en/briefings/?page=2").matches()).isTrue();
    assertThat(pages.matcher(base + "/en/briefings/").matches()).isFalse();
    assertThat(documents.matcher(base + "/ru/briefings/1001/").matches()).isTrue();
    assertThat(documents.matcher(base + LoopbackSite.BUSY).matches()).isTrue();
    assertThat(documents.matcher(base + "/en/briefings/?page=2").matches()).isFalse();
    assertThat(documents.matcher(base + "/en/briefings/").matches()).isFalse();
  }
}
