package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Citations on a real server: the metadata reference managers read from the publication page,
 * read back by parsing it; {@code /p/ID/cite} in each format; and a cited turn's link, taken from
 * an earlier version's page, opened after later versions edited that turn or left it alone. The
 * archive holds one interview in four versions ({@link ChangesSite}): version 3 edits the last
 * answer (turn 8 of version 2) and leaves the question before it (turn 7) as it was.
 */
class CitationServerTest {

  static final String TITLE = "Foreign Minister Ivan Petrov’s interview with the Northern "
      + "Courier, Newtown, March 2, 2017";
  static ChangesSite site;
  static String id;

  @BeforeAll
  static void start() throws Exception {
    site = ChangesSite.get();
    id = site.id;
  }

  static Document page(String pathAndQuery) throws Exception {
    HttpResponse<String> res = site.get(pathAndQuery);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Jsoup.parse(res.body(), site.base() + pathAndQuery);
  }

  static String meta(Document page, String name) {
    return page.select("meta[name=" + name + "]").attr("content");
  }

  @Test
  void the_page_carries_highwire_citation_tags_that_read_back_as_the_publication()
      throws Exception {
    Document page = page("/p/" + id);

    assertThat(meta(page, "citation_title")).isEqualTo(TITLE);
    assertThat(page.select("meta[name=citation_author]").eachAttr("content"))
        .containsExactly("Ivan Petrov");
    assertThat(meta(page, "citation_publication_date")).isEqualTo("2017/03/02");
    assertThat(meta(page, "citation_date")).isEqualTo("2017/03/02");
    assertThat(meta(page, "citation_publisher")).isEqualTo("ministry.example");
    assertThat(meta(page, "citation_public_url")).isEqualTo(site.base() + "/p/" + id + "?v=4");
    assertThat(meta(page, "citation_language")).isEqualTo("en");
  }

