package org.verbatim.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.verbatim.search.Filters;

/**
 * What an export holds and how to make it again: the query and filters searched, when, with
 * which version of Verbatim, how many publications and their {@link Fingerprint}.
 *
 * @param query        the query as given ({@code ""} for all)
 * @param filters      the filters given beside it
 * @param createdAt    when the export was made (UTC, to the second)
 * @param version      the version of Verbatim that made it
 * @param format       the export's format
 * @param publications how many publications it holds
 * @param fingerprint  their fingerprint, lower-case hex
 */
public record Manifest(String query, Filters filters, Instant createdAt, String version,
    CorpusFormat format, long publications, String fingerprint) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Manifest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * The manifest as JSON: {@code {"query","filters":{"speaker":[…],"kind":[…],"lang":[…],
   * "place":[…],"outlet":[…],"from","to","in":[…],"about":[…]},"createdAt","verbatimVersion",
   * "format","publications","fingerprint","fingerprintMethod"}}.
   */
  public ObjectNode toTree() {
    ObjectNode out = JSON.createObjectNode();
    out.put("query", query);
    out.set("filters", filtersTree(filters));
    out.put("createdAt", createdAt.toString());
    out.put("verbatimVersion", version);
    out.put("format", format.code());
    out.put("publications", publications);
    out.put("fingerprint", fingerprint);
    out.put("fingerprintMethod", Fingerprint.METHOD);
    return out;
  }

  /** The manifest {@link #toTree()} wrote. */
  public static Manifest fromTree(JsonNode tree) {
    JsonNode f = tree.path("filters");
    Filters filters = new Filters(strings(f, "speaker"), strings(f, "kind"), strings(f, "lang"),
        strings(f, "place"), strings(f, "outlet"), text(f, "from"), text(f, "to"),
        strings(f, "in"), strings(f, "about"));
    CorpusFormat format = CorpusFormat.ofCode(tree.path("format").asText());
    if (format == null) {
      throw new IllegalArgumentException("Not an export manifest: its format is '"
          + tree.path("format").asText() + "' (allowed: jsonl, csv, tei)");
    }
    return new Manifest(tree.path("query").asText(), filters,
        Instant.parse(tree.path("createdAt").asText()), tree.path("verbatimVersion").asText(),
        format, tree.path("publications").asLong(), tree.path("fingerprint").asText());
  }

  private static ObjectNode filtersTree(Filters filters) {
    ObjectNode out = JSON.createObjectNode();
    array(out, "speaker", filters.speakers());
    array(out, "kind", filters.kinds());
    array(out, "lang", filters.languages());
    array(out, "place", filters.places());
    array(out, "outlet", filters.outlets());
    out.put("from", filters.from());
    out.put("to", filters.to());
    array(out, "in", filters.in());
    array(out, "about", filters.abouts());
    return out;
  }

  private static void array(ObjectNode out, String name, List<String> values) {
    values.forEach(out.putArray(name)::add);
  }

  private static List<String> strings(JsonNode node, String name) {
    return node.path(name).valueStream().map(JsonNode::asText).toList();
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
