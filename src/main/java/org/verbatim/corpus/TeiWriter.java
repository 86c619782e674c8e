package org.verbatim.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verbatim.entity.Recognition;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.store.PostTerm;
import org.verbatim.store.StoredPublication;

/**
 * TEI P5 in the ParlaMint encoding, streamed: a {@code teiCorpus} whose header carries the
 * manifest and the taxonomies the turns refer to, then one {@code TEI} per publication: its facts
 * in the header (title, source address and date in {@code sourceDesc}, place and date in
 * {@code settingDesc/setting}, kind in {@code textClass}, its speakers with their posts in
 * {@code particDesc/listPerson}), and its turns as {@code <u who="#…" ana="#regular #answer">}
 * with a {@code <seg>} per paragraph. Each publication lists its own speakers (ParlaMint lists
 * them once in the corpus header; a stream knows them only as it meets them), and every
 * {@code xml:id} starts with {@code VB.} and the publication's id, so ids stay unique in the
 * document.
 */
final class TeiWriter implements CorpusWriter {

  static final String NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final OutputStream stream;
  private final XMLStreamWriter xml;

  TeiWriter(OutputStream out, Manifest manifest) throws IOException {
    this.stream = out;
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NS);
      xml.writeStartElement(NS, "teiCorpus");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("xml", XML_NS, "lang", "en");
      corpusHeader(manifest);
    } catch (XMLStreamException e) {
      throw new IOException("Could not start the TEI document: " + e.getMessage(), e);
    }
  }

  private void corpusHeader(Manifest m) throws XMLStreamException {
    start("teiHeader");
    start("fileDesc");
    start("titleStmt");
    text("title", "Verbatim export", "type", "main");
    end();
    start("editionStmt");
    text("edition", "Verbatim " + m.version());
    end();
    start("extent");
    text("measure", m.publications() + " texts", "unit", "texts", "quantity",
        String.valueOf(m.publications()));
    end();
    start("publicationStmt");
    text("date", m.createdAt().toString(), "when", m.createdAt().toString());
    text("idno", m.fingerprint(), "type", "fingerprint", "subtype", "sha256");
    end();
    start("sourceDesc");
    start("bibl");
    text("title", "A search of a Verbatim archive");
    text("note", m.query(), "type", "query");
    text("note", m.toTree().get("filters").toString(), "type", "filters");
    text("note", Fingerprint.METHOD, "type", "fingerprint");
    end();
    end();
    end(); // fileDesc
    start("encodingDesc");
    start("classDecl");
    taxonomy("speaker_types", List.of("chair", "regular", "guest"), List.of(
        "Chair: leads the event", "Regular: an official who answers or speaks",
        "Guest: asks questions (journalists)"));
    taxonomy("verbatim.roles", List.of("question", "answer", "remarks"), List.of(
        "A question", "An answer", "Remarks: a statement, a speech, a briefing's topic"));
    List<String> kinds = Arrays.stream(Kind.values()).map(k -> "kind." + k.code())
        .toList();
    taxonomy("verbatim.kinds", kinds, Arrays.stream(Kind.values())
        .map(Kind::code).toList());
    end();
    end(); // encodingDesc
    end(); // teiHeader
  }

  private void taxonomy(String id, List<String> ids,
      List<String> descriptions) throws XMLStreamException {
    start("taxonomy");
    xml.writeAttribute("xml", XML_NS, "id", id);
    for (int i = 0; i < ids.size(); i++) {
      start("category");
      xml.writeAttribute("xml", XML_NS, "id", ids.get(i));
      text("catDesc", descriptions.get(i));
      end();
    }
    end();
  }

  @Override
  public void write(ExportedPublication p) throws IOException {
    try {
      publication(p);
    } catch (XMLStreamException e) {
      throw new IOException("Could not write publication '" + p.stored().id() + "' as TEI: "
          + e.getMessage(), e);
    }
  }

  private void publication(ExportedPublication p) throws XMLStreamException {
    StoredPublication stored = p.stored();
    Publication pub = stored.publication();
    String prefix = "VB." + stored.id();
    Map<String, String> who = speakers(prefix, pub, p.recognition());
    start("TEI");
    xml.writeAttribute("xml", XML_NS, "id", prefix);
    if (pub.language() != null) {
      xml.writeAttribute("xml", XML_NS, "lang", pub.language());
    }
    start("teiHeader");
    start("fileDesc");
    start("titleStmt");
    text("title", pub.title() == null ? "" : pub.title(), "type", "main");
    end();
    start("editionStmt");
    text("edition", "version " + stored.version(), "n", String.valueOf(stored.version()));
    end();
    start("publicationStmt");
    text("idno", stored.id(), "type", "verbatim");
    end();
    start("sourceDesc");
    start("bibl");
    text("title", pub.title() == null ? "" : pub.title());
    if (pub.source() != null && pub.source().url() != null) {
      text("idno", pub.source().url(), "type", "URI");
    }
    if (pub.published() != null) {
      text("date", pub.published().toString(), "when", pub.published().date().toString());
    }
    end();
    end();
    end(); // fileDesc
    start("profileDesc");
    start("settingDesc");
    start("setting");
    if (pub.place() != null) {
      text("name", pub.place(), "type", "place");
    }
    String when = pub.eventDate() != null ? pub.eventDate().toString()
        : pub.published() == null ? null : pub.published().date().toString();
    if (when != null) {
      text("date", when, "when", when);
    }
    end();
    end();
    start("particDesc");
    start("listPerson");
    listPerson(p, who);
    end();
    end();
    start("textClass");
    start("catRef");
    xml.writeAttribute("scheme", "#verbatim.kinds");
    xml.writeAttribute("target", "#kind." + pub.kind().code());
    end();
    end();
    end(); // profileDesc
    end(); // teiHeader
    start("text");
    start("body");
    start("div");
    xml.writeAttribute("type", "debateSection");
    List<Turn> turns = pub.turns();
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      String id = prefix + ".u" + (i + 1);
      start("u");
      xml.writeAttribute("xml", XML_NS, "id", id);
      if (turn.speaker() != null) {
        xml.writeAttribute("who", "#" + who.get(turn.speaker()));
      }
      xml.writeAttribute("ana", "#" + (turn.role() == Role.QUESTION ? "guest" : "regular")
          + " #" + turn.role().code());
      for (int j = 0; j < turn.paragraphs().size(); j++) {
        text("seg", turn.paragraphs().get(j), "xml:id", id + "." + (j + 1));
      }
      end();
    }
    end(); // div
    end(); // body
    end(); // text
    end(); // TEI
  }

  /** Each speaker's name as printed, to the {@code xml:id} of their {@code person}. */
  private static Map<String, String> speakers(String prefix, Publication pub, Recognition r) {
    Map<String, String> who = new LinkedHashMap<>();
    int unknown = 0;
    for (Turn turn : pub.turns()) {
      if (turn.speaker() == null || who.containsKey(turn.speaker())) {
        continue;
      }
      String person = r.speakers().get(turn.speaker());
      who.put(turn.speaker(), person == null ? prefix + ".speaker" + (++unknown)
          : prefix + "." + ncName(person));
    }
    return who;
  }

  private void listPerson(ExportedPublication p, Map<String, String> who)
      throws XMLStreamException {
    Map<String, String> names = new LinkedHashMap<>();
    for (Recognition.Person person : p.recognition().people()) {
      names.put(person.id(), person.name());
    }
    Set<String> written = new HashSet<>();
    for (Map.Entry<String, String> speaker : who.entrySet()) {
      if (!written.add(speaker.getValue())) {
        continue; // two spellings of one person
      }
      String personId = p.recognition().speakers().get(speaker.getKey());
      start("person");
      xml.writeAttribute("xml", XML_NS, "id", speaker.getValue());
      if (personId != null) {
        xml.writeAttribute("corresp", "verbatim:" + personId);
      }
      text("persName", personId == null ? speaker.getKey()
          : names.getOrDefault(personId, speaker.getKey()));
      for (PostTerm post : p.posts().getOrDefault(personId == null ? "" : personId, List.of())) {
        start("affiliation");
        xml.writeAttribute("role", post.post().toLowerCase(Locale.ROOT).contains("minister")
            ? "minister" : "official");
        if (post.first() != null) {
          xml.writeAttribute("from", day(post.first()));
        }
        if (post.last() != null) {
          xml.writeAttribute("to", day(post.last()));
        }
        text("roleName", post.post());
        end();
      }
      end();
    }
  }

  /** The date of a printed date-time ({@code 2019-02-24T08:00} is {@code 2019-02-24}). */
  private static String day(String printed) {
    return printed.length() > 10 ? printed.substring(0, 10) : printed;
  }

  /** {@code id} as an XML name's tail: any character but a letter, a digit, . - _ becomes _. */
  static String ncName(String id) {
    StringBuilder out = new StringBuilder(id.length());
    id.codePoints().forEach(c -> out.appendCodePoint(
        Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
    return out.toString();
  }

  private void start(String name) throws XMLStreamException {
    xml.writeStartElement(NS, name);
  }

  private void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  /** {@code <name a="v"…>text</name>}; an attribute named {@code xml:id} goes in XML's space. */
  private void text(String name, String text, String... attributes) throws XMLStreamException {
    start(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i].equals("xml:id")) {
        xml.writeAttribute("xml", XML_NS, "id", attributes[i + 1]);
      } else {
        xml.writeAttribute(attributes[i], attributes[i + 1]);
      }
    }
    xml.writeCharacters(xmlText(text));
    end();
  }

  /**
   * {@code text} with each character XML 1.0 cannot hold (a control character other than tab,
   * line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate) replaced by U+FFFD: the
   * stream writer would write it as it is, and no parser would read the document.
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean bad = !pairStart && (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
          || c < 0x20 && c != '\t' && c != '\n' && c != '\r');
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
        if (pairStart) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pairStart) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeEndElement(); // teiCorpus
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Could not end the TEI document: " + e.getMessage(), e);
    }
    stream.close();
  }
}
