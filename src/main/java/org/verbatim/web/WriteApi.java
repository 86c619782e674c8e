package org.verbatim.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.archive.Archive;
import org.verbatim.archive.FileIngest;
import org.verbatim.archive.JobJson;
import org.verbatim.archive.WriteJobs;
import org.verbatim.harvest.CrawlOptions;
import org.verbatim.harvest.SiteProfile;
import org.verbatim.harvest.SiteProfiles;
import org.verbatim.store.ApiTokens;
import org.verbatim.store.ApiTokens.Scope;

/**
 * The write API under {@code /api/v1}: upload pages or WARC files to ingest, start a crawl, a
 * reparse, a check or a reindex; each is a job ({@link WriteJobs}: one at a time, never in the
 * way of reading requests) answered {@code 202 Accepted} with the job, whose progress and result
 * {@code GET /api/v1/jobs/{id}} tells.
 *
 * <p>Every route takes a bearer token ({@code Authorization: Bearer …}): one made by
 * {@code verbatim token create} (looked up in the store on each request, so a revoked token is
 * refused at once), or the secret of the hand-off file that {@code serve} writes for commands
 * run beside it (scope {@code admin}). Without a valid token: 401 with
 * {@code WWW-Authenticate: Bearer}; with a token of too small a scope: 403. Scope {@code ingest}
 * may upload, crawl and follow jobs; {@code admin} may also reparse, check and reindex.
 */
final class WriteApi implements AutoCloseable {

  /**
   * The longest a publication stored through the server waits for its batch to be written to
   * the index; writing and opening the new searcher take the rest of the 2 s it is searchable
   * within.
   */
  static final Duration VISIBLE_WITHIN = Duration.ofMillis(250);
  /** The largest JSON body of a request that is no upload. */
  private static final int MAX_JSON = 64 * 1024;
  /** A token's last use is written at most this often. */
  private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private final Archive archive;
  private final byte[] localSecret; // null when the server wrote no hand-off file
  private final String version;
  private final WriteJobs jobs;
  private final Uploads uploads;
  private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

