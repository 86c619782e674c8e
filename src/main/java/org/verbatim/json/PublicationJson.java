package org.verbatim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.verbatim.model.Insertion;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/**
 * Writes a {@link Publication} as JSON and reads it back, field by field, so that the shape is
 * fixed here and nowhere else:
 *
 * <pre>{@code
 * String line = PublicationJson.toJson(publication);        // one line
 * Publication same = PublicationJson.fromJson(line);        // equal to publication
 * }</pre>
 *
 * <p>Absent single values are written as {@code null}; lists are always present. Thread-safe.
 */
public final class PublicationJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PublicationJson() {}

  /** The publication as one line of JSON. */
  public static String toJson(Publication publication) {
    return write(MAPPER, publication);
  }

  /** The publication as indented JSON, for files people read (the generator's truth files). */
  public static String toPrettyJson(Publication publication) {
    return write(PRETTY, publication);
  }

  /** The publication as a JSON tree, for callers that add fields of their own. */
  public static ObjectNode toTree(Publication p) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("title", p.title());
    out.put("kind", p.kind().code());
    out.put("published", p.published() == null ? null : p.published().toString());
    out.put("eventDate", p.eventDate() == null ? null : p.eventDate().toString());
    out.put("place", p.place());
    out.put("language", p.language());
    strings(out.putArray("languageVersions"), p.languageVersions());
    ArrayNode participants = out.putArray("participants");
    for (Participant participant : p.participants()) {
      participants.addObject().put("name", participant.name()).put("role", participant.role());
    }
    strings(out.putArray("outlets"), p.outlets());
    ArrayNode sections = out.putArray("sections");
    for (Section section : p.sections()) {
      sections.addObject().put("number", section.number()).put("heading", section.heading());
    }
    ArrayNode turns = out.putArray("turns");
    for (Turn turn : p.turns()) {
      ObjectNode t = turns.addObject();
      t.put("section", turn.section());
      t.put("label", turn.label());
      t.put("speaker", turn.speaker());
      t.put("role", turn.role().code());
      strings(t.putArray("paragraphs"), turn.paragraphs());
      strings(t.putArray("notes"), turn.notes());
      ArrayNode editorial = t.putArray("editorial");
      for (Insertion insertion : turn.editorial()) {
        editorial.addObject()
            .put("paragraph", insertion.paragraph())
            .put("start", insertion.start())
            .put("end", insertion.end())
            .put("text", insertion.text());
      }
    }
    ArrayNode warnings = out.putArray("warnings");
    for (ParseWarning warning : p.warnings()) {
      warnings.addObject().put("line", warning.line()).put("message", warning.message());
    }
    if (p.source() == null) {
      out.putNull("source");
    } else {
      ObjectNode source = out.putObject("source");
      if (p.source().path() != null) {
        source.put("path", p.source().path());
      }
      if (p.source().url() != null) {
        source.put("url", p.source().url());
      }
      source.put("format", p.source().format());
      source.put("sha256", p.source().sha256());
    }
    return out;
  }

  /** Reads what {@link #toJson} wrote; fails with the field that is missing or wrong. */
  public static Publication fromJson(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a publication's JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a publication from a JSON tree in the shape {@link #toTree} makes. */
  public static Publication fromTree(JsonNode in) {
    List<Participant> participants = list(in, "participants",
        n -> new Participant(text(n, "name"), text(n, "role")));
    List<Section> sections = list(in, "sections",
        n -> new Section(n.path("number").asInt(), text(n, "heading")));
    List<Turn> turns = list(in, "turns", n -> new Turn(
        n.path("section").isNumber() ? n.path("section").asInt() : null,
        text(n, "label"),
        text(n, "speaker"),
        Role.ofCode(required(n, "role")),
        list(n, "paragraphs", JsonNode::asText),
        list(n, "notes", JsonNode::asText),
        list(n, "editorial", e -> new Insertion(e.path("paragraph").asInt(),
            e.path("start").asInt(), e.path("end").asInt(), text(e, "text")))));
    List<ParseWarning> warnings = list(in, "warnings",
        n -> new ParseWarning(n.path("line").asInt(), text(n, "message")));
    JsonNode source = in.path("source");
    String published = text(in, "published");
    String eventDate = text(in, "eventDate");
    return new Publication(
        text(in, "title"),
        Kind.ofCode(required(in, "kind")),
        published == null ? null : Published.parse(published),
        eventDate == null ? null : LocalDate.parse(eventDate),
        text(in, "place"),
        text(in, "language"),
        list(in, "languageVersions", JsonNode::asText),
        participants,
        list(in, "outlets", JsonNode::asText),
        sections,
        turns,
        warnings,
        source.isObject()
            ? new Source(required(source, "format"), text(source, "path"), text(source, "url"),
                required(source, "sha256"))
            : null);
  }

  private static String write(ObjectMapper mapper, Publication publication) {
    try {
      return mapper.writeValueAsString(toTree(publication));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON for '" + publication.title() + "'", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("Publication JSON lacks '" + field + "': " + node);
    }
    return value;
  }

  private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      out.add(read.apply(item));
    }
    return out;
  }
}
