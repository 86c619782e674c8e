package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.verbatim.archive.IngestProgress;
import org.verbatim.archive.JobJson;
import org.verbatim.archive.ServeFile;

/**
 * A {@code serve} that holds an embedded archive, found through its hand-off file
 * ({@link ServeFile}), to which a command hands its work: it submits a job to the server's write
 * API with the file's secret, follows the job's progress on a {@link ProgressLine}, and returns
 * the job's result for the command to print as a local run would.
 */
final class ServedArchive {

  private static final Duration CONNECT = Duration.ofSeconds(5);
  /** How often a job is asked about. */
  private static final Duration POLL = Duration.ofMillis(200);

  private final ServeFile.Entry server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).build();

  private ServedArchive(ServeFile.Entry server) {
    this.server = server;
  }

  /** The server holding the archive in {@code dir}, when its hand-off file names a live one. */
  static Optional<ServedArchive> find(Path dir) throws IOException {
    return ServeFile.find(dir.toAbsolutePath().normalize()).map(ServedArchive::new);
  }

  /** Says on {@code err} that the work goes to the server; stdout stays what a local run prints. */
  void announce(PrintWriter err, String command) {
    err.println(command + ": the archive is open in " + server + "; handing the work to it");
    err.flush();
  }

  /** Submits a job with a body of media type {@code type}; returns the job the server sent. */
  JsonNode submit(String path, String type, HttpRequest.BodyPublisher body) throws IOException,
      InterruptedException {
    HttpRequest request = request(path).header("Content-Type", type).POST(body).build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() != 202) {
      throw new IOException(problem(path, response));
    }
    return JobJson.read(response.body());
  }

  /**
   * Follows {@code job} until it ends, showing its progress on {@code progress} (which it
   * finishes); returns the ended job.
   *
   * @throws IOException with the job's error when it failed
   */
  JsonNode await(JsonNode job, ProgressLine progress) throws IOException, InterruptedException {
    String path = "/api/v1/jobs/" + job.path("id").asText();
    IngestProgress shown = null;
    long shownAt = System.nanoTime();
    try {
      while (true) {
        String state = job.path("state").asText();
        IngestProgress now = JobJson.progress(job);
        // Asked often, so that the end is seen at once; shown as often as a local run shows it.
        if (now != null && !now.equals(shown)
            && System.nanoTime() - shownAt >= progress.every().toNanos()) {
          progress.accept(now);
          shown = now;
          shownAt = System.nanoTime();
        }
        if (state.equals("succeeded")) {
          return job;
        }
        if (state.equals("failed")) {
          throw new IOException(job.path("error").asText("the job failed"));
        }
        Thread.sleep(POLL.toMillis());
        HttpResponse<byte[]> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
          throw new IOException(problem(path, response));
        }
        job = JobJson.read(response.body());
      }
    } finally {
      progress.finish();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.url().resolve(path))
        .header("Authorization", "Bearer " + server.secret());
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws IOException,
      InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new IOException("The archive is open in " + server + ", which does not answer ("
          + Objects.requireNonNullElse(e.getMessage(), "connection refused") + ")", e);
    }
  }

  /** The server's reason for refusing, from its problem JSON. */
  private String problem(String path, HttpResponse<byte[]> response) {
    String detail;
    try {
      detail = JobJson.read(response.body()).path("detail").asText("");
    } catch (IOException e) {
      detail = "";
    }
    return "The server " + server.url() + " refused " + path + " (" + response.statusCode()
        + ")" + (detail.isEmpty() ? "" : ": " + detail);
  }
}
