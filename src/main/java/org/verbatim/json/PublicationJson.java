package org.verbatim.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.verbatim.entity.Entity;
import org.verbatim.entity.EntityType;
import org.verbatim.entity.Mention;
import org.verbatim.entity.Recognition;
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

  /**
   * The mapper reads JSON and builds trees; writing needs only its factory, made apart so that
   * {@code parse --json} does not pay for a mapper at start-up.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private PublicationJson() {}

  /** The publication as one line of JSON. */
  public static String toJson(Publication publication) {
    StringWriter out = new StringWriter(expectedLength(publication));
    write(publication, null, out, false);
    return out.toString();
  }

  /**
   * About the length of the publication's JSON, so that the text is not copied as it grows: its
   * paragraphs, an eighth more for escapes, and some room for each turn's other fields.
   */
  private static int expectedLength(Publication publication) {
    long chars = 1024;
    for (Turn turn : publication.turns()) {
      chars += 160;
      for (String paragraph : turn.paragraphs()) {
        chars += paragraph.length() + paragraph.length() / 8 + 4;
      }
    }
    return (int) Math.min(chars, 1 << 30);
  }

  /** The publication as indented JSON, for files people read (the generator's truth files). */
  public static String toPrettyJson(Publication publication) {
    StringWriter out = new StringWriter();
    write(publication, null, out, true);
    return out.toString();
  }

  /**
   * Streams the publication as one line of JSON to {@code out}, without building it in memory
   * first: a 100 MB page's JSON is written as it is read. Does not close {@code out}.
   */
  public static void write(Publication publication, Writer out) {
    write(publication, null, out, false);
  }

  /** {@link #write(Publication, Recognition, OutputStream)} to a writer. */
  public static void write(Publication publication, Recognition recognition, Writer out) {
    write(publication, recognition, out, false);
  }

  /**
   * Streams the publication as one line of JSON in UTF-8 to {@code out}: the same bytes as
   * {@link #write(Publication, Writer)} through a UTF-8 writer, encoded as they are escaped
   * rather than in a second pass. Does not close {@code out}.
   */
  public static void write(Publication publication, OutputStream out) {
    write(publication, null, out);
  }

  /**
   * {@link #write(Publication, OutputStream)} with what recognition found: each participant gets
   * {@code "entity"}, its person's id (or null), and the object ends with {@code "entities"}:
   * {@code [{"id", "type", "name", "mentions": [{"turn", "start", "end", "text"}]}]}.
   */
  public static void write(Publication publication, Recognition recognition, OutputStream out) {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(publication, recognition, json);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write JSON for '" + publication.title() + "'", e);
    }
  }

  /** The publication as a JSON tree, for callers that add fields of their own. */
  public static ObjectNode toTree(Publication publication) {
    return toTree(publication, null);
  }

  /** {@link #toTree(Publication)} with what recognition found, as {@link #write} lays it out. */
  public static ObjectNode toTree(Publication publication, Recognition recognition) {
    try (TokenBuffer buffer = new TokenBuffer(Mapper.MAPPER, false)) {
      write(publication, recognition, buffer);
      return (ObjectNode) Mapper.MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not build JSON for '" + publication.title() + "'", e);
    }
  }

  private static void write(Publication publication, Recognition recognition, Writer out,
      boolean pretty) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      write(publication, recognition, json);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write JSON for '" + publication.title() + "'", e);
    }
  }

  /** The one place that lays out the shape, field by field; {@code recognition} may be null. */
  private static void write(Publication p, Recognition recognition, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("title", p.title());
    json.writeStringField("kind", p.kind().code());
    json.writeStringField("published", p.published() == null ? null : p.published().toString());
    json.writeStringField("eventDate", p.eventDate() == null ? null : p.eventDate().toString());
    json.writeStringField("place", p.place());
    json.writeStringField("language", p.language());
    strings(json, "languageVersions", p.languageVersions());
    json.writeArrayFieldStart("participants");
    for (Participant participant : p.participants()) {
      json.writeStartObject();
      json.writeStringField("name", participant.name());
      json.writeStringField("role", participant.role());
      if (recognition != null) {
        json.writeStringField("entity", recognition.participants().get(participant.name()));
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "outlets", p.outlets());
    json.writeArrayFieldStart("sections");
    for (Section section : p.sections()) {
      json.writeStartObject();
      json.writeNumberField("number", section.number());
      json.writeStringField("heading", section.heading());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("turns");
    for (Turn turn : p.turns()) {
      json.writeStartObject();
      json.writeFieldName("section");
      if (turn.section() == null) {
        json.writeNull();
      } else {
        json.writeNumber(turn.section());
      }
      json.writeStringField("label", turn.label());
      json.writeStringField("speaker", turn.speaker());
      json.writeStringField("role", turn.role().code());
      strings(json, "paragraphs", turn.paragraphs());
      strings(json, "notes", turn.notes());
      json.writeArrayFieldStart("editorial");
      for (Insertion insertion : turn.editorial()) {
        json.writeStartObject();
        json.writeNumberField("paragraph", insertion.paragraph());
        json.writeNumberField("start", insertion.start());
        json.writeNumberField("end", insertion.end());
        json.writeStringField("text", insertion.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("warnings");
    for (ParseWarning warning : p.warnings()) {
      json.writeStartObject();
      json.writeNumberField("line", warning.line());
      json.writeStringField("message", warning.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeFieldName("source");
    if (p.source() == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      if (p.source().path() != null) {
        json.writeStringField("path", p.source().path());
      }
      if (p.source().url() != null) {
        json.writeStringField("url", p.source().url());
      }
      json.writeStringField("format", p.source().format());
      json.writeStringField("sha256", p.source().sha256());
      json.writeEndObject();
    }
    if (recognition != null) {
      writeEntities(recognition, json);
    }
    json.writeEndObject();
  }

  private static void writeEntities(Recognition recognition, JsonGenerator json)
      throws IOException {
    Map<String, List<String>> posts = new HashMap<>();
    for (Recognition.Person person : recognition.people()) {
      posts.put(person.id(), person.posts());
    }
    json.writeArrayFieldStart("entities");
    for (Entity entity : recognition.entities()) {
      json.writeStartObject();
      json.writeStringField("id", entity.id());
      json.writeStringField("type", entity.type().code());
      json.writeStringField("name", entity.name());
      if (entity.type() == EntityType.PERSON) {
        json.writeArrayFieldStart("posts");
        for (String post : posts.getOrDefault(entity.id(), List.of())) {
          json.writeString(post);
        }
        json.writeEndArray();
      }
      json.writeArrayFieldStart("mentions");
      for (Mention mention : entity.mentions()) {
        json.writeStartObject();
        json.writeNumberField("turn", mention.turn());
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeStringField("text", mention.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Reads what {@link #toJson} wrote; fails with the field that is missing or wrong. */
  public static Publication fromJson(String json) {
    try {
      return fromTree(Mapper.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a publication's JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@link #fromJson(String)} from its UTF-8 bytes, as a store column gives them. */
  public static Publication fromJson(byte[] utf8) {
    try {
      return fromTree(Mapper.MAPPER.readTree(utf8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a publication's JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read a publication's JSON from memory", e);
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

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
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
