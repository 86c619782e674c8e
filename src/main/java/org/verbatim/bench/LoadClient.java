package org.verbatim.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A load client that asks as a browser does: {@code clients} threads, each on its own kept-alive
 * HTTP/1.1 connection, ask for paths drawn at random from a list, each as soon as its previous
 * answer came, with {@code Accept-Encoding: gzip}; a gzipped answer is decoded. It speaks HTTP
 * over a plain socket, as load tools such as wrk do, rather than through the JDK's client, whose
 * selector thread and per-request objects took a third of the CPU a publication page cost the
 * two, on the same cores as the server measured. Only a full page counts:
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
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long counted = System.nanoTime() + warmUp.toNanos();
    long end = counted + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
        Connection connection = new Connection(base);
        while (System.nanoTime() < end) {
          String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
          long start = System.nanoTime();
          String problem;
          try {
            problem = problem(connection.get(path));
          } catch (IOException e) {
            connection.close();
            problem = e.toString();
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
        connection.close();
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
  static String problem(Answer answer) throws IOException {
    if (answer.status() != 200) {
      return "status " + answer.status();
    }
    byte[] body = answer.body();
    if (answer.header("content-encoding").equalsIgnoreCase("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    boolean html = answer.header("content-type").startsWith("text/html");
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

  /** An answer: its status, its headers (names in lower case) and its body as sent. */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  /**
   * One kept-alive HTTP/1.1 connection asking one request at a time. A body comes by
   * {@code Content-Length}, chunked, or until the server closes; a kept-alive connection the
   * server closed meanwhile is opened again once. Not thread-safe: one per client thread.
   */
  static final class Connection implements Closeable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Connection(URI base) {
      this.base = base;
    }

    Answer get(String path) throws IOException {
      byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + base.getRawAuthority()
          + "\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      boolean reused = socket != null;
      try {
        return ask(request);
      } catch (IOException e) {
        close();
        if (!reused) {
          throw e;
        }
        return ask(request); // the server closed the kept-alive connection: once on a new one
      }
    }

    private Answer ask(byte[] request) throws IOException {
      if (socket == null) {
        socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(),
            base.getPort() < 0 ? 80 : base.getPort()), CONNECT_TIMEOUT_MS);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 65536);
        out = socket.getOutputStream();
      }
      out.write(request);
      out.flush();
      String statusLine = line();
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("Not an HTTP status line: '" + statusLine + "'");
      }
      int status = Integer.parseInt(parts[1]);
      Map<String, String> headers = new HashMap<>();
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon > 0) {
          headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              header.substring(colon + 1).strip());
        }
      }
      byte[] body;
      String length = headers.get("content-length");
      if (length != null) {
        body = in.readNBytes(Integer.parseInt(length));
        if (body.length < Integer.parseInt(length)) {
          throw new EOFException("The body ended after " + body.length + " of " + length
              + " bytes");
        }
      } else if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
        body = chunked();
      } else {
        body = in.readAllBytes();
        close();
      }
      if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
        close();
      }
      return new Answer(status, headers, body);
    }

    private byte[] chunked() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line();
        int semicolon = size.indexOf(';');
        int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
        if (n == 0) {
          skipTrailers();
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(n);
        if (chunk.length < n) {
          throw new EOFException("A chunk ended after " + chunk.length + " of " + n + " bytes");
        }
        body.write(chunk);
        line(); // the CRLF after the chunk
      }
    }

    /** Reads the trailer lines after the last chunk, up to the empty line; none is used. */
    private void skipTrailers() throws IOException {
      String trailer;
      do {
        trailer = line();
      } while (!trailer.isEmpty());
    }

    /** A line of the head, without its CRLF; end of stream before it is an error. */
    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new EOFException("The connection closed in the middle of an answer's head");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    @Override
    public void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          System.err.println("load client: closing a connection: " + e);
        } finally {
          socket = null;
        }
      }
    }
  }
}
