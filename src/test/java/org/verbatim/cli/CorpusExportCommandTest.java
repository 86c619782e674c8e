package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.verbatim.archive.Archive;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.store.StoredPublication;
import org.verbatim.testing.TempFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code export QUERY --format jsonl|csv|tei} on an archive of generated pages: each format read
 * back and checked against the store, and the manifest's fingerprint against the ids and
 * versions exported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusExportCommandTest {

  static final String TEI = "http://www.tei-c.org/ns/1.0";
  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final int PAGES = 12;

  TempFolder dir;
  Path pages;
  String archive;
  /** Every stored publication, latest version, by id. */
  Map<String, StoredPublication> stored = new TreeMap<>();

  @BeforeAll
  void ingest() throws Exception {
    dir = TempFolder.create();
    pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < PAGES; i++) {
      GeneratedPage page = generator.page(16, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
    }
    archive = dir.resolve("archive").toString();
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    try (Archive opened = Archive.open(Path.of(archive), "test")) {
      for (String id : opened.store().ids()) {
        stored.put(id, opened.store().publication(id).orElseThrow());
      }
    }
    assertThat(stored).hasSizeGreaterThan(PAGES / 2);
  }

  @AfterAll
  void dispose() {
    dir.close();
  }

  @Test
  @Order(1)
  void json_lines_start_with_the_manifest_and_hold_every_publication_as_stored()
      throws Exception {
    Path out = dir.resolve("all.jsonl");

    Cli run = Cli.run("export", "", "--format", "jsonl", "--out", out.toString(),
        "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("Wrote " + stored.size() + " publications", "turns/s");
    List<String> lines = Files.readAllLines(out, UTF_8);
    JsonNode manifest = new ObjectMapper().readTree(lines.get(0)).get("manifest");
    assertThat(manifest.get("query").asText()).isEmpty();
    assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
    assertThat(manifest.get("publications").asLong()).isEqualTo(stored.size());
    assertThat(manifest.get("verbatimVersion").asText()).isNotBlank();
    assertThat(manifest.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z");
    assertThat(manifest.get("fingerprint").asText()).isEqualTo(fingerprint(stored));
    assertThat(lines).hasSize(stored.size() + 1);
    List<String> ids = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      JsonNode tree = new ObjectMapper().readTree(line);
      String id = tree.get("id").asText();
      ids.add(id);
      assertThat(tree.get("version").asInt()).isEqualTo(stored.get(id).version());
      assertThat(PublicationJson.fromTree(tree)).isEqualTo(stored.get(id).publication());
      assertThat(tree.get("versions")).hasSize(stored.get(id).version());
      assertThat(tree.get("entities").isArray()).isTrue();
    }
    assertThat(ids).containsExactlyElementsOf(stored.keySet());
  }

  @Test
  @Order(2)
  void json_lines_ingested_make_an_equal_archive() throws Exception {
    Path export = dir.resolve("all.jsonl");
    String copy = dir.resolve("copy").toString();

    Cli ingest = Cli.run("ingest", export.toString(), "--archive", copy);

    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).contains("added     " + stored.size());
    Map<String, StoredPublication> copied = new TreeMap<>();
    try (Archive opened = Archive.open(Path.of(copy), "test")) {
      for (String id : opened.store().ids()) {
        copied.put(id, opened.store().publication(id).orElseThrow());
      }
    }
    assertThat(copied.keySet()).isEqualTo(stored.keySet());
    for (String id : stored.keySet()) {
      assertThat(copied.get(id).publication()).isEqualTo(stored.get(id).publication());
    }
    Cli again = Cli.run("ingest", export.toString(), "--archive", copy);
    assertThat(again.out()).contains("unchanged " + stored.size());
    Cli search = Cli.run("search", "", "--json", "--archive", copy);
    assertThat(new ObjectMapper().readTree(search.out()).get("total").asLong())
        .isEqualTo(stored.size());
  }

  @Test
  @Order(3)
  void csv_has_a_row_per_turn_and_its_manifest_beside_it() throws Exception {
    Path out = dir.resolve("all.csv");

    Cli run = Cli.run("export", "--format", "csv", "--out", out.toString(), "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    List<List<String>> rows = csv(Files.readString(out, UTF_8));
    assertThat(rows.get(0)).containsExactly("publication", "version", "published", "lang",
        "kind", "turn", "speaker", "role", "entity", "text");
    List<List<String>> expected = new ArrayList<>();
    for (StoredPublication p : stored.values()) {
      Publication pub = p.publication();
      for (int i = 0; i < pub.turns().size(); i++) {
        Turn turn = pub.turns().get(i);
        expected.add(List.of(p.id(), String.valueOf(p.version()),
            pub.published() == null ? "" : pub.published().toString(),
            pub.language() == null ? "" : pub.language(), pub.kind().code(),
            String.valueOf(i + 1), turn.speaker() == null ? "" : turn.speaker(),
            turn.role().code(), String.join("\n", turn.paragraphs())));
      }
    }
    List<List<String>> read = rows.subList(1, rows.size()).stream()
        .map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
            r.get(7), r.get(9)))
        .toList();
    assertThat(read).isEqualTo(expected);
    JsonNode manifest = new ObjectMapper().readTree(
        Files.readString(dir.resolve("all.csv.manifest.json"), UTF_8));
    assertThat(manifest.get("format").asText()).isEqualTo("csv");
    assertThat(manifest.get("fingerprint").asText()).isEqualTo(fingerprint(stored));
  }

  @Test
  @Order(4)
  void tei_follows_the_parlamint_encoding_element_by_element() throws Exception {
    Path out = dir.resolve("all.xml");

    Cli run = Cli.run("export", "--format", "tei", "--out", out.toString(), "--archive", archive);

    assertThat(run.exit()).as(run.err()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    Element corpus = doc.getDocumentElement();
    assertThat(corpus.getNamespaceURI()).isEqualTo(TEI);
    assertThat(corpus.getLocalName()).isEqualTo("teiCorpus");
    List<Element> parts = children(corpus);
    assertThat(parts).extracting(Element::getLocalName).first().isEqualTo("teiHeader");
    Element header = parts.get(0);
    assertThat(path(header, "fileDesc", "publicationStmt", "idno").getAttribute("type"))
        .isEqualTo("fingerprint");
    assertThat(path(header, "fileDesc", "publicationStmt", "idno").getTextContent())
        .isEqualTo(fingerprint(stored));
    assertThat(path(header, "fileDesc", "extent", "measure").getAttribute("quantity"))
        .isEqualTo(String.valueOf(stored.size()));
    assertThat(children(path(header, "encodingDesc", "classDecl")))
        .extracting(t -> t.getAttributeNS(XML, "id"))
        .containsExactly("speaker_types", "verbatim.roles", "verbatim.kinds");
    List<Element> teis = parts.subList(1, parts.size());
    assertThat(teis).extracting(Element::getLocalName).containsOnly("TEI");
    assertThat(teis).extracting(t -> t.getAttributeNS(XML, "id"))
        .containsExactlyElementsOf(stored.keySet().stream().map(id -> "VB." + id).toList());
    int spoken = 0;
    int affiliations = 0;
    for (Element tei : teis) {
      StoredPublication p = stored.get(tei.getAttributeNS(XML, "id").substring(3));
      Publication pub = p.publication();
      assertThat(tei.getAttributeNS(XML, "lang")).isEqualTo(pub.language());
      Element teiHeader = path(tei, "teiHeader");
      assertThat(path(teiHeader, "fileDesc", "titleStmt", "title").getTextContent())
          .isEqualTo(pub.title() == null ? "" : pub.title());
      assertThat(path(teiHeader, "fileDesc", "editionStmt", "edition").getAttribute("n"))
          .isEqualTo(String.valueOf(p.version()));
      assertThat(path(teiHeader, "fileDesc", "publicationStmt", "idno").getTextContent())
          .isEqualTo(p.id());
      if (pub.published() != null) {
        assertThat(path(teiHeader, "fileDesc", "sourceDesc", "bibl", "date").getAttribute("when"))
            .isEqualTo(pub.published().date().toString());
        String when = pub.eventDate() != null ? pub.eventDate().toString()
            : pub.published().date().toString();
        assertThat(path(teiHeader, "profileDesc", "settingDesc", "setting", "date")
            .getAttribute("when")).isEqualTo(when);
      }
      assertThat(path(teiHeader, "profileDesc", "textClass", "catRef").getAttribute("target"))
          .isEqualTo("#kind." + pub.kind().code());
      Map<String, String> persons = new TreeMap<>();
      for (Element person : children(path(teiHeader, "profileDesc", "particDesc", "listPerson"))) {
        assertThat(person.getLocalName()).isEqualTo("person");
        persons.put(person.getAttributeNS(XML, "id"), path(person, "persName").getTextContent());
        for (Element affiliation : children(person)) {
          if (affiliation.getLocalName().equals("affiliation")) {
            assertThat(affiliation.getAttribute("role")).isIn("minister", "official");
            assertThat(path(affiliation, "roleName").getTextContent()).isNotBlank();
            affiliations++;
          }
        }
      }
      Element div = path(tei, "text", "body", "div");
      assertThat(div.getAttribute("type")).isEqualTo("debateSection");
      List<Element> us = children(div);
      assertThat(us).hasSize(pub.turns().size());
      for (int i = 0; i < us.size(); i++) {
        Element u = us.get(i);
        Turn turn = pub.turns().get(i);
        assertThat(u.getLocalName()).isEqualTo("u");
        assertThat(u.getAttributeNS(XML, "id")).isEqualTo("VB." + p.id() + ".u" + (i + 1));
        assertThat(u.getAttribute("ana")).isEqualTo(
            (turn.role().code().equals("question") ? "#guest" : "#regular") + " #"
                + turn.role().code());
        if (turn.speaker() == null) {
          assertThat(u.hasAttribute("who")).isFalse();
        } else {
          String who = u.getAttribute("who");
          assertThat(who).startsWith("#");
          assertThat(persons).containsKey(who.substring(1));
          spoken++;
        }
        assertThat(children(u)).extracting(Element::getLocalName).containsOnly("seg");
        assertThat(children(u)).extracting(Node::getTextContent)
            .containsExactlyElementsOf(turn.paragraphs());
      }
    }
    assertThat(spoken).as("turns with a speaker").isPositive();
    assertThat(affiliations).as("posts of speakers").isPositive();
  }

  @Test
  @Order(5)
  void the_same_search_gives_the_same_fingerprint_and_a_changed_archive_another()
      throws Exception {
    String first = manifestOf("kind:interview OR kind:briefing");
    String again = manifestOf("kind:interview OR kind:briefing");
    assertThat(again).isEqualTo(first);

    Path more = Files.createDirectories(dir.resolve("more"));
    GeneratedPage extra = new Generator(GeneratorOptions.defaults()).page(16, 1000);
    Files.write(more.resolve(extra.fileName()), extra.bytes());
    Cli ingest = Cli.run("ingest", more.toString(), "--archive", archive);
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    assertThat(manifestOf("")).isNotEqualTo(fingerprint(stored));
  }

  @Test
  void names_a_bad_format_and_options_that_belong_to_parallel_text() {
    Cli format = Cli.run("export", "x", "--format", "xliff", "--archive", archive);
    assertThat(format.exit()).isEqualTo(Main.USAGE);
    assertThat(format.err()).contains(
        "Unknown export format: 'xliff' (allowed: jsonl, csv, tei, tmx, tsv)");

    Cli lang = Cli.run("export", "x", "--format", "csv", "--lang", "ru", "--archive", archive);
    assertThat(lang.exit()).isEqualTo(Main.USAGE);
    assertThat(lang.err()).contains("--lang is for tmx and tsv; with --format csv give a QUERY "
        + "(lang:ru in it)");

    Cli query = Cli.run("export", "speaker:", "--format", "jsonl", "--archive", archive);
    assertThat(query.exit()).isEqualTo(Main.USAGE);
  }

  /** The fingerprint of a JSON Lines export of {@code query}, written to stdout. */
  private String manifestOf(String query) throws Exception {
    Cli run = Cli.run("export", query, "--format", "jsonl", "--archive", archive);
    assertThat(run.exit()).as(run.err()).isZero();
    String first = run.out().lines().findFirst().orElseThrow();
    return new ObjectMapper().readTree(first).get("manifest").get("fingerprint").asText();
  }

  /** The fingerprint as the README says to compute it. */
  static String fingerprint(Map<String, StoredPublication> publications) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (StoredPublication p : publications.values()) {
      sha.update((p.id() + " " + p.version() + "\n").getBytes(UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first element at the end of {@code names}, each a child of the one before. */
  static Element path(Element from, String... names) {
    Element at = from;
    for (String name : names) {
      at = children(at).stream().filter(e -> e.getLocalName().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no <" + name + "> in " + from.getLocalName()));
    }
    return at;
  }

  /** RFC 4180 records: quoted fields with doubled quotes and line breaks, CRLF between rows. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}
