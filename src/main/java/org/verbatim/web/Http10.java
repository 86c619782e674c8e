package org.verbatim.web;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * HTTP/1.0 for Helidon, which answers it with 505: nginx's {@code proxy_pass} and {@code ab}
 * speak it by default. A connection whose first request line ends in {@code HTTP/1.0} is served
 * by Helidon's own HTTP/1.1 connection through a translation in both directions:
 *
 * <ul>
 *   <li>each request is passed on as HTTP/1.1 with {@code Connection: close} unless it asked for
 *       {@code keep-alive} (HTTP/1.0's default is to close), and with a {@code Host} (the
 *       server's own address) when it has none, as HTTP/1.1 requires;
 *   <li>each response keeps its {@code HTTP/1.1} status line, which an HTTP/1.0 client accepts
 *       (a server names the highest version it speaks, RFC 9110 §2.5); a kept connection says
 *       {@code Connection: keep-alive}; a chunked body, which HTTP/1.0 does not know, is sent
 *       unchunked and ended by closing the connection.
 * </ul>
 *
 * <p>Why this way: Helidon 4.5 refuses HTTP/1.0 in its prologue parser, which has no option for
 * it, and its HTTP/1 classes are final or package-private, so they can neither be configured nor
 * extended. A {@link ServerConnectionSelector} is the SPI for serving another protocol on a
 * listener; translating at the bytes keeps every request, HTTP/1.1 or not, on the same routing,
 * filters and error pages. HTTP/1.1 connections never pass through here: they cost one look at
 * their first line. Request bodies are framed by {@code Content-Length}, HTTP/1.0's only framing.
 *
 * <p>Limit: the first request line must arrive in the connection's first read (as it does from
 * nginx, {@code ab} and any client that sends its request at once); Helidon hands a connection
 * whose first bytes hold no complete line to HTTP/1.1 without asking again.
 */
final class Http10 implements ServerConnectionSelector {

  private static final int MAX_HEAD = 64 * 1024;
  private static final int CRLFCRLF = 0x0d0a0d0a;

  private final Http1ConnectionSelector http1 =
      Http1ConnectionSelector.builder().config(Http1Config.create()).build();

  @Override
  public int bytesToIdentifyConnection() {
    return 0;
  }

  @Override
  public Support supports(BufferData data) {
    int lf = data.indexOf((byte) '\n');
    if (lf < 0) {
      return data.available() < MAX_HEAD ? Support.UNKNOWN : Support.UNSUPPORTED;
    }
    return data.readString(lf, StandardCharsets.ISO_8859_1).endsWith(" HTTP/1.0\r")
        ? Support.SUPPORTED : Support.UNSUPPORTED;
  }

  @Override
  public Set<String> supportedApplicationProtocols() {
    return Set.of();
  }

  @Override
  public ServerConnection connection(ConnectionContext ctx) {
    Exchange exchange = new Exchange(ctx);
    return http1.connection(new Translated(ctx, DataReader.create(exchange::nextRequestBytes),
        new ResponseWriter(ctx.dataWriter(), exchange)));
  }

  /** What a response must do for the request it answers. */
  private record Pending(boolean head, boolean keepAlive) {}

  /** The requests read so far, and whether the connection must end after the current answer. */
  private static final class Exchange {
    private final ConnectionContext ctx;
    private final Queue<Pending> pending = new ArrayDeque<>();
    private final Queue<byte[]> ready = new ArrayDeque<>();
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private long bodyLeft;
    private int last4; // the last four bytes of the head so far
    private boolean raw; // a request framed otherwise than by Content-Length: passed on untouched
    private volatile boolean closeAfterAnswer;

    Exchange(ConnectionContext ctx) {
      this.ctx = ctx;
    }

    synchronized void answered(boolean close) {
      if (close) {
        closeAfterAnswer = true;
      }
    }

    synchronized Pending nextPending() {
      return pending.poll();
    }

    /** The next bytes for Helidon's parser; null ends the connection. */
    byte[] nextRequestBytes() {
      while (true) {
        synchronized (this) {
          if (!ready.isEmpty()) {
            return ready.poll();
          }
          if (closeAfterAnswer && head.size() == 0 && bodyLeft == 0) {
            return null;
          }
        }
        DataReader in = ctx.dataReader();
        try {
          in.ensureAvailable();
        } catch (DataReader.InsufficientDataAvailableException e) {
          return null;
        }
        translate(in.readBytes(in.available()));
      }
    }