  @Test
  void the_page_embeds_its_csl_json_item_as_a_data_block_not_a_script() throws Exception {
    Document page = page("/p/" + id + "?v=2");

    Element block = page.selectFirst("head script#csl-json");
    assertThat(block).isNotNull();
    assertThat(block.attr("type")).isEqualTo("application/vnd.citationstyles.csl+json");
    assertThat(block.hasAttr("src")).isFalse();
    JsonNode item = new ObjectMapper().readTree(block.data()).get(0);
    assertThat(item.get("type").asText()).isEqualTo("interview");
    assertThat(item.get("title").asText()).isEqualTo(TITLE);
    assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo("Ivan Petrov");
    assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[2017,3,2]]");
    assertThat(item.get("URL").asText()).isEqualTo(site.base() + "/p/" + id + "?v=2");
  }

  @Test
  void the_cite_control_of_the_publication_shows_each_format_and_each_turn_links_to_them()
      throws Exception {
    Document page = page("/p/" + id);

    Element cite = page.selectFirst("details.cite-publication");
    assertThat(cite.select("dt").eachText()).containsExactly("APA as a file",
        "Chicago (author-date) as a file", "MLA as a file", "BibTeX as a file", "RIS as a file",
        "CSL-JSON as a file");
    assertThat(cite.select("pre.citation").first().text()).isEqualTo("Ivan Petrov. (2017, March "
        + "2). " + TITLE + " [Interview]. Ministry.Example. " + site.base() + "/p/" + id
        + "?v=4");
    assertThat(cite.select("pre.citation").get(3).text()).startsWith("@misc{" + id + "-v4,");
    Element turn = page.selectFirst("#t2 details.cite");
    assertThat(turn.select("a").eachAttr("href")).containsExactly(
        "/p/" + id + "/cite?format=apa&t=2&v=4", "/p/" + id + "/cite?format=chicago&t=2&v=4",
        "/p/" + id + "/cite?format=mla&t=2&v=4", "/p/" + id + "/cite?format=bibtex&t=2&v=4",
        "/p/" + id + "/cite?format=ris&t=2&v=4", "/p/" + id + "/cite?format=csl-json&t=2&v=4");
  }

  @Test
  void each_format_is_served_with_its_media_type() throws Exception {
    List<String[]> expected = List.of(
        new String[] {"apa", "text/plain; charset=UTF-8", "Ivan Petrov. (2017, March 2). "},
        new String[] {"bibtex", "application/x-bibtex; charset=UTF-8", "@misc{" + id + "-v1-t2,"},
        new String[] {"ris", "application/x-research-info-systems; charset=UTF-8", "TY  - GEN"},
        new String[] {"csl-json", "application/vnd.citationstyles.csl+json; charset=UTF-8",
            "[{\"id\":\"" + id + "-v1-t2\""});
    for (String[] format : expected) {
      for (String path : List.of("/p/" + id + "/cite", "/api/v1/publications/" + id + "/cite")) {
        HttpResponse<String> res = site.get(path + "?format=" + format[0] + "&t=2&v=1");
        assertThat(res.statusCode()).as(path + " " + format[0]).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue(format[1]);
        assertThat(res.body()).startsWith(format[2]).contains("/p/" + id + "/t/2?v=1&h=");
      }
    }
  }

  @Test
  void a_missing_or_unknown_format_is_a_400_and_a_turn_the_version_lacks_a_404()
      throws Exception {
    HttpResponse<String> missing = site.get("/api/v1/publications/" + id + "/cite");
    HttpResponse<String> unknown = site.get("/p/" + id + "/cite?format=harvard");
    HttpResponse<String> turn = site.get("/p/" + id + "/cite?format=apa&t=9&v=1");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("The parameter 'format' is missing: allowed: apa, "
        + "chicago, mla, bibtex, ris, csl-json");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Unknown citation format: 'harvard'");
    assertThat(turn.statusCode()).isEqualTo(404);
    assertThat(turn.body()).contains("Version 1 of publication '" + id + "' has no turn 9: its "
        + "turns are 1 to 6");
  }

  /** The link in turn {@code n}'s citation on version {@code v}'s page, as a reader copies it. */
  static String citedLink(int v, int n) throws Exception {
    String citation = page("/p/" + id + "?v=" + v).selectFirst("#t" + n + " .citation").text();
    String link = citation.substring(citation.lastIndexOf(' ') + 1);
    assertThat(link).startsWith(site.base() + "/p/" + id + "/t/" + n + "?v=" + v + "&h=");
    return link.substring(site.base().length());
  }

  @Test
  void a_cited_turn_whose_words_were_edited_since_is_reported_changed_with_the_diff()
      throws Exception {
    HttpResponse<String> res = site.get(citedLink(2, 8));

    assertThat(res.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(res.body());
    assertThat(page.select(".notice").text()).isEqualTo("The words of this turn changed since "
        + "it was cited. See what changed (version 2 to 4).");
    assertThat(page.select(".notice a").attr("href"))
        .isEqualTo("/p/" + id + "/changes?from=2&to=4");
    assertThat(page.select("blockquote").text()).contains("third week of October");
    assertThat(page.select(".hash-mismatch")).isEmpty();
  }

  @Test
  void a_cited_turn_left_alone_while_another_was_edited_is_reported_unchanged()
      throws Exception {
    HttpResponse<String> res = site.get(citedLink(2, 7));

    assertThat(res.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(res.body());
    assertThat(page.select(".notice").text())
        .isEqualTo("The words of this turn have not changed since it was cited.");
    assertThat(page.select("h1").text()).isEqualTo("Turn 7 of version 2, as cited");
    assertThat(page.select("p").get(0).text()).endsWith("it is turn 6 of the latest version (4).");
    assertThat(page.select("blockquote").text()).contains("Will it return next autumn?");
  }

  @Test
  void a_hash_that_never_was_the_turns_is_said_and_a_malformed_one_is_a_400() throws Exception {
    HttpResponse<String> other = site.get("/p/" + id + "/t/7?v=2&h=00000000");
    HttpResponse<String> bad = site.get("/p/" + id + "/t/7?v=2&h=5F2A");

    assertThat(Jsoup.parse(other.body()).select(".hash-mismatch").text())
        .startsWith("The hash in the link (00000000) is not that of this turn’s words in "
            + "version 2 either");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Not a turn hash: '5F2A' (expected 8 lower-case hex digits, "
        + "as 5f2a9c1e), as parameter 'h'");
  }
}
