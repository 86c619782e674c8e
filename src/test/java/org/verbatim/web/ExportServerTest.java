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
 * The researchers' exports and speaker statistics over HTTP, on the shared test site: the
 * streamed {@code /api/v1/export}, the search page's export links, {@code /speakers} and
 * {@code /api/v1/speakers}.
 */
class ExportServerTest {

  static TestSite site;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
  }

  @Test
  void exports_every_publication_as_json_lines_after_its_manifest() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/export?format=jsonl");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/jsonl; charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Length")).isEmpty(); // streamed
    List<String> lines = response.body().lines().toList();
    JsonNode manifest = JSON.readTree(lines.getFirst()).get("manifest");
    long count = site.archive.store().count();
    assertThat(manifest.get("publications").asLong()).isEqualTo(count);
    assertThat(lines).hasSize((int) count + 1);
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"verbatim-" + manifest.get("fingerprint").asText().substring(0, 12)
            + ".jsonl\"");
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> JSON.readTree(l).get("id").asText())
        .containsExactlyElementsOf(site.archive.store().ids().stream().sorted().toList());
  }

  @Test
  void the_manifest_alone_fingerprints_what_the_export_holds() throws Exception {
    String query = "/api/v1/export?q=ferries&kind=interview";
    JsonNode manifest = JSON.readTree(site.get(query + "&format=manifest").body());
    String tei = site.get(query + "&format=tei").body();
    String csv = site.get(query + "&format=csv").body();

    assertThat(manifest.get("query").asText()).isEqualTo("ferries");
    assertThat(manifest.get("filters").get("kind").get(0).asText()).isEqualTo("interview");
    assertThat(manifest.get("publications").asLong()).isPositive();
    assertThat(tei).contains("<idno type=\"fingerprint\" subtype=\"sha256\">"
        + manifest.get("fingerprint").asText() + "</idno>");
    assertThat(csv).startsWith("publication,version,published,lang,kind,turn,speaker,role,"
        + "entity,text\r\n");
  }

  @Test
  void a_bad_format_or_query_is_a_400_naming_it() throws Exception {
    HttpResponse<String> format = site.get("/api/v1/export?format=pdf");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(format.body())
        .contains("Unknown export format: 'pdf' (allowed: jsonl, csv, tei, manifest, tmx, tsv)");

    HttpResponse<String> missing = site.get("/api/v1/export?q=x");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("The parameter 'format' is missing");

    assertThat(site.get("/api/v1/export?q=speaker:&format=jsonl").statusCode()).isEqualTo(400);
  }

  @Test
  void the_search_page_links_to_its_exports_and_statistics() throws Exception {
    Document page = Jsoup.parse(site.get("/search?q=ferries&speaker=Ivan+Petrov").body());

    List<String> exports = page.select("p.export a.button").eachAttr("href");
    assertThat(exports).containsExactly(
        "/api/v1/export?q=ferries&speaker=Ivan+Petrov&format=jsonl",
        "/api/v1/export?q=ferries&speaker=Ivan+Petrov&format=csv",
        "/api/v1/export?q=ferries&speaker=Ivan+Petrov&format=tei");
    assertThat(page.select("a.speaker-stats").attr("href"))
        .isEqualTo("/speakers?q=ferries&speaker=Ivan+Petrov");
    HttpResponse<String> download = site.get(exports.get(0));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(download.body().lines().findFirst().orElseThrow())
        .get("manifest").get("filters").get("speaker").get(0).asText()).isEqualTo("Ivan Petrov");
  }

  @Test
  void a_speakers_statistics_link_each_key_term_to_its_concordance() throws Exception {
    HttpResponse<String> api = site.get("/api/v1/speakers?speaker=Ivan+Petrov");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(api.body());
    assertThat(report.get("turns").asLong()).isPositive();
    assertThat(report.get("words").asLong()).isGreaterThan(report.get("turns").asLong());
    assertThat(report.get("keyTerms")).isNotEmpty();
    JsonNode first = report.get("keyTerms").get(0);
    assertThat(first.get("g2").asDouble()).isPositive();
    assertThat(first.get("kwic").asText()).isEqualTo("/kwic?speaker=Ivan+Petrov&q=%22"
        + first.get("word").asText() + "%22");

    Document page = Jsoup.parse(site.get("/speakers?speaker=Ivan+Petrov").body());
    assertThat(page.select("h1").text()).isEqualTo("Ivan Petrov");
    List<Element> links = page.select("table.key-terms a.kwic");
    assertThat(links).hasSize(report.get("keyTerms").size());
    assertThat(links.getFirst().text()).isEqualTo(first.get("word").asText());
    assertThat(links.getFirst().attr("href")).isEqualTo(first.get("kwic").asText());

    Document person = Jsoup.parse(site.get("/entity/person:ivan-petrov").body());
    assertThat(person.select("a.speaker-stats").attr("href"))
        .isEqualTo("/speakers?speaker=Ivan+Petrov");

    HttpResponse<String> nobody = site.get("/speakers");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(nobody.body()).contains("Say whose turns");
  }
}
