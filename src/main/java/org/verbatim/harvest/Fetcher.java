package org.verbatim.harvest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Makes one HTTP GET with the JDK's {@link HttpClient}, carefully: a connect time-out, a time-out
 * for the whole answer (a server that sends a little and then nothing is given up on), a cap on
 * the body (checked while it arrives, and again after decompression, so a compressed bomb is
 * refused too), gzip and deflate answers decompressed, redirects not followed (the crawler
 * follows them itself, each through the politeness gate). HTTP/1.1, one client for the crawl:
 * requests to a host made one after another reuse one connection.
 *
 * <p>A failure to get an answer is a {@link FetchException} whose message says what happened in
 * words a summary can show ({@code no answer within 30 s}, {@code larger than 10 MB}).
 * Thread-safe.
 */
final class Fetcher implements AutoCloseable {

  /** What a fetch may take. */
  record Limits(Duration connectTimeout, Duration timeout, long maxBytes) {}

  /**
   * An answer. {@code body} is decompressed; {@code headers} are as received, in order, names in
   * lower case; {@code sent} the request's headers.
   */
  record Answer(URI uri, int status, List<Map.Entry<String, String>> headers, byte[] body,
      Instant at, long millis, List<Map.Entry<String, String>> sent) {

    /** The first value of header {@code name} (lower case), if any. */
    Optional<String> header(String name) {
      return headers.stream().filter(h -> h.getKey().equals(name)).map(Map.Entry::getValue)
          .findFirst();
    }

    /** The media type without parameters, in lower case; empty when the answer gives none. */
    String mediaType() {
      return header("content-type").map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
          .orElse("");
    }

    /** The charset the Content-Type declares, or null. */
    String charset() {
      return header("content-type").map(Fetcher::charsetOf).orElse(null);
    }
  }

  /** No answer, or one that cannot be used; the message says why. */
  static final class FetchException extends IOException {
    FetchException(String message) {
      super(message);
    }

    FetchException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient client;
  private final Limits limits;
  private final String userAgent;

  Fetcher(Limits limits, String userAgent) {
    this.limits = limits;
    this.userAgent = userAgent;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(limits.connectTimeout())
        .build();
  }

  /** GETs {@code uri} with {@code extraHeaders} (conditional ones), waiting for the whole body. */
  Answer get(URI uri, List<Map.Entry<String, String>> extraHeaders)
      throws FetchException, InterruptedException {
    List<Map.Entry<String, String>> sent = new ArrayList<>();
    sent.add(Map.entry("User-Agent", userAgent));
    sent.add(Map.entry("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"));
    sent.add(Map.entry("Accept-Encoding", "gzip, deflate"));
    sent.addAll(extraHeaders);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(limits.timeout());
    for (Map.Entry<String, String> header : sent) {
      request.header(header.getKey(), header.getValue());
    }
    Instant at = Instant.now();
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), info -> new CappedBody(limits.maxBytes()));
    HttpResponse<byte[]> response;
    try {
      response = pending.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new FetchException("no complete answer within " + seconds(limits.timeout()), e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException | CancellationException e) {
      throw failure(e.getCause() == null ? e : e.getCause());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response.headers().map().forEach((name, values) -> {
      for (String value : values) {
        headers.add(Map.entry(name.toLowerCase(Locale.ROOT), value));
      }
    });
    byte[] body = decode(response.body(), response.headers().firstValue("content-encoding")
        .orElse(""), uri);
    return new Answer(uri, response.statusCode(), List.copyOf(headers), body, at, millis,
        List.copyOf(sent));
  }

  private FetchException failure(Throwable cause) {
    if (cause instanceof FetchException fetch) {
      return fetch;
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException("could not connect within " + seconds(limits.connectTimeout()),
          cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException("no answer within " + seconds(limits.timeout()), cause);
    }
    if (cause instanceof TooLarge) {
      return new FetchException(cause.getMessage(), cause);
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return new FetchException("connection failed: " + message, cause);
  }

  /** The body as the server meant it: gunzipped or inflated when it says so, within the cap. */
  private byte[] decode(byte[] body, String encoding, URI uri) throws FetchException {
    String coding = encoding.strip().toLowerCase(Locale.ROOT);
    if (coding.isEmpty() || coding.equals("identity") || body.length == 0) {
      return body;
    }
    try (InputStream in = switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
      default -> throw new FetchException("compressed as '" + encoding
          + "', which Verbatim does not read (it asks for gzip or deflate)");
    }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > limits.maxBytes()) {
          throw new FetchException(tooLarge(limits.maxBytes()) + " once decompressed");
        }
      }
      return out.toByteArray();
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException("a broken " + coding + " body from " + uri + ": " + e.getMessage(),
          e);
    }
  }

  /** The {@code charset} parameter of a Content-Type, unquoted, or null. */
  static String charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String value = pair[1].strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  static String tooLarge(long maxBytes) {
    return String.format(Locale.ROOT, "larger than the cap of %,d bytes", maxBytes);
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  @Override
  public void close() {
    client.shutdownNow();
  }

  /** The body's bytes, refused as soon as they pass the cap. */
  private static final class TooLarge extends IOException {
    TooLarge(long maxBytes) {
      super(tooLarge(maxBytes));
    }
  }

  /** Collects a body up to {@code maxBytes}; cancels the download past it. */
  private static final class CappedBody implements BodySubscriber<byte[]> {
    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge(maxBytes));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