    private synchronized void translate(byte[] bytes) {
      int at = 0;
      while (at < bytes.length) {
        if (raw) {
          ready.add(Arrays.copyOfRange(bytes, at, bytes.length));
          return;
        }
        if (bodyLeft > 0) {
          int n = (int) Math.min(bodyLeft, bytes.length - at);
          ready.add(Arrays.copyOfRange(bytes, at, at + n));
          bodyLeft -= n;
          at += n;
          continue;
        }
        last4 = (last4 << 8) | (bytes[at] & 0xff);
        head.write(bytes[at++]);
        if (last4 == CRLFCRLF) {
          ready.add(request(head.toString(StandardCharsets.ISO_8859_1)));
          head.reset();
          last4 = 0;
        } else if (head.size() > MAX_HEAD) { // Helidon refuses it with its own message
          raw = true;
          ready.add(head.toByteArray());
          head.reset();
        }
      }
    }

    /** One request's head as HTTP/1.1, noting what its answer must do. */
    private byte[] request(String text) {
      List<String> lines = new ArrayList<>(List.of(text.substring(0, text.length() - 4)
          .split("\r\n", -1)));
      String line = lines.get(0);
      boolean http10 = line.endsWith(" HTTP/1.0");
      boolean keepAlive = !http10;
      boolean host = false;
      for (int i = lines.size() - 1; i >= 1; i--) {
        String header = lines.get(i);
        String name = header.substring(0, Math.max(0, header.indexOf(':')))
            .strip().toLowerCase(Locale.ROOT);
        String value = header.substring(header.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
        switch (name) {
          case "connection" -> {
            keepAlive = http10 ? value.contains("keep-alive") : !value.contains("close");
            lines.remove(i);
          }
          case "content-length" -> bodyLeft = parseLength(value);
          case "transfer-encoding" -> raw = true;
          case "host" -> host = true;
          default -> { }
        }
      }
      if (http10) {
        lines.set(0, line.substring(0, line.length() - 3) + "1.1");
      }
      if (!host) {
        PeerInfo local = ctx.localPeer();
        String address = local.host().contains(":") ? "[" + local.host() + "]" : local.host();
        lines.add("Host: " + address + ":" + local.port());
      }
      lines.add("Connection: " + (keepAlive ? "keep-alive" : "close"));
      pending.add(new Pending(line.startsWith("HEAD "), keepAlive));
      return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long parseLength(String value) {
      try {
        return Math.max(0, Long.parseLong(value));
      } catch (NumberFormatException e) {
        return 0; // Helidon refuses the request, naming the header
      }
    }
  }

  /** Responses as an HTTP/1.0 client reads them: see the class comment. */
  private static final class ResponseWriter implements DataWriter {
    private final DataWriter out;
    private final Exchange exchange;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private int last4;           // the last four bytes of the head so far
    private long bodyLeft;       // bytes of a Content-Length body still to pass
    private boolean dechunking;  // inside a chunked body being unchunked
    private final ByteArrayOutputStream chunkLine = new ByteArrayOutputStream();
    private long chunkLeft = -1; // bytes of the current chunk still to pass; -1: a size line next
    private int skip;            // CRLF bytes after a chunk still to drop
    private boolean trailers;    // after the last chunk: dropping trailers until an empty line

    ResponseWriter(DataWriter out, Exchange exchange) {
      this.out = out;
      this.exchange = exchange;
    }

    @Override
    public void write(BufferData... buffers) {
      for (BufferData buffer : buffers) {
        write(buffer);
      }
    }

    @Override
    public void write(BufferData buffer) {
      BufferData translated = translate(buffer);
      if (translated.available() > 0) {
        out.write(translated);
      }
    }

    @Override
    public void writeNow(BufferData... buffers) {
      for (BufferData buffer : buffers) {
        writeNow(buffer);
      }
    }

    @Override
    public void writeNow(BufferData buffer) {
      BufferData translated = translate(buffer);
      if (translated.available() > 0) {
        out.writeNow(translated);
      }
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.close();
    }

    private synchronized BufferData translate(BufferData buffer) {
      byte[] bytes = new byte[buffer.available()];
      buffer.read(bytes);
      ByteArrayOutputStream result = new ByteArrayOutputStream(bytes.length + 64);
      for (int at = 0; at < bytes.length; ) {
        if (bodyLeft > 0) {
          int n = (int) Math.min(bodyLeft, bytes.length - at);
          result.write(bytes, at, n);
          bodyLeft -= n;
          at += n;
        } else if (dechunking) {
          at = unchunk(bytes, at, result);
        } else {
          last4 = (last4 << 8) | (bytes[at] & 0xff);
          head.write(bytes[at++]);
          if (last4 == CRLFCRLF) {
            result.writeBytes(response(head.toString(StandardCharsets.ISO_8859_1)));
            head.reset();
            last4 = 0;
          }
        }
      }
      return BufferData.create(result.toByteArray());
    }

    /** Passes the data of chunks from {@code bytes[at..]}; returns where it stopped. */
    private int unchunk(byte[] bytes, int at, ByteArrayOutputStream result) {
      if (skip > 0) {
        skip--;
        return at + 1;
      }
      if (chunkLeft > 0) {
        int n = (int) Math.min(chunkLeft, bytes.length - at);
        result.write(bytes, at, n);
        chunkLeft -= n;
        if (chunkLeft == 0) {
          chunkLeft = -1;
          skip = 2;
        }
        return at + n;
      }
      byte b = bytes[at];
      if (b != '\n') {
        chunkLine.write(b);
        return at + 1;
      }
      String line = chunkLine.toString(StandardCharsets.ISO_8859_1).strip();
      chunkLine.reset();
      if (trailers) {
        if (line.isEmpty()) { // the end of the answer: the connection closes after it
          trailers = false;
          dechunking = false;
          exchange.answered(true);
        }
        return at + 1;
      }
      int semicolon = line.indexOf(';');
      long size = Long.parseLong(semicolon < 0 ? line : line.substring(0, semicolon), 16);
      if (size == 0) {
        trailers = true;
      } else {
        chunkLeft = size;
      }
      return at + 1;
    }

    /** A response head for the request it answers. */
    private byte[] response(String text) {
      List<String> lines = new ArrayList<>(List.of(text.substring(0, text.length() - 4)
          .split("\r\n", -1)));
      String[] status = lines.get(0).split(" ", 3);
      int code = status.length > 1 ? Integer.parseInt(status[1]) : 500;
      if (code < 200) { // an interim answer (100 Continue), which HTTP/1.0 does not know
        return new byte[0];
      }
      Pending request = exchange.nextPending();
      if (request == null) { // an answer to no request we read (Helidon's own refusal)
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
      boolean bodyless = request.head() || code == 204 || code == 304;
      boolean chunked = false;
      boolean close = !request.keepAlive();
      long length = 0;
      for (int i = lines.size() - 1; i >= 1; i--) {
        String header = lines.get(i).toLowerCase(Locale.ROOT);
        if (header.startsWith("transfer-encoding:")) {
          chunked = header.contains("chunked");
          lines.remove(i);
        } else if (header.startsWith("connection:")) {
          close |= header.contains("close");
          lines.remove(i);
        } else if (header.startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).strip());
        }
      }
      if (chunked && !bodyless) {
        close = true; // the body ends where the connection does
        dechunking = true;
      } else if (!bodyless) {
        bodyLeft = length;
      }
      lines.add("Connection: " + (close ? "close" : "keep-alive"));
      if (close && !dechunking) {
        exchange.answered(true);
      }
      return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** The connection's context with the translating reader and writer. */
  private record Translated(ConnectionContext ctx, DataReader reader, DataWriter writer)
      implements ConnectionContext {
    @Override
    public ListenerContext listenerContext() {
      return ctx.listenerContext();
    }

    @Override
    public ExecutorService executor() {
      return ctx.executor();
    }

    @Override
    public DataWriter dataWriter() {
      return writer;
    }

    @Override
    public DataReader dataReader() {
      return reader;
    }

    @Override
    public Router router() {
      return ctx.router();
    }

    @Override
    public Optional<ProxyProtocolData> proxyProtocolData() {
      return ctx.proxyProtocolData();
    }

    @Override
    public HelidonSocket serverSocket() {
      return ctx.serverSocket();
    }

    @Override
    public PeerInfo remotePeer() {
      return ctx.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
      return ctx.localPeer();
    }

    @Override
    public boolean isSecure() {
      return ctx.isSecure();
    }

    @Override
    public String socketId() {
      return ctx.socketId();
    }

    @Override
    public String childSocketId() {
      return ctx.childSocketId();
    }
  }
}
