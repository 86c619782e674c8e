package org.verbatim.harvest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A crawl's summary as the JSON its run keeps in the store. */
final class CrawlSummaries {

  private static final JsonFactory JSON = new JsonFactory();

  private CrawlSummaries() {}

  static String json(CrawlSummary s) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("run", s.run());
      out.writeBooleanField("resumed", s.resumed());
      out.writeNumberField("requests", s.requests());
      out.writeNumberField("fetched", s.fetched());
      out.writeNumberField("new", s.added());
      out.writeNumberField("changed", s.changed());
      out.writeNumberField("unchanged", s.unchanged());
      out.writeNumberField("notModified", s.notModified());
      out.writeNumberField("robots", s.robots());
      out.writeNumberField("skipped", s.skipped());
      out.writeNumberField("failed", s.failures().size());
      out.writeNumberField("bytes", s.bytes());
      out.writeNumberField("warcBytes", s.warcBytes());
      out.writeNumberField("seconds", s.elapsed().toMillis() / 1000.0);
      out.writeBooleanField("complete", s.complete());
      out.writeArrayFieldStart("failures");
      for (CrawlSummary.Failure f : s.failures()) {
        out.writeStartObject();
        out.writeStringField("url", f.url());
        out.writeStringField("reason", f.reason());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a crawl summary as JSON", e);
    }
    return text.toString();
  }
}
