package org.verbatim.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verbatim.model.Published;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchResult;
import org.verbatim.search.TurnHit;

/**
 * Atom (RFC 4287) feeds of search results. Pages print local time without a zone; a feed needs
 * an instant, so a publication's printed date and time are given as if UTC (its offset when the
 * page printed one), and an undated publication takes the feed's own time.
 */
final class Atom {

  private static final String NS = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private Atom() {}

  /**
   * The feed of {@code result}.
   *
   * @param base  the site's address ({@code http://host:port}), for absolute links
   * @param self  the feed's own path and query
   * @param page  the HTML page the feed mirrors, path and query
   */
  static byte[] feed(String title, String base, String self, String page, SearchResult result,
      Instant now) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      String updated = result.hits().stream().map(Hit::published).filter(p -> p != null)
          .map(Atom::instant).max(String::compareTo).orElse(now.toString());
      head(xml, title, updated, base + self, base + page);
      for (Hit hit : result.hits()) {
        String url = base + "/p/" + Link.segment(hit.id());
        xml.writeStartElement("entry");
        element(xml, "id", url);
        element(xml, "title", hit.title() == null ? "Untitled publication " + hit.id() : hit.title());
        element(xml, "updated", hit.published() == null ? now.toString() : instant(hit.published()));
        link(xml, "alternate", url, "text/html");
        for (String speaker : hit.speakers()) {
          xml.writeStartElement("author");
          element(xml, "name", speaker);
          xml.writeEndElement();
        }
        xml.writeStartElement("category");
        xml.writeAttribute("term", hit.kind().code());
        xml.writeEndElement();
        element(xml, "summary", summary(hit));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the feed '" + title + "': " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * Opens a feed: the document, the {@code feed} element, and its id (its own address), title,
   * time of update, links to itself and to the page it mirrors, and author.
   */
  static void head(XMLStreamWriter xml, String title, String updated, String self, String page)
      throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    element(xml, "id", self);
    element(xml, "title", title);
    element(xml, "updated", updated);
    link(xml, "self", self, "application/atom+xml");
    link(xml, "alternate", page, "text/html");
    xml.writeStartElement("author");
    element(xml, "name", "Verbatim");
    xml.writeEndElement();
  }

  /** Plain text: date, kind, place, and the first matching turn without its highlight tags. */
  private static String summary(Hit hit) {
    StringBuilder out = new StringBuilder(Dates.human(hit.published())).append(" · ").append(hit.kind().code());
    if (hit.place() != null) {
      out.append(" · ").append(hit.place());
    }
    if (!hit.turns().isEmpty()) {
      TurnHit turn = hit.turns().get(0);
      out.append(". Turn ").append(turn.number()).append(": ").append(turn.plainSnippet("", ""));
    }
    return out.toString();
  }

  static String instant(String published) {
    Published p = Published.parse(published);
    ZoneOffset offset = p.offset() == null ? ZoneOffset.UTC : p.offset();
    return p.date().atTime(p.time() == null ? java.time.LocalTime.MIDNIGHT : p.time())
        .atOffset(offset).toInstant().toString();
  }

  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeStartElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
    xml.writeEndElement();
  }
}
