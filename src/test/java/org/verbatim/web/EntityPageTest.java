package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity pages, their JSON, and about= with its facets, on the shared test site. */
class EntityPageTest {

  static TestSite site;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  @Test
  void a_persons_page_shows_what_they_said_with_links_to_the_turns() throws Exception {
    HttpResponse<String> page = site.get("/entity/person:ivan-petrov");
    assertThat(page.statusCode()).isEqualTo(200);
    String id = site.idOf(TestSite.EN_TITLE);
    assertThat(page.body()).contains("<h1>Ivan Petrov</h1>", "What they said, latest first",
        "href=\"/p/" + id + "#t2\"", "Publications naming it, by month", "2017-03");
  }

  @Test
  void a_persons_page_gives_their_posts_over_time_as_the_ingested_pages_give_them()
      throws Exception {
    // The English interviews of 2 March 2017 and 5 May 2018 both title him Foreign Minister.
    assertThat(site.get("/entity/person:ivan-petrov").body()).contains(
        "Posts, as the pages give them", "<td>Foreign Minister</td>");
    JsonNode posts = JSON.readTree(site.get("/api/v1/entities/person:ivan-petrov").body())
        .get("posts");
    JsonNode minister = null;
    for (JsonNode post : posts) {
      if (post.get("post").asText().equals("Foreign Minister")) {
        minister = post;
      }
    }
    assertThat(minister).as("the post Foreign Minister in %s", posts).isNotNull();
    assertThat(minister.get("first").asText()).isEqualTo("2017-03-02");
    assertThat(minister.get("last").asText()).isEqualTo("2018-05-05");
    assertThat(minister.get("publications").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(JSON.readTree(site.get("/api/v1/entities/country:RU").body()).has("posts"))
        .isFalse();
  }

  @Test
  void the_api_gives_the_same_report_as_json() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/entities/person:ivan-petrov");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("id").asText()).isEqualTo("person:ivan-petrov");
    assertThat(report.get("type").asText()).isEqualTo("person");
    assertThat(report.get("name").asText()).isEqualTo("Ivan Petrov");
    assertThat(report.get("publications").asLong()).isPositive();
    assertThat(report.get("turnsSpoken").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(report.get("byMonth").get("2017-03").asLong()).isPositive();
    assertThat(report.get("spoken")).isNotEmpty();
    assertThat(report.get("spoken").get(0).get("url").asText()).matches("/p/[^#]+#t\\d+");
    assertThat(report.get("namedWith").get("place").has("Moscow")).isTrue();
  }

  @Test
  void an_unknown_or_malformed_id_is_not_found() throws Exception {
    assertThat(site.get("/entity/country:ZZ").statusCode()).isEqualTo(404);
    assertThat(site.get("/entity/nothing").statusCode()).isEqualTo(404);
    assertThat(site.get("/api/v1/entities/nothing").body()).contains("Not an entity id: 'nothing'");
  }

  @Test
  void about_narrows_a_search_and_the_facets_name_what_is_named() throws Exception {
    HttpResponse<String> results = site.get("/search?about=Moscow");
    assertThat(results.statusCode()).isEqualTo(200);
    assertThat(results.body()).contains("/p/" + site.idOf(TestSite.EN_TITLE), "Places named",
        "People named");
    JsonNode api = JSON.readTree(site.get("/api/v1/facets?about=place:moscow").body());
    assertThat(api.get("total").asLong()).isPositive();
    assertThat(api.get("facets").get("about.place").get("Moscow").asLong())
        .isEqualTo(api.get("total").asLong());
  }

  @Test
  void a_publication_in_the_api_carries_its_entities_and_participants_entities()
      throws Exception {
    JsonNode publication = JSON.readTree(
        site.get("/api/v1/publications/" + site.idOf(TestSite.EN_TITLE)).body());
    assertThat(publication.get("participants").get(0).get("entity").asText())
        .isEqualTo("person:ivan-petrov");
    boolean moscow = false;
    for (JsonNode entity : publication.get("entities")) {
      if (entity.get("id").asText().equals("person:ivan-petrov")) {
        // the post the title gives him, as printed on this page
        assertThat(entity.get("posts").toString()).isEqualTo("[\"Foreign Minister\"]");
      } else {
        assertThat(entity.has("posts")).as("posts of %s", entity).isEqualTo(
            entity.get("type").asText().equals("person"));
      }
      if (entity.get("id").asText().equals("place:moscow")) {
        moscow = true;
        JsonNode mention = entity.get("mentions").get(0);
        assertThat(mention.get("turn").asInt()).isZero();
        assertThat(TestSite.EN_TITLE.substring(mention.get("start").asInt(),
            mention.get("end").asInt())).isEqualTo("Moscow");
      }
    }
    assertThat(moscow).isTrue();
  }
}
