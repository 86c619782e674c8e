package org.verbatim.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * A {@link WriteJobs.Job} as JSON, in the shape {@code /api/openapi.json} describes as
 * {@code Job}, and back: the server writes it, the command line that handed its work to the
 * server reads the result to print the summary a local run prints.
 *
 * <pre>{@code
 * {"id": "3", "kind": "reparse", "state": "running", "submitted": "2026-12-03T11:00:00Z",
 *  "started": "…", "finished": null,
 *  "progress": {"done": 120, "total": 400, "elapsed": "PT2.5S"},
 *  "result": null, "error": null}
 * }</pre>
 *
 * Results are the summary records ({@link FileIngest.Outcome}, {@link ReparseSummary},
 * {@link Checked}, {@link Reindexed}, a crawl's {@code CrawlSummary}) with their components as
 * fields; durations are ISO-8601 ({@code PT1.5S}).
 */
public final class JobJson {

  /** What a check job did: the report and, when asked to repair, how many it put right. */
  public record Checked(CheckReport report, Integer repaired) {}

  /** What a reindex job did. */
  public record Reindexed(int publications, Duration elapsed) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule("durations")
          .addSerializer(Duration.class, new JsonSerializer<>() {
            @Override
            public void serialize(Duration value, JsonGenerator out, SerializerProvider p)
                throws IOException {
              out.writeString(value.toString());
            }
          })
          .addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser in, DeserializationContext context)
                throws IOException {
              return Duration.parse(in.getValueAsString());
            }
          }))
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JobJson() {}

  /** The job as JSON. */
  public static ObjectNode of(WriteJobs.Job job) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", job.id());
    out.put("kind", job.kind());
    out.put("state", job.state().name().toLowerCase(Locale.ROOT));
    out.put("submitted", job.submitted().toString());
    out.put("started", job.started() == null ? null : job.started().toString());
    out.put("finished", job.finished() == null ? null : job.finished().toString());
    IngestProgress progress = job.progress();
    if (progress == null) {
      out.putNull("progress");
    } else {
      out.putObject("progress").put("done", progress.done()).put("total", progress.total())
          .put("elapsed", progress.elapsed().toString());
    }
    out.set("result", job.result() == null ? null : JSON.valueToTree(job.result()));
    out.put("error", job.error());
    return out;
  }

  /** The job's JSON as bytes. */
  public static byte[] bytes(WriteJobs.Job job) {
    try {
      return JSON.writeValueAsBytes(of(job));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write job " + job.id() + " as JSON: "
          + e.getMessage(), e);
    }
  }

  /** Reads a job's JSON. */
  public static JsonNode read(byte[] body) throws IOException {
    return JSON.readTree(body);
  }

  /** The progress of a job's JSON; null when it has none yet. */
  public static IngestProgress progress(JsonNode job) {
    JsonNode p = job.path("progress");
    if (!p.isObject()) {
      return null;
    }
    return new IngestProgress(p.path("done").asLong(), p.path("total").asLong(),
        Duration.parse(p.path("elapsed").asText()));
  }

  /** The result of a succeeded job's JSON as {@code type}. */
  public static <T> T result(JsonNode job, Class<T> type) throws IOException {
    return JSON.treeToValue(job.get("result"), type);
  }
}
