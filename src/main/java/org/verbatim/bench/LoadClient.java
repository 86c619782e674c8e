package org.verbatim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load client: {@code clients} threads ask for paths drawn at random from a list, each as soon
 * as its previous answer came, for a given time; it counts every answer's latency and every error
 * (any status but 200, or a failure to connect). It only ever talks to the base URL it is given,
 * which the bench points at a server it started on the loopback address.
 *
 * <pre>
 * java -cp target/verbatim.jar org.verbatim.bench.LoadClient \
 *     http://127.0.0.1:8080 20 30 /search?q=cooperation /search?q=%22round+of+consultations%22
 * </pre>
 */
public final class LoadClient {

  /** What a load run saw: every latency in nanoseconds, sorted, and the errors. */
  record Outcome(List<Long> latencies, long errors, Duration duration, int clients) {

    double perSecond() {
      return latencies.size() / (duration.toMillis() / 1000.0);
    }
  }

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    List<String> paths = List.of(args).subList(3, args.length);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    Outcome outcome = run(URI.create(args[0]), Integer.parseInt(args[1]), duration, paths);
    List<Long> sorted = outcome.latencies();
    System.out.printf(Locale.ROOT,
        "%d requests in %d s (%.0f/s) by %d clients, %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        sorted.size(), duration.toSeconds(), outcome.perSecond(), outcome.clients(),
        outcome.errors(), Stats.quantile(sorted, 0.50) / 1e6, Stats.quantile(sorted, 0.95) / 1e6,
        Stats.quantile(sorted, 0.99) / 1e6);
  }

  static Outcome run(URI base, int clients, Duration duration, List<String> paths)
      throws InterruptedException {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("The load client needs at least one path to ask for");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
        while (System.nanoTime() < end) {
          String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
              System.err.println("load client: " + response.statusCode() + " for " + path);
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            System.err.println("load client: " + e + " for " + path);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies.add(System.nanoTime() - start);
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
}
