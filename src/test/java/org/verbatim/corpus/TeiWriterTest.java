package org.verbatim.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.verbatim.entity.Recognition;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;
import org.verbatim.search.Filters;
import org.verbatim.store.StoredPublication;
import org.w3c.dom.Document;

/** TEI that XML parsers read whatever the text holds. */
class TeiWriterTest {

  @Test
  void replaces_characters_xml_cannot_hold_and_keeps_the_rest() throws Exception {
    String said = "Tab\there, a bell \u0007, a lone \uD800 surrogate, a pair \uD83D\uDE00 & <b>";
    Publication publication = new Publication("Remarks & <notes>", Kind.REMARKS, null, null,
        null, "en", List.of(), List.of(), List.of(), List.of(),
        List.of(new Turn(null, null, "Ivan Petrov", Role.REMARKS, List.of(said), List.of(),
            List.of())),
        List.of(), new Source("text", "a.txt", null, "00"));
    Manifest manifest = new Manifest("q \u0001", Filters.NONE, Instant.EPOCH, "test",
        CorpusFormat.TEI, 1, "ab");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (CorpusWriter writer = CorpusFormat.TEI.open(out, manifest)) {
      writer.write(new ExportedPublication(new StoredPublication("p1", 1, 1, Instant.EPOCH,
          publication), Recognition.NONE, List.of(), Map.of()));
    }

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(doc.getElementsByTagNameNS(TeiWriter.NS, "seg").item(0).getTextContent())
        .isEqualTo("Tab\there, a bell \uFFFD, a lone \uFFFD surrogate, a pair \uD83D\uDE00 & <b>");
    assertThat(doc.getElementsByTagNameNS(TeiWriter.NS, "u").item(0).getAttributes()
        .getNamedItem("who").getNodeValue()).isEqualTo("#VB.p1.speaker1");
    assertThat(new String(out.toByteArray(), UTF_8)).contains("<note type=\"query\">q \uFFFD</note>");
  }
}
