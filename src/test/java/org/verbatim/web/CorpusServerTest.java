package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The concordance and trends pages and APIs on the shared test site: "teapot" occurs three
 * times in the interview whose turns carry markup (once in the question, twice in the answer),
 * "lighthouse" twice in the English interview, and neither in the generated pages.
 */
class CorpusServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestSite site;
  static String script;
  static String lighthouse;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
    script = site.idOf(TestSite.SCRIPT_TITLE);
    lighthouse = site.idOf(TestSite.EN_TITLE);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void the_kwic_api_gives_each_occurrence_with_its_context_turn_and_permalink() throws Exception {
    JsonNode page = json("/api/v1/kwic?q=teapot&width=20");
    assertThat(page.get("turns").asLong()).isEqualTo(2);
    JsonNode lines = page.get("lines");
    assertThat(texts(lines, "keyword")).containsExactly("teapot", "teapot", "teapot");
    assertThat(texts(lines, "left")).containsExactly("as text on the ", "as text only, ",
        "only, teapot or no ");
    assertThat(texts(lines, "right")).containsExactly(" page?", " or no teapot.", ".");
    assertThat(texts(lines, "url")).containsExactly("/p/" + script + "/t/1?v=1",
        "/p/" + script + "/t/2?v=1", "/p/" + script + "/t/2?v=1");
    assertThat(lines.get(1).get("speaker").asText()).isEqualTo("Ivan Petrov");
    assertThat(lines.get(1).get("role").asText()).isEqualTo("answer");
    assertThat(lines.get(1).get("published").asText()).startsWith("2018-05-05");
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void the_kwic_api_sorts_and_pages_by_cursor() throws Exception {
    JsonNode sorted = json("/api/v1/kwic?q=teapot&sort=right1");
    assertThat(texts(sorted.get("lines"), "right")).containsExactly(".", " or no teapot.",
        " page?");
    assertThat(sorted.get("total").asLong()).isEqualTo(3);

    List<String> rights = new ArrayList<>();
    String next = "/api/v1/kwic?q=teapot&sort=right1&size=1";
    while (next != null) {
      JsonNode page = json(next);
      rights.addAll(texts(page.get("lines"), "right"));
      next = page.has("next") ? page.get("next").asText() : null;
    }
    assertThat(rights).containsExactly(".", " or no teapot.", " page?");
  }

  @Test
  void the_kwic_api_gives_every_line_as_csv_and_names_bad_parameters() throws Exception {
    HttpResponse<String> csv = site.get("/api/v1/kwic?q=teapot&format=csv&width=10");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
    String[] rows = csv.body().split("\r\n");
    assertThat(rows).hasSize(4);
    assertThat(rows[0]).isEqualTo("publication,version,turn,published,speaker,role,language,"
        + "left,keyword,right,title");
    assertThat(rows[2]).startsWith(script + ",1,2,2018-05-05T10:00,Ivan Petrov,answer,en,"
        + "\"only, \",teapot, or no,");

    HttpResponse<String> badSort = site.get("/api/v1/kwic?q=teapot&sort=middle");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.body()).contains("Unknown concordance sort: 'middle' (allowed: date, "
        + "left1, left2, left3, right1, right2, right3)");
    HttpResponse<String> noWords = site.get("/api/v1/kwic?q=" + URLEncoder.encode(
        "speaker:\"Ivan Petrov\"", StandardCharsets.UTF_8));
    assertThat(noWords.statusCode()).isEqualTo(400);
    assertThat(noWords.body()).contains("give a word or a phrase");
    assertThat(site.get("/api/v1/kwic").body())
        .contains("The parameter 'q' is missing: give the words to find");
  }

  @Test
  void the_kwic_page_shows_lines_aligned_in_a_table_with_markup_as_text() throws Exception {
    HttpResponse<String> page = site.get("/kwic?q=teapot&width=60");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<table class=\"kwic\"",
        "<td class=\"keyword\"><a href=\"/p/" + script + "/t/1?v=1\"",
        "Is &lt;script&gt;alert(\"turn\")&lt;/script&gt; printed as text on the",
        "Found in 2 turns; showing 3 lines");
    assertThat(page.body()).doesNotContain("<script>alert");
    assertThat(site.get("/kwic").body()).contains("<h1>Concordance</h1>")
        .doesNotContain("<table class=\"kwic\"");
  }

  @Test
  void the_trends_api_counts_queries_per_period_as_json_and_csv() throws Exception {
    JsonNode trends = json("/api/v1/trends?q=teapot&q=lighthouse&by=year");
    assertThat(trends.get("by").asText()).isEqualTo("year");
    assertThat(trends.get("periods").toString()).contains("\"2017\"", "\"2018\"");
    JsonNode teapot = trends.get("series").get(0);
    JsonNode lighthouses = trends.get("series").get(1);
    assertThat(teapot.get("query").asText()).isEqualTo("teapot");
    assertThat(sum(teapot.get("occurrences"))).isEqualTo(3);
    assertThat(sum(teapot.get("turns"))).isEqualTo(2);
    assertThat(sum(lighthouses.get("occurrences"))).isEqualTo(2);
    int y2018 = indexOf(trends.get("periods"), "2018");
    assertThat(teapot.get("occurrences").get(y2018).asLong()).isEqualTo(3);
    long words = teapot.get("words").get(y2018).asLong();
    assertThat(words).isPositive();
    assertThat(teapot.get("perMillion").get(y2018).asDouble())
        .isEqualTo(Math.round(3e6 / words * 100) / 100.0);

    HttpResponse<String> csv = site.get("/api/v1/trends?q=teapot&by=year&format=csv");
    assertThat(csv.body()).startsWith("query,split,period,occurrences,turns,words,per_million\r\n");
    assertThat(csv.body()).contains("\r\nteapot,,2018,3,2," + words + ",");

    // A month between the fixtures' with no turns has no rate: null in JSON, empty in CSV.
    JsonNode months = json("/api/v1/trends?q=teapot&by=month");
    int empty = -1;
    for (int i = 0; i < months.get("periods").size() && empty < 0; i++) {
      empty = months.get("series").get(0).get("perMillion").get(i).isNull() ? i : -1;
    }
    assertThat(empty).as(months.toString()).isNotNegative();
    assertThat(site.get("/api/v1/trends?q=teapot&by=month&format=csv").body())
        .contains("\r\nteapot,," + months.get("periods").get(empty).asText() + ",0,0,0,\r\n");

    HttpResponse<String> six = site.get("/api/v1/trends?q=a&q=b&q=c&q=d&q=e&q=f");
    assertThat(six.statusCode()).isEqualTo(400);
    assertThat(six.body()).contains("The parameter 'q' is given 6 times; give 1 to 5 queries");
    assertThat(site.get("/api/v1/trends?q=teapot&by=week").body())
        .contains("Unknown period: 'week' (allowed: month, year)");
  }

  @Test
  void the_trends_page_carries_the_chart_data_its_scripts_and_a_table() throws Exception {
    HttpResponse<String> page = site.get("/trends?q=teapot&by=year&split=speaker");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"trend-chart\" data-trends=\"{&#34;by&#34;:&#34;year",
        "<table class=\"trends\" id=\"trend-table\">", "<td>Ivan Petrov</td>",
        StaticFiles.path("uPlot.iife.min.js"), StaticFiles.path("trends.js"));
    HttpResponse<String> library = site.get(StaticFiles.path("uPlot.iife.min.js"));
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=UTF-8");
  }

  static long sum(JsonNode numbers) {
    long sum = 0;
    for (JsonNode n : numbers) {
      sum += n.asLong();
    }
    return sum;
  }

  static int indexOf(JsonNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}
