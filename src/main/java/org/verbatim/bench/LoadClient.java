package org.verbatim.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A load client that asks as a browser does: {@code clients} threads, each on kept-alive
 * connections, ask for paths drawn at random from a list, each as soon as its previous answer
 * came, with {@code Accept-Encoding: gzip}; a gzipped answer is decoded. Only a full page counts:
 * status 200 and, for HTML, a body that ends its {@code </html>}; anything else (another status,
 * such as a 304 or 503, a cut body, a failure to connect) is an error, and errors are not in the
 * requests per second. A warm-up runs first, the same way, and is not counted. It only ever
 * talks to the base URL it is given, which the bench points at a server it started on the
 * loopback address.
 *
 * <pre>
 * java -cp target/verbatim.jar org.verbatim.bench.LoadClient \
 *     http://127.0.0.1:8080 50 30 /search?q=cooperation /search?q=%22round+of+consultations%22
 * java -cp target/verbatim.jar org.verbatim.bench.LoadClient http://127.0.0.1:8080 50 30 @paths.txt
 * </pre>
 * (an argument {@code @FILE} reads the paths from FILE, one a line).
 */
public final class LoadClient {

  /** Time each client asks before the counted run begins. */
  static final Duration WARM_UP = Duration.ofSeconds(5);

  /** What a load run saw: every full answer's latency in nanoseconds, sorted, and the errors. */
  record Outcome(List<Long> latencies, long errors, Duration duration, int clients) {

    double perSecond() {
      return latencies.size() / (duration.toMillis() / 1000.0);
    }
  }

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: LoadClient BASE-URL CLIENTS SECONDS PATH... (or @FILE of paths)");
      System.exit(2);
    }
    List<String> paths = new ArrayList<>();
    for (String arg : List.of(args).subList(3, args.length)) {
      if (arg.startsWith("@")) {
        java.nio.file.Files.readAllLines(java.nio.file.Path.of(arg.substring(1)),
            StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(paths::add);
      } else {
        paths.add(arg);
      }
    }
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    Outcome outcome = run(URI.create(args[0]), Integer.parseInt(args[1]), WARM_UP, duration,
        paths);
    List<Long> sorted = outcome.latencies();
    System.out.printf(Locale.ROOT,
        "%d full pages in %d s (%.0f/s) by %d clients, %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        sorted.size(), duration.toSeconds(), outcome.perSecond(), outcome.clients(),
        outcome.errors(), Stats.quantile(sorted, 0.50) / 1e6, Stats.quantile(sorted, 0.95) / 1e6,
        Stats.quantile(sorted, 0.99) / 1e6);
  }

  static Outcome run(URI base, int clients, Duration warmUp, Duration duration,
      List<String> paths) throws InterruptedException {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("The load client needs at least one path to ask for");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long counted = System.nanoTime() + warmUp.toNanos();
    long end = counted + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
        while (System.nanoTime() < end) {
          String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
          long start = System.nanoTime();
          String problem;
          try {
            problem = problem(http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
          } catch (IOException e) {
            problem = e.toString();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long latency = System.nanoTime() - start;
          if (start < counted) {
            continue;
          }
          if (problem == null) {
            latencies.add(latency);
          } else {
            errors.incrementAndGet();
            System.err.println("load client: " + problem + " for " + path);
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Outcome(List.copyOf(sorted), errors.get(), duration, clients);
  }

  /** What is wrong with an answer as a full page, or null when nothing is. */
  static String problem(HttpResponse<byte[]> response) throws IOException {
    if (response.statusCode() != 200) {
      return "status " + response.statusCode();
    }
    byte[] body = response.body();
    if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    boolean html = response.headers().firstValue("Content-Type").orElse("")
        .startsWith("text/html");
    if (html && !endsHtml(body)) {
      return "an HTML page cut short (" + body.length + " bytes)";
    }
    return null;
  }

  private static final byte[] HTML_END = "</html>".getBytes(StandardCharsets.US_ASCII);

  /** Whether {@code body} ends with {@code </html>}, white space after it aside. */
  private static boolean endsHtml(byte[] body) {
    int end = body.length;
    while (end > 0 && Character.isWhitespace(body[end - 1])) {
      end--;
    }
    return end >= HTML_END.length && java.util.Arrays.equals(body, end - HTML_END.length, end,
        HTML_END, 0, HTML_END.length);
  }
}
