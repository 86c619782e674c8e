package org.verbatim.cite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;
import org.verbatim.testing.ChangingPage;

/**
 * The citations of {@link ChangingPage}'s interview and of its second turn, in each format; the
 * exchange formats read back by citeproc-java's own readers.
 */
class CitationsTest {

  static final String ID = "0123456789abcdef";
  static final String SITE = "https://verbatim.example.org";
  static final LocalDate ACCESSED = LocalDate.of(2026, 12, 3);
  static final String TITLE = "Foreign Minister Ivan Petrov’s interview with the Northern "
      + "Courier, Newtown, March 2, 2017";

  final Publication v1;
  final CitedWork turn;
  final CitedWork whole;
  final String turnUrl;

  CitationsTest() throws ParseException {
    v1 = new Parser().parse(ChangingPage.page(ChangingPage.V1));
    turn = CitedWork.turn(ID, 1, v1, 2, SITE, ACCESSED);
    whole = CitedWork.publication(ID, 1, v1, SITE, ACCESSED);
    turnUrl = SITE + "/p/" + ID + "/t/2?v=1&h=" + TurnHash.of(v1.turns().get(1));
  }

  @Test
  void a_turn_is_cited_by_its_speaker_the_title_the_site_the_date_and_its_hashed_link() {
    assertThat(turn.authors()).containsExactly("Ivan Petrov");
    assertThat(turn.title()).isEqualTo(TITLE + ", turn 2");
    assertThat(turn.site()).isEqualTo("ministry.example");
    assertThat(turn.published()).hasToString("2017-03-02T18:49");
    assertThat(turn.url()).isEqualTo(turnUrl).matches(".*&h=[0-9a-f]{8}");
    assertThat(whole.url()).isEqualTo(SITE + "/p/" + ID + "?v=1");
    assertThat(whole.title()).isEqualTo(TITLE);
  }

  @Test
  void apa_chicago_and_mla_are_written_by_the_csl_styles() {
    assertThat(Citations.format(CitationFormat.APA, turn)).isEqualTo("Ivan Petrov. (2017, March "
        + "2). " + TITLE + ", turn 2 [Interview]. Ministry.Example. " + turnUrl);
    assertThat(Citations.format(CitationFormat.CHICAGO, turn)).isEqualTo("Ivan Petrov. 2017. "
        + "“Foreign Minister Ivan Petrov’s Interview with the Northern Courier, Newtown, March 2, "
        + "2017, Turn 2.” Interview. Ministry.Example, March 2. " + turnUrl + ".");
    assertThat(Citations.format(CitationFormat.MLA, whole)).isEqualTo("Ivan Petrov. “Foreign "
        + "Minister Ivan Petrov’s Interview with the Northern Courier, Newtown, March 2, 2017.” "
        + "Interview. Ministry.Example, 2 Mar. 2017, " + SITE + "/p/" + ID + "?v=1.");
  }

  @Test
  void bibtex_reads_back_as_the_same_work() throws Exception {
    String bibtex = Citations.format(CitationFormat.BIBTEX, turn);

    BibTeXConverter reader = new BibTeXConverter();
    Map<String, CSLItemData> items =
        reader.toItemData(reader.loadDatabase(new ByteArrayInputStream(bibtex.getBytes(UTF_8))));
    CSLItemData item = items.get(ID + "-v1-t2");
    assertThat(item).as(bibtex).isNotNull();
    assertThat(item.getTitle()).isEqualTo(TITLE + ", turn 2");
    assertThat(item.getAuthor()[0].getFamily()).isEqualTo("Petrov");
    assertThat(item.getAuthor()[0].getGiven()).isEqualTo("Ivan");
    assertThat(item.getURL()).isEqualTo(turnUrl);
    assertThat(item.getIssued().getRaw()).isEqualTo("2017-03-02");
    assertThat(item.getAccessed().getRaw()).isEqualTo("2026-12-03");
  }

  @Test
  void bibtex_escapes_what_latex_would_read_as_commands() {
    assertThat(BibTeXWriter.escape("50% of R&D_costs {#1} ~ \\o/"))
        .isEqualTo("50\\% of R\\&D\\_costs \\{\\#1\\} \\textasciitilde{} \\textbackslash{}o/");
  }

