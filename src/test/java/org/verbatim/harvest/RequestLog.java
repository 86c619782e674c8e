package org.verbatim.harvest;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a {@link LoopbackSite} records of its requests, in arrival order. A request is "being
 * served" from its arrival until just before the last bytes of its response are written: a
 * client cannot see a response end before that moment, so a client that waits for each response
 * before the next request never has two requests served at once. A held {@code /slow/} counts as
 * served until its partial body is out; what it holds after that is an idle connection. Thread-safe.
 */
final class RequestLog {

  /** One request as it is being answered; the handler thread updates it. */
  static final class Entry {
    private final Instant at;
    private final long nanos;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private volatile int status;
    private volatile boolean completed;
    private volatile long bytes;
    /** {@link System#nanoTime()} when serving ended; {@link Long#MAX_VALUE} until then. */
    private volatile long servedUntil = Long.MAX_VALUE;

    private Entry(Instant at, long nanos, HttpExchange exchange) {
      this.at = at;
      this.nanos = nanos;
      this.method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      this.path = uri.getRawQuery() == null ? uri.getRawPath()
          : uri.getRawPath() + "?" + uri.getRawQuery();
      this.headers = exchange.getRequestHeaders();
    }

    String path() {
      return path;
    }

    void status(int status) {
      this.status = status;
    }

    void wrote(long count) {
      bytes += count;
    }

    /** The last bytes are about to go out (or none will): serving ends now. */
    void served() {
      if (servedUntil == Long.MAX_VALUE) {
        servedUntil = System.nanoTime();
      }
    }

    void completed() {
      served();
      completed = true;
    }

    SiteRequest request() {
      return new SiteRequest(at, nanos, method, path, headers, status, completed, bytes);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** Records a request arriving now. */
  synchronized Entry arrive(HttpExchange exchange) {
    // Taken under the lock, so arrival order and nanos agree.
    Entry entry = new Entry(Instant.now(), System.nanoTime(), exchange);
    entries.add(entry);
    return entry;
  }

  synchronized List<SiteRequest> requests() {
    return entries.stream().map(Entry::request).toList();
  }

  synchronized void reset() {
    entries.clear();
  }

  synchronized int count(String path) {
    return (int) entries.stream().filter(e -> e.path.equals(path)).count();
  }

  synchronized int fullResponses(String path) {
    return (int) entries.stream()
        .filter(e -> e.path.equals(path) && e.status == 200 && e.completed).count();
  }

  synchronized Duration minimumInterval() {
    if (entries.size() < 2) {
      throw new IllegalStateException("An interval needs two requests; the site has recorded "
          + entries.size());
    }
    long least = Long.MAX_VALUE;
    for (int i = 1; i < entries.size(); i++) {
      least = Math.min(least, entries.get(i).nanos - entries.get(i - 1).nanos);
    }
    return Duration.ofNanos(least);
  }

  synchronized int concurrentPeak() {
    // Events as (time, +1 arrival | -1 end); at equal times an end comes first.
    long[][] events = new long[entries.size() * 2][];
    int n = 0;
    for (Entry entry : entries) {
      events[n++] = new long[] {entry.nanos, 1};
      events[n++] = new long[] {entry.servedUntil, -1};
    }
    Arrays.sort(events, 0, n, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
        : Long.compare(a[1], b[1]));
    int now = 0;
    int peak = 0;
    for (int i = 0; i < n; i++) {
      now += (int) events[i][1];
      peak = Math.max(peak, now);
    }
    return peak;
  }
}
