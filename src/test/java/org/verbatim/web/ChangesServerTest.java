package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What changed between versions, on a real server: the changes page, the API, the permalink that
 * follows a cited turn, an earlier version's page, the history on the publication page and the
 * feed of changed publications. The archive holds one interview in four versions
 * ({@link ChangesSite}).
 */
class ChangesServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static ChangesSite site;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    site = ChangesSite.get();
    id = site.id;
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return site.get(pathAndQuery);
  }

  @Test
  void the_changes_page_marks_deleted_and_inserted_words_and_folds_unchanged_turns()
      throws Exception {
    HttpResponse<String> page = get("/p/" + id + "/changes?from=2&to=3");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Version 2 to version 3 (of 4): edited 7 (was 8); removed 6.")
        .contains("<summary>Turns 1–5 unchanged</summary>")
        .contains("<h2><a href=\"/p/" + id + "?v=2#t6\">Turn 6 of version 2 (removed)</a></h2>")
        .contains("<div class=\"diff-text\"><del>Ivan Petrov: Growers from four neighbouring "
            + "countries brought their apples and pears.</del></div>")
        .contains("<h2><a href=\"/p/" + id + "?v=3#t7\">Turn 7, was 8 (edited)</a></h2>")
        .contains("in the <del>second</del><ins>third</ins> week of <del>September</del>"
            + "<ins>October</ins>.")
        .contains("<option value=\"2\" selected>2</option>")
        .doesNotContain("<script>");
    assertThat(get("/p/" + id + "/changes?from=1&to=3").body())
        .contains("<summary>Turns 1–2 unchanged</summary>")
        .contains("<summary>Turn 5 unchanged, was 3</summary>");
  }

  @Test
  void without_versions_the_page_compares_the_latest_with_the_one_before() throws Exception {
    HttpResponse<String> page = get("/p/" + id + "/changes");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Version 3 to version 4 (of 4): no turn changed.")
        .contains("<summary>Turns 1–7 unchanged</summary>");
  }

  @Test
  void the_api_gives_each_changed_or_moved_turn_with_its_pieces() throws Exception {
    HttpResponse<String> response = get("/api/v1/publications/" + id + "/changes?from=1&to=3");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("from").asInt()).isEqualTo(1);
    assertThat(body.get("to").asInt()).isEqualTo(3);
    assertThat(body.get("summary").asText())
        .isEqualTo("edited 7 (was 6); inserted 3, 4; removed 4");
    assertThat(body.get("changed").asInt()).isEqualTo(4);
    List<String> turns = new ArrayList<>();
    for (JsonNode turn : body.get("turns")) {
      turns.add(turn.get("change").asText() + " " + turn.get("before") + "→" + turn.get("after")
          + " " + turn.get("pieces").size());
    }
    assertThat(turns).containsExactly("inserted []→[3] 1", "inserted []→[4] 1",
        "same [3]→[5] 0", "removed [4]→[] 1", "same [5]→[6] 0", "edited [6]→[7] 7");
  }

  @Test
  void an_unknown_publication_or_version_is_a_404_and_a_bad_number_a_400() throws Exception {
    HttpResponse<String> version = get("/api/v1/publications/" + id + "/changes?from=9");
    HttpResponse<String> publication = get("/p/0123456789abcdef/changes");
    HttpResponse<String> bad = get("/p/" + id + "/changes?to=latest");

    assertThat(version.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(version.body()).get("detail").asText())
        .isEqualTo("Publication '" + id + "' has no version 9: its versions are 1 to 4");
    assertThat(publication.statusCode()).isEqualTo(404);
    assertThat(publication.body())
        .contains("No publication with id '0123456789abcdef' in the archive");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("Expected a version number, as parameter 'to', 1 or more: 'latest'");
  }

  @Test
  void a_permalink_to_a_turn_of_an_earlier_version_leads_to_that_turn_now() throws Exception {
    assertThat(get("/p/" + id + "/t/6?v=1").headers().firstValue("Location"))
        .hasValue("/p/" + id + "#t7");
    assertThat(get("/p/" + id + "/t/3?v=1").headers().firstValue("Location"))
        .hasValue("/p/" + id + "#t5");
    assertThat(get("/p/" + id + "/t/6?v=2").statusCode()).isEqualTo(410);
    HttpResponse<String> latest = get("/p/" + id + "/t/3");
    assertThat(latest.statusCode()).isEqualTo(303);
    assertThat(latest.headers().firstValue("Location")).hasValue("/p/" + id + "#t3");
    assertThat(get("/p/" + id + "/t/9?v=1").statusCode()).isEqualTo(404);
  }

  @Test
  void a_permalink_to_a_removed_turn_says_so_and_where_to_read_it() throws Exception {
    HttpResponse<String> gone = get("/p/" + id + "/t/4?v=1");

    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("<h1>Turn 4 was removed</h1>")
        .contains("is not in the latest version (4): version 3 removed it.")
        .contains("<a href=\"/p/" + id + "?v=1#t4\">Read it in version 1</a>")
        .contains("<a href=\"/p/" + id + "/changes?from=2&amp;to=3\">What version 3 changed</a>")
        .doesNotContain("Growers from four neighbouring countries");
  }

  @Test
  void an_earlier_version_shows_its_own_words_and_where_each_turn_is_now() throws Exception {
    HttpResponse<String> page = get("/p/" + id + "?v=1");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("You are reading version 1 of 4.")
        .contains("Growers from four neighbouring countries brought their apples and pears.")
        .contains("<a href=\"/p/" + id + "#t5\">Now turn 5 of the latest version</a>")
        .contains("<a href=\"/p/" + id + "/changes?from=2&amp;to=3\">Removed in version 3: see "
            + "what changed</a>")
        .contains("<a href=\"/p/" + id + "#t1\">Turn 1 of the latest version</a>")
        .contains("/p/" + id + "/t/2?v=1");
    assertThat(get("/p/" + id + "?v=5").statusCode()).isEqualTo(404);
  }

  @Test
  void the_publication_page_lists_its_versions_with_the_turns_each_changed() throws Exception {
    HttpResponse<String> page = get("/p/" + id);

    assertThat(page.body()).contains("<summary>History: 4 versions</summary>")
        .contains("<a href=\"/p/" + id + "/changes?from=1&amp;to=2\">inserted 3, 4</a>")
        .contains("<a href=\"/p/" + id + "/changes?from=2&amp;to=3\">edited 7 (was 8); "
            + "removed 6</a>")
        .contains("<a href=\"/p/" + id + "/changes?from=3&amp;to=4\">no turn changed</a>")
        .contains("4 of 4 · <a href=\"/p/" + id + "/changes?from=3&amp;to=4\">what changed</a>")
        .contains("<p class=\"renumbered\" data-version=\"3\"")
        .containsPattern("/p/" + id + "/t/7\\?v=4&amp;h=[0-9a-f]{8}</p>");
  }

  @Test
  void the_changed_feed_lists_the_publication_whose_text_changed_with_its_turns()
      throws Exception {
    HttpResponse<String> response = get("/feed/changed");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/atom+xml; charset=UTF-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes(UTF_8)));
    String atom = "http://www.w3.org/2005/Atom";
    NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
    assertThat(entries.getLength()).isEqualTo(1);
    Element entry = (Element) entries.item(0);
    String changes = site.base() + "/p/" + id + "/changes?from=2&to=3";
    assertThat(text(entry, "id")).isEqualTo(changes);
    assertThat(text(entry, "title")).isEqualTo("Foreign Minister Ivan Petrov’s interview with the "
        + "Northern Courier, Newtown, March 2, 2017");
    assertThat(text(entry, "summary")).isEqualTo("Version 3 (from 2): edited 7 (was 8); "
        + "removed 6. Turn 6 of version 2 (removed), turn 7, was 8 (edited).");
    Element link = (Element) entry.getElementsByTagNameNS(atom, "link").item(0);
    assertThat(link.getAttribute("href")).isEqualTo(changes);
    assertThat(get("/").body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\" "
        + "title=\"Verbatim: publications whose text changed\" href=\"/feed/changed\">");
  }

  @Test
  void the_openapi_document_describes_the_changes() throws Exception {
    JsonNode api = JSON.readTree(get("/api/openapi.json").body());

    JsonNode changes = api.get("paths").get("/api/v1/publications/{id}/changes");
    assertThat(changes.get("get").get("parameters")).extracting(p -> p.get("name").asText())
        .contains("id", "from", "to");
  }

  private static String text(Element entry, String name) {
    return entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0)
        .getTextContent();
  }
}
