package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.parse.Parser;
import org.verbatim.search.SearchRequest;
import org.verbatim.testing.SeedPage;

/** The site and API on a real HTTP server on a loopback port, over a small real archive. */
class ServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern SHOWING = Pattern.compile("Showing ([0-9,]+) results?");
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  static long showing(String html) {
    Matcher m = SHOWING.matcher(html);
    assertThat(m.find()).as("'Showing N results' in the page").isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void the_home_page_lists_the_latest_publications_and_links_its_feed() throws Exception {
    HttpResponse<String> page = site.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(page.body()).contains("<h1>Latest publications</h1>")
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
        .contains("href=\"/feed\"");
    assertThat(showing(page.body())).isEqualTo(TestSite.pages());
  }

  @Test
  void every_page_carries_a_content_security_policy_without_inline_script() throws Exception {
    for (String path : new String[] {"/", "/search?q=lighthouse", "/api/v1/search?q=x",
        "/p/0000000000000000", "/nowhere"}) {
      HttpResponse<String> response = site.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValue(Routes.CSP);
      assertThat(response.body()).as(path).doesNotContain("<script>").doesNotContain("onclick=");
    }
    assertThat(Routes.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void a_title_and_turn_with_markup_show_as_text() throws Exception {
    String id = site.idOf(TestSite.SCRIPT_TITLE);
    String page = site.get("/p/" + id).body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>markup</b>")
        .contains("&lt;script&gt;alert(\"title\")&lt;/script&gt;")
        .contains("Is &lt;script&gt;alert(\"turn\")&lt;/script&gt; printed as text")
        .contains("We print &lt;b&gt;markup&lt;/b&gt; &amp; \"quotes\" as text only");
    String results = site.get("/search?q=teapot").body();
    assertThat(results).doesNotContain("<script>alert").doesNotContain("<b>markup</b>")
        .contains("<mark>teapot</mark>");
  }

  @Test
  void the_publication_page_numbers_turns_and_switches_language() throws Exception {
    String en = site.idOf(TestSite.EN_TITLE);
    String ru = site.idOf(TestSite.RU_TITLE);
    String page = site.get("/p/" + en).body();
    assertThat(page).contains("id=\"t1\"", "id=\"t2\"", "id=\"t3\"", "id=\"t4\"")
        .doesNotContain("id=\"t5\"")
        .contains("<a href=\"/p/" + en + "/version/ru\" hreflang=\"ru-RU\" data-keeps-turn>ru-RU</a>"
            + " <a class=\"compare-link\" href=\"/p/" + en + "/compare/ru\">side by side</a>")
        .contains("<a href=\"/p/" + en + "\" hreflang=\"en-GB\" aria-current=\"page\">en-GB</a>")
        .contains("<span title=\"Not in this archive\">fr-FR</span>")
        .contains("<span class=\"editorial\" title=\"Editorial insertion\">[The minister smiled.]</span>")
        .contains("<a href=\"/speaker/Ivan%20Petrov\">Ivan Petrov</a>, <span class=\"post\">Foreign Minister</span>")
        .contains("<dd>Northern Herald</dd>")
        .contains("<a href=\"/p/" + en + "/source\">Source as stored</a>")
        .contains("<div class=\"turn question\" id=\"t1\">")
        .contains("<div class=\"turn answer\" id=\"t2\">")
        .contains("“" + TestSite.EN_TITLE + "”, 2 March 2017, 18:49, Ivan Petrov, turn 2. "
            + site.base() + "/p/" + en + "/t/2?v=1");
    assertThat(site.get("/p/" + ru).body())
        .contains("<a href=\"/p/" + ru + "/version/en\" hreflang=\"en-GB\" data-keeps-turn>en-GB</a>")
        .contains("language version: en");
  }

  @Test
  void the_source_is_served_as_stored() throws Exception {
    HttpResponse<String> source = site.get("/p/" + site.idOf(TestSite.EN_TITLE) + "/source");
    assertThat(source.statusCode()).isEqualTo(200);
    assertThat(source.body()).isEqualTo(TestSite.EN_PAGE);
  }

  @Test
  void the_seeds_source_is_served_as_stored() throws Exception {
    String id = site.seedId();
    HttpResponse<String> source = site.get("/p/" + id + "/source");
    assertThat(source.statusCode()).isEqualTo(200);
    assertThat(source.body()).isEqualTo(SeedPage.text());
  }

  @Test
  void the_api_search_total_equals_the_pages_count() throws Exception {
    for (String query : new String[] {"q=lighthouse", "q=the", "kind=interview", "q=&sort=newest",
        "q=the&kind=briefing&in=answers", "q=%22lighthouse+talks%22"}) {
      long page = showing(site.get("/search?" + query).body());
      JsonNode api = JSON.readTree(site.get("/api/v1/search?" + query).body());
      assertThat(api.get("total").asLong()).as(query).isEqualTo(page);
      JsonNode facets = JSON.readTree(site.get("/api/v1/facets?" + query).body());
      assertThat(facets.get("total").asLong()).as(query).isEqualTo(page);
    }
  }

  @Test
  void the_api_search_gives_hits_with_turns_facets_and_a_next_page() throws Exception {
    JsonNode result = JSON.readTree(site.get("/api/v1/search?q=lighthouse+OR+teapot&size=1").body());
    assertThat(result.get("total").asLong()).isEqualTo(2);
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.get("url").asText()).isEqualTo("/p/" + hit.get("id").asText());
    JsonNode turn = hit.get("turns").get(0);
    assertThat(turn.get("snippet").asText()).containsPattern("<mark>(lighthouse|teapot)</mark>");
    assertThat(turn.get("url").asText()).isEqualTo(hit.get("url").asText() + "#t" + turn.get("number").asInt());
    assertThat(result.get("facets").get("kind").get("interview").asLong()).isPositive();
    String next = result.get("next").asText();
    assertThat(next).startsWith("/api/v1/search?q=lighthouse+OR+teapot&size=1&cursor=");
    JsonNode second = JSON.readTree(site.get(next).body());
    assertThat(second.get("hits").get(0).get("id").asText()).isNotEqualTo(hit.get("id").asText());
  }

  @Test
  void the_api_gives_a_publication_and_its_related() throws Exception {
    String en = site.idOf(TestSite.EN_TITLE);
    String ru = site.idOf(TestSite.RU_TITLE);
    JsonNode p = JSON.readTree(site.get("/api/v1/publications/" + en).body());
    assertThat(p.get("id").asText()).isEqualTo(en);
    assertThat(p.get("title").asText()).isEqualTo(TestSite.EN_TITLE);
    assertThat(p.get("turns")).hasSize(4);
    assertThat(p.get("versions")).hasSize(1);
    assertThat(p.get("versions").get(0).get("parserVersion").asInt()).isEqualTo(Parser.VERSION);
    assertThat(p.get("versions").get(0).get("readBy").asInt()).isEqualTo(Parser.VERSION);
    assertThat(p.get("versions").get(0).get("rereadOf").isNull()).isTrue();
    JsonNode related = JSON.readTree(site.get("/api/v1/publications/" + en + "/related").body());
    JsonNode first = related.get("related").get(0);
    assertThat(first.get("id").asText()).isEqualTo(ru);
    assertThat(first.get("reason").asText()).isEqualTo("language-version");
    assertThat(first.get("why").asText()).isEqualTo("language version: ru");
  }

  @Test
  void the_publication_page_lists_its_language_versions_and_links_similar_content_apart()
      throws Exception {
    String en = site.idOf(TestSite.EN_TITLE);
    String ru = site.idOf(TestSite.RU_TITLE);
    String page = site.get("/p/" + en).body();
    String aside = page.substring(page.indexOf("<aside class=\"related\""),
        page.indexOf("</aside>"));
    assertThat(aside).contains("href=\"/p/" + ru + "\"", "language version: ru",
        "data-similar=\"/p/" + en + "/similar\"", "href=\"/p/" + en + "/similar\"")
        .doesNotContain("similar content:");

    HttpResponse<String> similar = site.get("/p/" + en + "/similar");
    assertThat(similar.statusCode()).isEqualTo(200);
    String list = similar.body().substring(similar.body().indexOf("<section class=\"similar-list\">"));
    assertThat(list).contains("similar content: ").doesNotContain("href=\"/p/" + ru + "\"",
        "href=\"/p/" + en + "\"");
    assertThat(site.get("/p/no-such-id/similar").statusCode()).isEqualTo(404);
  }

  @Test
  void a_bad_query_is_a_400_problem_naming_the_problem() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/search?q=%7B!func%7Dlog(x)");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/search");
    assertThatThrownBy(() -> site.archive.searcher().search(SearchRequest.of("{!func}log(x)")))
        .hasMessage(problem.get("detail").asText());
    HttpResponse<String> page = site.get("/search?q=%7B!func%7Dlog(x)");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("<h1>Error 400</h1>");
    JsonNode size = JSON.readTree(site.get("/api/v1/search?q=x&size=500").body());
    assertThat(size.get("detail").asText())
        .isEqualTo("The parameter 'size' must be a number from 1 to 100: '500'");
  }

  @Test
  void an_unknown_id_or_path_is_a_404() throws Exception {
    HttpResponse<String> api = site.get("/api/v1/publications/ffffffffffffffff");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(api.body()).get("detail").asText())
        .isEqualTo("No publication with id 'ffffffffffffffff' in the archive");
    HttpResponse<String> page = site.get("/p/ffffffffffffffff");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("No publication with id 'ffffffffffffffff' in the archive");
    HttpResponse<String> nowhere = site.get("/nowhere");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body()).contains("No page at /nowhere");
    assertThat(site.get("/api/v1/nowhere").headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
  }

  @Test
  void the_api_allows_any_origin_to_get() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/search?q=lighthouse",
        "Origin", "https://reader.example");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void the_openapi_document_is_valid_openapi_3_1() throws Exception {
    HttpResponse<String> response = site.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getPaths().keySet()).containsExactlyInAnyOrder(
        "/api/v1/publications/{id}", "/api/v1/publications/{id}/related", "/api/v1/search",
        "/api/v1/facets", "/api/v1/ingest", "/api/v1/crawl", "/api/v1/reparse",
        "/api/v1/check", "/api/v1/reindex", "/api/v1/jobs/{id}", "/api/v1/entities/{id}",
        "/api/v1/publications/{id}/tmx", "/api/v1/publications/{id}/tsv",
        "/api/v1/search/tmx", "/api/v1/search/tsv",
        "/api/v1/publications/{id}/alignment/{lang}", "/api/v1/publications/{id}/changes",
        "/api/v1/publications/{id}/cite", "/api/v1/export", "/api/v1/speakers",
        "/api/v1/kwic", "/api/v1/trends", "/api/v1/quote");
  }

  @Test
  void the_feeds_parse_and_link_their_publications() throws Exception {
    SyndFeed latest = feed("/feed");
    assertThat(latest.getEntries()).hasSize(SearchRequest.DEFAULT_PAGE_SIZE);
    assertThat(latest.getEntries().get(0).getLink()).startsWith(site.base() + "/p/");
    SyndFeed search = feed("/feed?q=lighthouse");
    assertThat(search.getEntries()).extracting(e -> e.getTitle()).containsExactly(TestSite.EN_TITLE);
    assertThat(search.getTitle()).isEqualTo("Verbatim: q lighthouse");
    SyndFeed speaker = feed("/speaker/Ivan%20Petrov/feed");
    assertThat(speaker.getEntries()).extracting(e -> e.getTitle())
        .contains(TestSite.EN_TITLE, TestSite.SCRIPT_TITLE);
    assertThat(site.get("/speaker/Ivan%20Petrov").body())
        .contains("href=\"/speaker/Ivan%20Petrov/feed\"");
    assertThat(site.get("/search?q=lighthouse").body())
        .contains("href=\"/feed?q=lighthouse\"");
  }

  @Test
  void the_browse_pages_narrow_by_year_month_kind_and_speaker() throws Exception {
    long all = showing(site.get("/").body());
    long year = showing(site.get("/browse/2017").body());
    long month = showing(site.get("/browse/2017/3").body());
    long kind = showing(site.get("/kind/interview").body());
    assertThat(year).isBetween(2L, all - 1);
    assertThat(month).isBetween(2L, year);
    assertThat(kind).isBetween(3L, all - 1);
    String speaker = site.get("/speaker/Ivan%20Petrov").body();
    assertThat(showing(speaker)).isEqualTo(2);
    assertThat(speaker).contains("(answer): The lighthouse talks resume in spring.");
    assertThat(site.get("/browse/20x7").statusCode()).isEqualTo(404);
    assertThat(site.get("/kind/poem").body()).contains("Unknown kind: 'poem'");
  }

  private static SyndFeed feed(String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/atom+xml; charset=UTF-8");
    return new SyndFeedInput().build(new StringReader(response.body()));
  }
}
