package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Language versions on a real server: the alignment API, the side-by-side page, the switcher's
 * redirect to the aligned turn, and the page's versions following a decision made by hand.
 */
class VersionsServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static VersionSite site;

  @BeforeAll
  static void start() throws Exception {
    site = VersionSite.get();
  }

  /** {@code 4 5:4}: each link's turns, as the aligner's fixture files write them. */
  static List<String> shapes(JsonNode links) {
    List<String> out = new ArrayList<>();
    for (JsonNode link : links) {
      out.add(numbers(link.get("left")) + ":" + numbers(link.get("right")));
    }
    return out;
  }

  private static String numbers(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return String.join(" ", out);
  }

  @Test
  void the_api_gives_the_turn_links_between_a_publication_and_its_version() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/publications/" + site.english
        + "/alignment/ru");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("id").asText()).isEqualTo(site.english);
    assertThat(body.get("language").asText()).isEqualTo("en");
    assertThat(body.get("version").get("id").asText()).isEqualTo(site.russian);
    assertThat(body.get("version").get("language").asText()).isEqualTo("ru");
    assertThat(shapes(body.get("turns"))).containsExactly("1:1", "2:2", "3:3", "4 5:4", "6:5",
        "7:6", "8:7", "9:8", "10:");
    for (JsonNode link : body.get("turns")) {
      assertThat(link.get("doubtful").asBoolean())
          .isEqualTo(link.get("confidence").asDouble() < 0.5);
    }
    assertThat(body.get("sections")).isEmpty();
    JsonNode back = JSON.readTree(site.get("/api/v1/publications/" + site.russian
        + "/alignment/en-GB").body());
    assertThat(shapes(back.get("turns"))).containsExactly("1:1", "2:2", "3:3", "4:4 5", "5:6",
        "6:7", "7:8", "8:9", ":10");
  }

  @Test
  void the_api_names_what_is_missing() throws Exception {
    HttpResponse<String> none = site.get("/api/v1/publications/" + site.lone + "/alignment/ru");
    HttpResponse<String> self = site.get("/api/v1/publications/" + site.english
        + "/alignment/fr");
    HttpResponse<String> bad = site.get("/api/v1/publications/" + site.english
        + "/alignment/r%21");
    HttpResponse<String> unknown = site.get("/api/v1/publications/00000000000000ff/alignment/ru");

    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).get("detail").asText()).isEqualTo("Publication '"
        + site.lone + "' has no version in 'ru' in the archive; its versions: none");
    assertThat(JSON.readTree(self.body()).get("detail").asText()).isEqualTo("Publication '"
        + site.english + "' has no version in 'fr' in the archive; its versions: ru "
        + site.russian);
    assertThat(bad.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(bad.body()).get("detail").asText())
        .isEqualTo("No language 'r!': give a language code, as ru or ru-RU");
    assertThat(JSON.readTree(unknown.body()).get("detail").asText())
        .isEqualTo("No publication with id '00000000000000ff' in the archive");
  }

  @Test
  void the_compare_page_puts_aligned_turns_on_one_row() throws Exception {
    HttpResponse<String> response = site.get("/p/" + site.english + "/compare/ru");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    List<Element> rows = page.select("tr.aligned");
    assertThat(rows).hasSize(9);
    assertThat(turns(rows.get(3), 0)).containsExactly("4", "5");
    assertThat(turns(rows.get(3), 1)).containsExactly("4");
    assertThat(turns(rows.get(5), 0)).containsExactly("7");
    assertThat(turns(rows.get(5), 1)).containsExactly("6");
    assertThat(turns(rows.get(8), 0)).containsExactly("10");
    assertThat(turns(rows.get(8), 1)).isEmpty();
    assertThat(rows.get(8).hasClass("doubtful")).as("a turn one version lacks").isTrue();
    assertThat(page.select("p.meta strong.doubtful-count").text())
        .isEqualTo("1 row is marked “alignment uncertain”: check it.");
    assertThat(rows.get(3).select("td").get(1).text()).contains("Добавлю, что фонд создан");
    assertThat(rows.get(3).select("td").get(0).select("a.permalink").eachAttr("href"))
        .containsExactly("/p/" + site.english + "#t4", "/p/" + site.english + "#t5");
    assertThat(rows.get(3).select("td").get(1).select("a.permalink").attr("href"))
        .isEqualTo("/p/" + site.russian + "#t4");
    for (Element row : rows) {
      boolean doubtful = Double.parseDouble(row.attr("data-confidence")) < 0.5;
      assertThat(row.hasClass("doubtful")).isEqualTo(doubtful);
      Element next = row.nextElementSibling();
      assertThat(next != null && next.hasClass("doubtful-note")).isEqualTo(doubtful);
      if (doubtful) {
        assertThat(next.text()).startsWith("Alignment uncertain (confidence ");
      }
    }
    assertThat(site.get("/p/" + site.lone + "/compare/ru").statusCode()).isEqualTo(404);
  }

  @Test
  void the_switcher_link_redirects_to_the_aligned_turn() throws Exception {
    String link = "/p/" + site.english + "/version/ru";
    String page = site.get("/p/" + site.english).body();
    assertThat(page).contains("<a href=\"" + link + "\" hreflang=\"ru-RU\" data-keeps-turn>"
        + "ru-RU</a> <a class=\"compare-link\" href=\"/p/" + site.english + "/compare/ru\">");

    assertThat(location(link + "?t=7")).isEqualTo("/p/" + site.russian + "#t6");
    assertThat(location(link + "?t=5")).isEqualTo("/p/" + site.russian + "#t4");
    assertThat(location(link + "?t=10")).isEqualTo("/p/" + site.russian + "#t8");
    assertThat(location(link)).isEqualTo("/p/" + site.russian);
    assertThat(location("/p/" + site.russian + "/version/en?t=5"))
        .isEqualTo("/p/" + site.english + "#t6");
    HttpResponse<String> bad = site.get(link + "?t=11");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("The parameter 't' must be a turn of publication '"
        + site.english + "', 1 to 10: '11'");
  }

  @Test
  void the_page_follows_versions_unlinked_and_linked_by_hand() throws Exception {
    HttpResponse<String> before = site.get("/p/" + site.english);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    try {
      site.archive.store().unlinkVersion(site.russian);

      HttpResponse<String> after = site.get("/p/" + site.english, "If-None-Match", etag);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).doesNotContain("/version/ru");
      assertThat(site.get("/p/" + site.english + "/version/ru").statusCode()).isEqualTo(404);
    } finally {
      site.archive.store().linkVersions(site.english, site.russian);
    }
    assertThat(location("/p/" + site.english + "/version/ru?t=7"))
        .isEqualTo("/p/" + site.russian + "#t6");
  }

  private static List<String> turns(Element row, int side) {
    return row.select("td").get(side).select(".compare-turn").eachAttr("data-turn");
  }

  private static String location(String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(303);
    return response.headers().firstValue("Location").orElseThrow();
  }
}
