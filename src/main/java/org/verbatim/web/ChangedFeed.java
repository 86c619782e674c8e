package org.verbatim.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verbatim.archive.VersionChanges.Changed;
import org.verbatim.diff.TurnChange;
import org.verbatim.diff.VersionDiff;

/**
 * The Atom feed of publications whose text changed ({@code /feed/changed}): one entry per
 * publication, for its newest change, newest first; each says which turns changed and links to
 * the page of the changes. An entry's id names the publication and the two versions, so a
 * reader sees a later change of the same publication as a new entry.
 */
final class ChangedFeed {

  static final String PATH = "/feed/changed";
  private static final String TITLE = "Verbatim: publications whose text changed";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private ChangedFeed() {}

  /** @param base the site's address ({@code http://host:port}), for absolute links */
  static byte[] feed(String base, List<Changed> changes, Instant now) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      Atom.head(xml, TITLE, changes.isEmpty() ? now.toString()
          : changes.get(0).later().ingestedAt().toString(), base + PATH, base + "/");
      for (Changed changed : changes) {
        VersionDiff diff = changed.diff();
        String id = changed.later().id();
        String page = base + "/p/" + Link.segment(id);
        String url = page + "/changes?from=" + diff.from() + "&to=" + diff.to();
        String title = changed.later().publication().title();
        xml.writeStartElement("entry");
        Atom.element(xml, "id", url);
        Atom.element(xml, "title", title == null ? "Untitled publication " + id : title);
        Atom.element(xml, "updated", changed.later().ingestedAt().toString());
        Atom.link(xml, "alternate", url, "text/html");
        Atom.link(xml, "related", page, "text/html");
        Atom.element(xml, "summary", summary(diff));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the feed of changes: " + e.getMessage(),
          e);
    }
    return bytes.toByteArray();
  }

  /** {@code Version 3 (from 2): edited 2; inserted 7. Turn 2 (edited), turn 7 (inserted).} */
  private static String summary(VersionDiff diff) {
    StringBuilder out = new StringBuilder("Version ").append(diff.to()).append(" (from ")
        .append(diff.from()).append("): ").append(diff.summary()).append('.');
    String sep = " ";
    for (TurnChange c : diff.changed()) {
      String heading = c.heading(diff.from());
      out.append(sep).append(sep.equals(" ")
          ? Character.toUpperCase(heading.charAt(0)) + heading.substring(1) : heading);
      sep = ", ";
    }
    return out.append('.').toString();
  }
}
