package org.verbatim.web;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.cors.CorsFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.verbatim.archive.Archive;
import org.verbatim.archive.Operations;
import org.verbatim.entity.Recognizer;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/**
 * Verbatim's web site and JSON API over an archive's store and searcher.
 *
 * <pre>{@code
 * try (Server server = Server.start(store, searcher, "127.0.0.1", 8080)) {
 *   System.out.println("http://127.0.0.1:" + server.port() + "/");
 *   ...
 * }
 * }</pre>
 *
 * <p>Requests run on virtual threads; the store and searcher must be thread-safe (they are).
 * HTTP/1.0 is served as well as HTTP/1.1 ({@link Http10}), and every GET route answers HEAD.
 * Started on a {@link TranscriptStore}, the server only reads; started on an {@link Archive}, it
 * also takes writes from bearer tokens ({@link WriteApi}). CORS allows any origin to GET the API
 * under {@code /api/}.
 */
public final class Server implements AutoCloseable {

  private final WebServer server;
  private final AccessLog accessLog; // null when off
  private final WriteApi writes; // null when the server only reads

  private Server(WebServer server, AccessLog accessLog, WriteApi writes) {
    this.server = server;
    this.accessLog = accessLog;
    this.writes = writes;
  }

  /**
   * Starts serving {@code archive} as {@link #start(TranscriptStore, Supplier, String, int,
   * String, String, Operations, Path)} does, with its notice, public address and folder, and takes
   * writes too: the write API under {@code /api/v1} ({@link WriteApi}), whose jobs run on the
   * archive, and whose publications are meant to be searchable within 2 s of being stored.
   *
   * @param localSecret a bearer secret of scope admin for commands run beside the server (the
   *                    hand-off file's); null for none
   * @param version     this build's version, for a crawl's User-Agent
   */
  public static Server start(Archive archive, String host, int port, String localSecret,
      String version) throws IOException {
    return start(archive, host, port, localSecret, version, archive.config().operations());
  }

  /**
   * Starts serving {@code archive} as {@link #start(Archive, String, int, String, String)} does,
   * run as {@code operations} say rather than as the archive's configuration does.
   */
  public static Server start(Archive archive, String host, int port, String localSecret,
      String version, Operations operations) throws IOException {
    // Recognition's data takes 0.5–1.5 s to load; load it now, beside the start, rather than
    // in the first page written to the index, which must be searchable within 2 s.
    Thread.ofPlatform().daemon().name("verbatim-entity-data").start(Recognizer::standard);
    WriteApi writes = new WriteApi(archive, localSecret, version);
    try {
      return start(archive.store(), archive::searcher, host, port, archive.notice(),
          archive.config().publicUrl(), operations, archive.dir(), writes);
    } catch (RuntimeException e) {
      writes.close();
      throw e;
    }
  }

  /**
   * Starts serving on {@code host}:{@code port} (0 for a free port) and returns once listening.
   */
  public static Server start(TranscriptStore store, Searcher searcher, String host, int port) {
    return start(store, searcher, host, port, null);
  }

  /**
   * Starts serving as {@link #start(TranscriptStore, Searcher, String, int)} does, with
   * {@code notice} (or nothing, when null) shown at the top of every page.
   */
  public static Server start(TranscriptStore store, Searcher searcher, String host, int port,
      String notice) {
    Objects.requireNonNull(searcher, "searcher");
    return start(store, () -> searcher, host, port, notice);
  }

  /**
   * Starts serving before the searcher is ready: {@code searcher} is asked on each request that
   * searches, and may block until the index is open (Solr takes seconds to start), so the server
   * listens, and answers what needs only the store, meanwhile. A searcher that fails makes those
   * requests fail.
   */
  public static Server start(TranscriptStore store, Supplier<Searcher> searcher, String host,
      int port, String notice) {
    return start(store, searcher, host, port, notice, null);
  }

  /**
   * Starts serving as {@link #start(TranscriptStore, Supplier, String, int, String)} does, with
   * {@code publicUrl} ({@code https://verbatim.example.org}) as the site's address in absolute
   * links, citations and feed ids; null for the server's own address
   * ({@code http://HOST:PORT}, {@code localhost} for an address that listens everywhere). A
   * request's {@code Host} header never decides it: anyone can set that.
   */
  public static Server start(TranscriptStore store, Supplier<Searcher> searcher, String host,
      int port, String notice, String publicUrl) {
    return start(store, searcher, host, port, notice, publicUrl, Operations.defaults(), null);
  }

  /**
   * Starts serving as {@link #start(TranscriptStore, Supplier, String, int, String, String)} does,
   * run as {@code operations} say: at most {@link Operations#maxRequests()} requests at once (503
   * with {@code Retry-After} beyond), {@code X-Forwarded-For} believed from
   * {@link Operations#trustedProxies()} only, an access log when one is named, and
   * {@code /health} checking the free space of {@code archiveDir} (null: no disk check).
   * {@code /metrics} serves Prometheus's text format.
   *
   * @throws IllegalArgumentException naming a trusted proxy that is not an address or range
   * @throws java.io.UncheckedIOException naming an access log that cannot be opened
   */
  public static Server start(TranscriptStore store, Supplier<Searcher> searcher, String host,
      int port, String notice, String publicUrl, Operations operations, Path archiveDir) {
    return start(store, searcher, host, port, notice, publicUrl, operations, archiveDir, null);
  }

  private static Server start(TranscriptStore store, Supplier<Searcher> searcher, String host,
      int port, String notice, String publicUrl, Operations operations, Path archiveDir,
      WriteApi writes) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(searcher, "searcher");
    Objects.requireNonNull(operations, "operations");
    AtomicReference<String> base = new AtomicReference<>(publicUrl);
    Routes routes = new Routes(store, searcher, notice, base::get);
    TrustedProxies proxies = TrustedProxies.of(operations.trustedProxies());
    AccessLog log = operations.accessLog() == null ? null
        : AccessLog.open(operations.accessLog(), proxies);
    RequestCap cap = new RequestCap(operations.maxRequests());
    Metrics metrics = new Metrics(store, searcher);
    Health health = new Health(store, searcher, archiveDir, operations.minFreeDiskMb());
    WebServer server = WebServer.builder()
        .host(host)
        .port(port)
        .addConnectionSelector(new Http10())
        .addFeature(CorsFeature.builder()
            .addDefaults(false)
            .pathsDiscoverServices(false)
            .addPath(path -> path.pathPattern("/api/*").addAllowOrigin("*").addAllowMethod("GET"))
            .build())
        .routing(routing -> {
          // First the log and the metrics, which see every answer, refusals included.
          if (log != null) {
            routing.addFilter(log::filter);
          }
          routing.addFilter(metrics::filter);
          routing.addFilter(cap::filter);
          health.route(routing);
          metrics.route(routing);
          routes.define(routing);
          if (writes != null) {
            writes.define(routing);
          }
        })
        .build()
        .start();
    if (publicUrl == null) {
      base.set("http://" + ownHost(host) + ":" + server.port());
    }
    return new Server(server, log, writes);
  }

  /** The host of the server's own address in links: a wildcard address is not one. */
  private static String ownHost(String host) {
    return switch (host) {
      case "0.0.0.0", "::", "[::]" -> "localhost";
      default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    };
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /** Stops listening; requests in progress are finished first. */
  @Override
  public void close() {
    server.stop();
    if (accessLog != null) {
      accessLog.close();
    }
    if (writes != null) {
      writes.close();
    }
  }
}