  @Test
  void ris_reads_back_as_the_same_work() throws Exception {
    String ris = Citations.format(CitationFormat.RIS, turn);

    assertThat(ris).startsWith("TY  - GEN\r\nID  - " + ID + "-v1-t2\r\n").endsWith("\r\nER  - ");
    RISConverter reader = new RISConverter();
    CSLItemData item = reader.toItemData(
        reader.loadLibrary(new ByteArrayInputStream(ris.getBytes(UTF_8)))).values().iterator()
        .next();
    assertThat(item.getTitle()).isEqualTo(TITLE + ", turn 2");
    assertThat(item.getAuthor()[0].getFamily()).isEqualTo("Petrov");
    assertThat(item.getURL()).isEqualTo(turnUrl);
    assertThat(item.getIssued().getRaw()).isEqualTo("2017/03/02");
    assertThat(item.getAccessed().getRaw()).isEqualTo("2026/12/03");
    // citeproc-java's reader keeps no secondary title: the site is read here from the text
    assertThat(ris).contains("\r\nT2  - ministry.example\r\n");
  }

  @Test
  void csl_json_is_an_array_of_one_item_of_type_interview() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Citations.format(CitationFormat.CSL_JSON, turn));

    assertThat(json.isArray()).isTrue();
    JsonNode item = json.get(0);
    assertThat(item.get("type").asText()).isEqualTo(CSLType.INTERVIEW.toString());
    assertThat(item.get("title").asText()).isEqualTo(TITLE + ", turn 2");
    assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo("Ivan Petrov");
    assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[2017,3,2]]");
    assertThat(item.get("accessed").get("date-parts").toString()).isEqualTo("[[2026,12,3]]");
    assertThat(item.get("URL").asText()).isEqualTo(turnUrl);
  }

  @Test
  void csl_json_escapes_every_less_than_sign_so_that_it_can_stand_in_a_data_block()
      throws Exception {
    CitedWork odd = new CitedWork("k", "On </script><script>alert(1)</script>", List.of(), false,
        "speech", null, null, ACCESSED, SITE + "/p/k?v=1", null);

    String json = Citations.format(CitationFormat.CSL_JSON, odd);

    assertThat(json).doesNotContain("<");
    assertThat(new ObjectMapper().readTree(json).get(0).get("title").asText())
        .isEqualTo("On </script><script>alert(1)</script>");
  }

  @Test
  void a_speech_is_of_csl_type_speech() throws Exception {
    Publication speech = new Parser().parse(new RawPage(
        "3 March 2017 10:00\n\nA statement on the fair\n\nWe are glad.\n".getBytes(UTF_8), null,
        null, RawPage.Format.TEXT));
    CitedWork work = CitedWork.publication(ID, 1, speech, SITE, ACCESSED);

    assertThat(new ObjectMapper().readTree(Citations.format(CitationFormat.CSL_JSON, work))
        .get(0).get("type").asText()).isEqualTo("speech");
    assertThat(work.site()).isNull();
    assertThat(work.authors()).isEmpty();
  }

  @Test
  void a_turn_hash_ignores_spacing_and_changes_with_a_word() {
    Turn turn = v1.turns().get(1);
    Turn respaced = new Turn(turn.section(), turn.label(), turn.speaker(), turn.role(),
        List.of("  " + turn.paragraphs().get(0).replace(" ", "\u00a0 \t") + "\n"), turn.notes(),
        turn.editorial());
    Turn edited = new Turn(turn.section(), turn.label(), turn.speaker(), turn.role(),
        List.of(turn.paragraphs().get(0).replace("three", "four")), turn.notes(),
        turn.editorial());

    assertThat(TurnHash.of(turn)).matches("[0-9a-f]{8}").isEqualTo(TurnHash.of(respaced));
    assertThat(TurnHash.of(edited)).isNotEqualTo(TurnHash.of(turn));
  }

  @Test
  void an_unknown_format_or_a_malformed_hash_is_named_with_what_is_allowed() {
    assertThatThrownBy(() -> CitationFormat.ofCode("harvard"))
        .hasMessage("Unknown citation format: 'harvard' (allowed: apa, chicago, mla, bibtex, ris, "
            + "csl-json)");
    assertThatThrownBy(() -> TurnHash.check("5F2A"))
        .hasMessage("Not a turn hash: '5F2A' (expected 8 lower-case hex digits, as 5f2a9c1e)");
    assertThatThrownBy(() -> CitedWork.turn(ID, 1, v1, 7, SITE, ACCESSED))
        .hasMessage("Version 1 of publication '" + ID + "' has no turn 7: its turns are 1 to 6");
  }
}
