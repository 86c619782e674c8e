package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line per request in the Combined Log Format that log analysers read:
 *
 * <pre>
 * 203.0.113.7 - - [03/Dec/2026:11:05:38 +0000] "GET /search?q=tax HTTP/1.1" 200 5123 "-" "curl/8.5.0"
 * </pre>
 *
 * <p>The protocol is the one the request is served in: an HTTP/1.0 request is served as HTTP/1.1
 * ({@link Http10}) and logged so. The size is the body's {@code Content-Length} ({@code -} for none, a HEAD, or a body sent
 * in chunks). The client is the socket's peer, or what a {@linkplain TrustedProxies trusted proxy} says it
 * forwarded for. A line is written when the response has been sent (error pages and refusals
 * included) and flushed at once, so that {@code tail -f} shows it. Thread-safe.
 */
final class AccessLog implements AutoCloseable {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

  private final OutputStream out;
  private final boolean owned;
  private final TrustedProxies proxies;

  private AccessLog(OutputStream out, boolean owned, TrustedProxies proxies) {
    this.out = out;
    this.owned = owned;
    this.proxies = proxies;
  }

  /**
   * A log to {@code target}: {@code -} for standard output, else a file appended to (created
   * with its folders when absent).
   *
   * @throws UncheckedIOException naming the file when it cannot be opened for appending
   */
  static AccessLog open(String target, TrustedProxies proxies) {
    if (target.equals("-")) {
      return new AccessLog(System.out, false, proxies);
    }
    Path file = Path.of(target).toAbsolutePath();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return new AccessLog(Files.newOutputStream(file, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND), true, proxies);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the access log " + file + ": " + e, e);
    }
  }

  /** The filter that logs each request once it is answered. */
  void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC);
    res.whenSent(() -> write(line(req, res, start)));
    chain.proceed();
  }

  private String line(RoutingRequest req, RoutingResponse res, ZonedDateTime start) {
    String query = req.query().rawValue();
    String target = req.prologue().uriPath().rawPath() + (query.isEmpty() ? "" : "?" + query);
    // The body's length, as the format wants (what was written counts the headers too)
    long bytes = Method.HEAD.equals(req.prologue().method()) ? 0
        : res.headers().contentLength().orElse(0);
    return proxies.client(req) + " - - [" + TIME.format(start) + "] \""
        + req.prologue().method().text() + " " + clean(target) + " "
        + req.prologue().rawProtocol() + "\" " + res.status().code() + " "
        + (bytes > 0 ? Long.toString(bytes) : "-") + " \""
        + clean(req.headers().first(HeaderNames.REFERER).orElse("-")) + "\" \""
        + clean(req.headers().first(HeaderNames.USER_AGENT).orElse("-")) + "\"\n";
  }

  /** Quotes and control characters escaped, so that a header cannot forge a line. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private synchronized void write(String line) {
    try {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write to the access log: " + e, e);
    }
  }

  @Override
  public synchronized void close() {
    if (!owned) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the access log: " + e, e);
    }
  }
}
