package org.verbatim.store;

import org.verbatim.entity.Recognition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.verbatim.json.PublicationJson;

/**
 * The JSON shape of a stored publication, in one place for the command line's
 * {@code show --json} and the web API's {@code /api/v1/publications/ID}: {@code id} and
 * {@code version}, the parser's shape ({@link PublicationJson}), and {@code versions}, its
 * history oldest first: {@code [{"number","ingestedAt","published","turns","sourceSha256",
 * "sourceBytes","parserVersion","readBy","rereadOf"}]} ({@code rereadOf} is the number of the
 * version whose source a re-read read again, or null). Thread-safe.
 */
public final class StoredPublicationJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredPublicationJson() {}

  /** {@code shown} with {@code history}, the publication's versions. */
  public static ObjectNode toTree(StoredPublication shown, List<StoredVersion> history) {
    return toTree(shown, null, history);
  }

  /**
   * {@code shown} with what recognition found in it ({@code entities}, each participant's
   * {@code entity}; see {@link PublicationJson#write(Publication, Recognition, OutputStream)}) and
   * {@code history}.
   */
  public static ObjectNode toTree(StoredPublication shown, Recognition recognition,
      List<StoredVersion> history) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", shown.id());
    out.put("version", shown.version());
    out.setAll(PublicationJson.toTree(shown.publication(), recognition));
    ArrayNode versions = out.putArray("versions");
    for (StoredVersion v : history) {
      versions.addObject()
          .put("number", v.number())
          .put("ingestedAt", v.ingestedAt().toString())
          .put("published", v.published())
          .put("turns", v.turns())
          .put("sourceSha256", v.sourceSha256())
          .put("sourceBytes", v.sourceBytes())
          .put("parserVersion", v.parserVersion())
          .put("readBy", v.readBy())
          .put("rereadOf", v.rereadOf())
          .put("fetchedAt", v.fetchedAt() == null ? null : v.fetchedAt().toString());
    }
    return out;
  }
}