  /**
   * @param localSecret the secret of the hand-off file, granting scope admin; null for none
   * @param version     this build's version, for a crawl's User-Agent
   */
  WriteApi(Archive archive, String localSecret, String version) {
    this.archive = archive;
    this.localSecret = localSecret == null ? null
        : localSecret.getBytes(StandardCharsets.UTF_8);
    this.version = version;
    this.jobs = new WriteJobs(archive);
    this.uploads = new Uploads(archive.dir());
    archive.visibleWithin(VISIBLE_WITHIN);
    // Writes take half the cores: the other half answer readers without waiting for them.
    archive.writeThreads(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  }

  void define(HttpRouting.Builder routing) {
    routing.post("/api/v1/ingest", this::ingest)
        .post("/api/v1/crawl", this::crawl)
        .post("/api/v1/reparse", this::reparse)
        .post("/api/v1/check", this::check)
        .post("/api/v1/reindex", this::reindex)
        .get("/api/v1/jobs/{id}", this::job);
  }

  private void ingest(ServerRequest req, ServerResponse res) throws IOException {
    authorize(req, res, Scope.INGEST);
    long declared = req.headers().contentLength().orElse(-1);
    if (declared > WriteJobs.MAX_UPLOAD) {
      throw WebException.of(413, "The upload is larger than "
          + Uploads.megabytes(WriteJobs.MAX_UPLOAD) + ", the most one request may carry; send"
          + " fewer files per request");
    }
    Uploads.Upload upload;
    try (InputStream in = req.content().inputStream()) {
      upload = uploads.keep(mediaType(req), req.query().first("name").orElse(null), in);
    }
    accepted(res, "ingest", (a, progress) -> FileIngest.run(a, upload.pages(),
        upload.warcs(), WriteJobs.PROGRESS_EVERY, progress, () -> { }), upload::delete);
  }

  private void crawl(ServerRequest req, ServerResponse res) throws IOException {
    authorize(req, res, Scope.INGEST);
    JsonNode body = json(req);
    JsonNode targets = body.path("sites");
    if (!targets.isArray() || targets.isEmpty()) {
      throw WebException.badRequest("Name the sites to crawl: {\"sites\": [\"mid-en\"]}, profile"
          + " names or URLs of listing pages");
    }
    List<String> names = new ArrayList<>();
    targets.forEach(t -> names.add(t.asText()));
    List<SiteProfile> sites;
    CrawlOptions options;
    try {
      sites = SiteProfiles.load(archive.dir()).resolve(names);
      options = new CrawlOptions(archive.config().contact(), body.path("maxPages").asInt(0),
          date(body.path("since")), seconds(body.path("delay"), null),
          seconds(body.path("timeout"), Duration.ofSeconds(30)),
          Math.round(body.path("maxSize").asDouble(10) * 1024 * 1024),
          body.path("revisitDays").asInt(30), body.path("warc").asBoolean(true));
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest(e.getMessage());
    }
    accepted(res, "crawl", (a, progress) -> a.crawl(sites, options, version,
        WriteJobs.PROGRESS_EVERY, progress), () -> { });
  }

  private void reparse(ServerRequest req, ServerResponse res) {
    authorize(req, res, Scope.ADMIN);
    boolean all = flag(req, "all");
    accepted(res, "reparse", (a, progress) -> a.reparse(all,
        WriteJobs.PROGRESS_EVERY, progress), () -> { });
  }

  private void check(ServerRequest req, ServerResponse res) {
    authorize(req, res, Scope.ADMIN);
    boolean repair = flag(req, "repair");
    accepted(res, "check", (a, progress) -> {
      var report = a.check();
      return new JobJson.Checked(report, repair && !report.clean() ? a.repair() : null);
    }, () -> { });
  }

  private void reindex(ServerRequest req, ServerResponse res) {
    authorize(req, res, Scope.ADMIN);
    accepted(res, "reindex", (a, progress) -> {
      long start = System.nanoTime();
      int count = a.reindex();
      return new JobJson.Reindexed(count, Duration.ofNanos(System.nanoTime() - start));
    }, () -> { });
  }

  private void job(ServerRequest req, ServerResponse res) {
    authorize(req, res, Scope.INGEST);
    String id = req.path().pathParameters().get("id");
    WriteJobs.Job job = jobs.job(id).orElseThrow(() -> WebException.notFound("No job '" + id
        + "': a job is kept until " + "100 newer ones have ended, and none outlives the server"));
    json(res, Status.OK_200, JobJson.bytes(job));
  }

  // ---- authorization

  /**
   * Lets the request through when it carries a token of {@code needed} scope (or admin).
   *
   * @throws WebException 401, with {@code WWW-Authenticate: Bearer}, without a valid token; 403
   *                      with a token of too small a scope
   */
  private void authorize(ServerRequest req, ServerResponse res, Scope needed) {
    Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
    String secret = header.filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).strip()).orElse(null);
    if (secret == null || secret.isEmpty()) {
      res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"verbatim\"");
      throw WebException.of(401, "This request changes the archive: it needs a bearer token"
          + " (Authorization: Bearer …), made with `verbatim token create`");
    }
    Scope scope;
    if (localSecret != null
        && MessageDigest.isEqual(localSecret, secret.getBytes(StandardCharsets.UTF_8))) {
      scope = Scope.ADMIN;
    } else {
      ApiTokens.Token token = archive.store().tokens().find(secret).orElse(null);
      if (token == null) {
        res.header(HeaderNames.WWW_AUTHENTICATE,
            "Bearer realm=\"verbatim\", error=\"invalid_token\"");
        throw WebException.of(401, "The bearer token is not valid: unknown, or revoked");
      }
      recordUse(token);
      scope = token.scope();
    }
    if (!scope.allows(needed)) {
      res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"verbatim\","
          + " error=\"insufficient_scope\", scope=\"" + needed.code() + "\"");
      throw WebException.of(403, "This request needs a token of scope " + needed.code()
          + "; this one has scope " + scope.code());
    }
  }

  private void recordUse(ApiTokens.Token token) {
    Instant now = Instant.now();
    Instant last = lastRecorded.get(token.name());
    if (last == null || last.plus(USE_RECORDED_EVERY).isBefore(now)) {
      lastRecorded.put(token.name(), now);
      archive.store().tokens().used(token.name(), now);
    }
  }

  // ---- helpers

  /** Submits a job and answers 202 with it; 503 with Retry-After when too many wait. */
  private void accepted(ServerResponse res, String kind, WriteJobs.Work work,
      Runnable cleanup) {
    WriteJobs.Job job;
    try {
      job = jobs.submit(kind, work, cleanup);
    } catch (WriteJobs.Busy e) {
      res.header(HeaderNames.RETRY_AFTER, "10");
      throw WebException.of(503, e.getMessage());
    }
    res.header(HeaderNames.LOCATION, "/api/v1/jobs/" + job.id());
    json(res, Status.ACCEPTED_202, JobJson.bytes(job));
  }

  private static void json(ServerResponse res, Status status, byte[] body) {
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(body);
  }

  private static String mediaType(ServerRequest req) {
    String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean flag(ServerRequest req, String name) {
    String value = req.query().first(name).orElse("false");
    return switch (value) {
      case "true", "" -> true;
      case "false" -> false;
      default -> throw WebException.badRequest("'" + name + "' is true or false, not '" + value
          + "'");
    };
  }

  private static JsonNode json(ServerRequest req) throws IOException {
    if (req.headers().contentLength().orElse(0) > MAX_JSON) {
      throw WebException.of(413, "The request's JSON is larger than " + MAX_JSON / 1024
          + " KB");
    }
    byte[] body;
    try (InputStream in = req.content().inputStream()) {
      body = in.readNBytes(MAX_JSON + 1);
    }
    if (body.length > MAX_JSON) {
      throw WebException.of(413, "The request's JSON is larger than " + MAX_JSON / 1024
          + " KB");
    }
    try {
      JsonNode node = body.length == 0 ? ApiJson.JSON.createObjectNode()
          : ApiJson.JSON.readTree(body);
      if (!node.isObject()) {
        throw WebException.badRequest("The request's body is a JSON object: {\"sites\": […]}");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw WebException.badRequest("The request's body is not valid JSON: "
          + e.getOriginalMessage());
    }
  }

  private static LocalDate date(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'since' is a date as YYYY-MM-DD, not '"
          + value.asText() + "'", e);
    }
  }

  private static Duration seconds(JsonNode value, Duration absent) {
    if (value.isMissingNode() || value.isNull()) {
      return absent;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException("A time is a number of seconds, not " + value);
    }
    return Duration.ofMillis(Math.round(value.asDouble() * 1000));
  }

  /**
   * Stops the jobs: a running one is interrupted, queued ones are dropped (their uploads are
   * deleted when the next server starts).
   */
  @Override
  public void close() {
    jobs.close();
  }
}
