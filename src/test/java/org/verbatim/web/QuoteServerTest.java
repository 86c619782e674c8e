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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote finder on the test site (a real server on a loopback port): the page shows the
 * source's words and the quote side by side with the change marked, the API answers by GET and
 * POST, and a quote nothing says is said plainly.
 */
class QuoteServerTest {

  static final String QUOTE = "The lighthouse talks resume in summer … every tower along the coast";
  static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  @Test
  void the_page_shows_the_source_and_the_quote_with_the_changed_word_marked() throws Exception {
    HttpResponse<String> page = site.get("/quote?q=" + URLEncoder.encode(QUOTE, UTF_8));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<td>The lighthouse talks resume in<del> spring"
        + ". [The minister smiled.] We are ready, and our keepers have repainted</del> every "
        + "tower along the coast</td>");
    assertThat(page.body()).contains("<td>The lighthouse talks resume in<ins> summer</ins> … "
        + "every tower along the coast</td>");
    assertThat(page.body()).contains("/t/2?v=1");
  }

  @Test
  void the_api_answers_by_get_and_by_post_alike() throws Exception {
    HttpResponse<String> get = site.get("/api/v1/quote?limit=1&q="
        + URLEncoder.encode(QUOTE, UTF_8));
    String body = new ObjectMapper().createObjectNode().put("quote", QUOTE).put("limit", 1)
        .toString();
    HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(site.base() + "/api/v1/quote")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));

    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(post.body()).isEqualTo(get.body());
    JsonNode match = new ObjectMapper().readTree(get.body()).get("matches").get(0);
    assertThat(match.get("id").asText()).isEqualTo(site.idOf(TestSite.EN_TITLE));
    assertThat(match.get("turn").asInt()).isEqualTo(2);
    assertThat(match.get("speaker").asText()).isEqualTo("Ivan Petrov");
    assertThat(match.get("quote").get(1).toString())
        .isEqualTo("{\"op\":\"inserted\",\"text\":\" summer\"}");
  }

  @Test
  void a_quote_nothing_says_is_found_false_and_said_on_the_page() throws Exception {
    HttpResponse<String> api = site.get("/api/v1/quote?q=Zyxwv+plonkish+grimbleworth");
    HttpResponse<String> page = site.get("/quote?q=Zyxwv+plonkish+grimbleworth");

    assertThat(api.body()).isEqualTo("{\"quote\":\"Zyxwv plonkish grimbleworth\","
        + "\"found\":false,\"matches\":[]}");
    assertThat(page.body()).contains("No source found: no turn in the archive says this quote.");
  }

  @Test
  void a_bad_limit_is_a_400_naming_it() throws Exception {
    HttpResponse<String> api = site.get("/api/v1/quote?q=lighthouse&limit=many");

    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("Bad limit 'many': give a whole number from 1 to 20");
  }
}
