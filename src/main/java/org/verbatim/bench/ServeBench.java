package org.verbatim.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} measured from outside, as a user meets it: started as a child process on a free
 * loopback port, timed from the start of the process to its first answered request (polling
 * {@code /} every {@value #POLL_MILLIS} ms), then loaded by {@link LoadClient}.
 */
final class ServeBench {

  static final int POLL_MILLIS = 20;
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Path archive;
  private final Path log;

  ServeBench(Path archive, Path log) {
    this.archive = archive;
    this.log = log;
  }

  /** {@code java -cp CLASSPATH org.verbatim.cli.Main}: the jar without what the script adds. */
  static List<String> javaLauncher() {
    return ChildJvm.command("org.verbatim.cli.Main", List.of());
  }

  /**
   * The {@code verbatim} script of the checkout this jar was built in ({@code DIR/verbatim} for
   * {@code DIR/target/verbatim.jar}), or null when this code does not run from such a jar.
   */
  static Path script() {
    try {
      Path code = Path.of(ServeBench.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (!code.getFileName().toString().endsWith(".jar") || code.getParent() == null
          || code.getParent().getParent() == null) {
        return null;
      }
      Path script = code.getParent().getParent().resolve("verbatim");
      return Files.isExecutable(script) ? script : null;
    } catch (java.net.URISyntaxException | SecurityException e) {
      throw new IllegalStateException("Could not tell where the bench's code lies: " + e, e);
    }
  }

  /** A running server and how long it took to answer first. */
  record Started(Process process, URI base, double seconds) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Starts {@code serve} with {@code launcher} and waits for its first answer. */
  Started start(List<String> launcher) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("serve", "--archive", archive.toString(), "--port",
        Integer.toString(port), "--host", "127.0.0.1"));
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
    long limit = start + START_LIMIT.toNanos();
    while (System.nanoTime() < limit) {
      if (!process.isAlive()) {
        throw new IOException("serve stopped with exit code " + process.exitValue()
            + " before answering; its errors: " + Files.readString(log).strip());
      }
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base)
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return new Started(process, base, (System.nanoTime() - start) / 1e9);
        }
      } catch (IOException notYet) {
        // not listening yet: poll again
      }
      Thread.sleep(POLL_MILLIS);
    }
    process.destroyForcibly().waitFor();
    throw new IOException("serve did not answer " + base + " within " + START_LIMIT.toSeconds()
        + " s: " + String.join(" ", command));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The median cold start over {@code reps} starts. */
  double coldStart(List<String> launcher, int reps) throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      try (Started started = start(launcher)) {
        seconds.add(started.seconds());
      }
    }
    return Stats.median(seconds);
  }

  /**
   * The cold starts of {@code reps} starts; the last server is left running and handed to
   * {@code then} (to load it), and stopped afterwards.
   */
  <T> T coldStartThen(List<String> launcher, int reps, List<Double> seconds, ServerUse<T> then)
      throws Exception {
    for (int r = 1; r < reps; r++) {
      try (Started started = start(launcher)) {
        seconds.add(started.seconds());
      }
    }
    try (Started last = start(launcher)) {
      seconds.add(last.seconds());
      return then.use(last);
    }
  }

  /** What is done with a running server. */
  @FunctionalInterface
  interface ServerUse<T> {
    T use(Started server) throws Exception;
  }

  /** The warm-up before a load of {@code duration}: {@link LoadClient#WARM_UP}, or less for a short one. */
  static Duration warmUp(Duration duration) {
    return duration.compareTo(LoadClient.WARM_UP) < 0 ? duration : LoadClient.WARM_UP;
  }

  /** The latency of {@code paths} under {@code clients} clients on a server already started. */
  static Results.LoadFigures load(Started server, int clients, Duration duration,
      List<String> paths) throws InterruptedException {
    LoadClient.Outcome outcome = LoadClient.run(server.base(), clients,
        warmUp(duration), duration, paths);
    return new Results.LoadFigures(Results.Latency.ofNanos(outcome.latencies()),
        outcome.perSecond(), outcome.errors(), clients, duration.toMillis() / 1000.0);
  }
}
