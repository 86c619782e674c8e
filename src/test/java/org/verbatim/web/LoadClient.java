package org.verbatim.web;

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
 * A load client, not a test: {@code CLIENTS} threads ask for URLs drawn from a list, as fast as
 * answers come, for {@code SECONDS}; prints p50/p95/p99 latency, the request rate and the number
 * of errors (any status but 200, or a failure to connect).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* org.verbatim.web.LoadClient \
 *     http://127.0.0.1:8080 20 30 /search?q=cooperation /search?q=%22round+of+consultations%22
 * </pre>
 */
public final class LoadClient {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int clients = Integer.parseInt(args[1]);
    long seconds = Long.parseLong(args[2]);
    List<String> paths = List.of(args).subList(3, args.length);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().start(() -> {
        while (System.nanoTime() < end) {
          String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
              System.err.println(response.statusCode() + " " + path);
            }
          } catch (java.io.IOException e) {
            errors.incrementAndGet();
            System.err.println(e + " " + path);
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
    System.out.printf(Locale.ROOT,
        "%d requests in %d s (%.0f/s) by %d clients, %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        sorted.size(), seconds, sorted.size() / (double) seconds, clients, errors.get(),
        ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
