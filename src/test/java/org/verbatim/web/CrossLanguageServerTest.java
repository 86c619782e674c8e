package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.input.RawPage;

/**
 * Search across language versions on a real server: the search page's and the API's hits name
 * the aligned turns of the other versions, and {@code also:} shows the English turns whose
 * Russian version matches, the Russian passage beside. The archive is ingested from the pairs of
 * src/test/resources/xlang, as {@code verbatim ingest} would.
 */
class CrossLanguageServerTest {

  static final Path FOLDER = Path.of("src/test/resources/xlang");
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  static Archive archive;
  static Server server;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "xlang-test-archive-");
    archive = Archive.open(dir, "test");
    List<PageInput> inputs = new ArrayList<>();
    for (String file : List.of("01-shelf.en.txt", "01-shelf.ru.txt", "02-icebreakers.en.txt",
        "02-icebreakers.ru.txt", "03-lone.ru.txt")) {
      byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
      inputs.add(new PageInput(file, () -> new RawPage(bytes, file, null, RawPage.Format.TEXT)));
    }
    IngestSummary summary = archive.ingest(inputs, Duration.ofMinutes(2), progress -> {});
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.added()).isEqualTo(inputs.size());
    server = Server.start(archive.store(), archive.searcher(), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    archive.close();
  }

  static String idOf(String path) {
    return archive.store().ids().stream()
        .filter(id -> path.equals(archive.store().publication(id).orElseThrow().publication()
            .source().path()))
        .findFirst().orElseThrow();
  }

  static HttpResponse<String> get(String path, String query) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + path + "?q="
        + URLEncoder.encode(query, UTF_8));
    return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  @Test
  void the_search_page_links_each_turn_to_the_same_turn_of_the_other_version() throws Exception {
    HttpResponse<String> response = get("/search", "lang:en icebreakers in:answers");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    Element hit = page.selectFirst("li.hit:has(a[href=/p/" + idOf("02-icebreakers.en.txt") + "])");
    assertThat(hit).isNotNull();
    Element link = hit.selectFirst(".turn-hits a.version-turn");
    assertThat(link.text()).isEqualTo("ru ↗ t4");
    assertThat(link.attr("href")).isEqualTo("/p/" + idOf("02-icebreakers.ru.txt") + "#t4");
    assertThat(link.attr("hreflang")).isEqualTo("ru");
    assertThat(hit.select("blockquote.version-snippet")).isEmpty();
  }

  @Test
  void also_shows_the_english_turns_with_the_russian_passage_that_matched() throws Exception {
    HttpResponse<String> response = get("/search", "lang:en also:ru Арктика in:answers");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("li.hit h3 a").eachAttr("href")).containsExactlyInAnyOrder(
        "/p/" + idOf("01-shelf.en.txt"), "/p/" + idOf("02-icebreakers.en.txt"));
    Element shelf = page.selectFirst("li.hit:has(a[href=/p/" + idOf("01-shelf.en.txt") + "])");
    assertThat(shelf.select(".turn-hits a.turn-link").eachAttr("href"))
        .containsExactly("/p/" + idOf("01-shelf.en.txt") + "#t4");
    assertThat(shelf.select("a.version-turn").eachAttr("href"))
        .containsExactly("/p/" + idOf("01-shelf.ru.txt") + "#t4");
    Element passage = shelf.selectFirst("blockquote.version-snippet");
    assertThat(passage.attr("lang")).isEqualTo("ru");
    assertThat(passage.select("mark").text()).isEqualTo("Арктика");
  }

  @Test
  void the_api_gives_each_turn_its_versions_with_a_link() throws Exception {
    HttpResponse<String> response = get("/api/v1/search", "lang:en also:ru Арктика in:answers");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("total").asInt()).isEqualTo(2);
    for (JsonNode hit : body.get("hits")) {
      if (hit.get("id").asText().equals(idOf("02-icebreakers.en.txt"))) {
        JsonNode turns = hit.get("turns");
        assertThat(turns).hasSize(2);
        JsonNode version = turns.get(1).get("versions").get(0);
        assertThat(version.get("language").asText()).isEqualTo("ru");
        assertThat(version.get("id").asText()).isEqualTo(idOf("02-icebreakers.ru.txt"));
        assertThat(version.get("turns").toString()).isEqualTo("[4]");
        assertThat(version.get("url").asText())
            .isEqualTo("/p/" + idOf("02-icebreakers.ru.txt") + "#t4");
        assertThat(version.get("doubtful").asBoolean())
            .isEqualTo(version.get("confidence").asDouble() < 0.5);
        assertThat(version.get("snippet").asText()).contains("<mark>Арктике</mark>");
      }
    }
  }

  @Test
  void a_bad_also_is_a_400_naming_the_problem() throws Exception {
    HttpResponse<String> api = get("/api/v1/search", "also:ru in:answers");
    HttpResponse<String> page = get("/search", "lang:en also:xx Arctic");

    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("detail").asText()).isEqualTo("The filter "
        + "'also:ru' needs words, a phrase or about: to match in the 'ru' version: lang:en "
        + "also:ru Arctic");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(page.body()).text()).contains("No publication in the archive is in "
        + "'xx' (also:xx); its languages: en, ru");
  }
}
