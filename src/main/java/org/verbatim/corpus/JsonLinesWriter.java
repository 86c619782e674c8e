package org.verbatim.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.verbatim.store.StoredPublicationJson;

/**
 * JSON Lines: a first line {@code {"manifest":{…}}}, then one publication per line in the shape
 * of {@code show --json} with entities ({@link StoredPublicationJson}): {@code id},
 * {@code version}, the parser's fields, {@code entities} and {@code versions}.
 */
final class JsonLinesWriter implements CorpusWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutputStream out;

  JsonLinesWriter(OutputStream out, Manifest manifest) throws IOException {
    this.out = out;
    line(JSON.createObjectNode().set("manifest", manifest.toTree()));
  }

  @Override
  public void write(ExportedPublication p) throws IOException {
    line(StoredPublicationJson.toTree(p.stored(), p.recognition(), p.history()));
  }

  private void line(JsonNode tree) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JSON.writeTree(json, tree);
    }
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
