package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP caching and compression on a real server on a loopback port: a publication page's
 * validators and 304s, gzip for clients that accept it, fingerprinted static files.
 */
class CachingTest {

  static final Pattern CSS = Pattern.compile("href=\"(/static/verbatim\\.[0-9a-f]{12}\\.css)\"");
  static final Pattern JS = Pattern.compile("src=\"(/static/verbatim\\.[0-9a-f]{12}\\.js)\"");
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  @Test
  void a_publication_page_answers_a_repeat_with_its_etag_by_304_without_a_body() throws Exception {
    String path = "/p/" + site.idOf(TestSite.EN_TITLE);
    HttpResponse<String> first = site.get(path);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    // the site's digest, then that of its language versions (the Russian one)
    assertThat(etag).matches("W/\"" + site.idOf(TestSite.EN_TITLE)
        + "-1-[0-9a-f]{12}\\.[0-9a-f]{8}\"");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    String modified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(modified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

    HttpResponse<String> again = site.get(path, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(site.get(path, "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
    assertThat(site.get(path, "If-Modified-Since", modified).statusCode()).isEqualTo(304);

    assertThat(site.get(path, "If-None-Match", "W/\"another-version\"").statusCode())
        .isEqualTo(200);
    assertThat(site.get(path, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").statusCode())
        .isEqualTo(200);
    assertThat(site.get(path, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
    assertThat(site.get(path, "If-None-Match", "W/\"another-version\"", "If-Modified-Since",
        modified).statusCode()).as("If-None-Match decides when both are sent").isEqualTo(200);
  }

  @Test
  void a_page_is_gzipped_for_a_client_that_accepts_it_and_decodes_to_the_same_page()
      throws Exception {
    String path = "/p/" + site.idOf(TestSite.EN_TITLE);
    String plain = site.get(path).body();

    HttpResponse<byte[]> gzipped = bytes(path, "Accept-Encoding", "gzip, deflate, br");
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(gzipped.body().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
    assertThat(gunzip(gzipped.body())).isEqualTo(plain);

    HttpResponse<byte[]> search = bytes("/search?q=lighthouse", "Accept-Encoding", "gzip");
    assertThat(search.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(search.body()).strip()).contains("<mark>lighthouse</mark>").endsWith("</html>");

    HttpResponse<byte[]> refused = bytes(path, "Accept-Encoding", "gzip;q=0, identity");
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(plain);
  }

  @Test
  void pages_link_fingerprinted_static_files_that_are_cached_for_a_year() throws Exception {
    String page = site.get("/").body();
    for (Pattern link : new Pattern[] {CSS, JS}) {
      Matcher m = link.matcher(page);
      assertThat(m.find()).as("a link matching %s in the home page", link).isTrue();
      String path = m.group(1);
      String name = path.replaceFirst("^/static/(verbatim)\\.[0-9a-f]{12}(\\..*)$", "$1$2");
      HttpResponse<byte[]> file = bytes(path);
      assertThat(file.statusCode()).as(path).isEqualTo(200);
      assertThat(file.headers().firstValue("Cache-Control")).as(path)
          .hasValue("public, max-age=31536000, immutable");
      assertThat(file.body()).as(path).isEqualTo(resource(name));

      HttpResponse<byte[]> plain = bytes("/static/" + name);
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
      assertThat(bytes("/static/" + name, "If-None-Match",
          plain.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }
    assertThat(bytes("/static/verbatim.000000000000.css").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.base() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return site.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws Exception {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = CachingTest.class.getResourceAsStream("/web/static/" + name)) {
      return in.readAllBytes();
    }
  }
}
