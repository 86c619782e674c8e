package org.verbatim.web;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.cors.CorsFeature;
import java.util.Objects;
import java.util.function.Supplier;
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
 * The server only reads: it has no route that changes the archive. CORS allows any origin to GET
 * the API under {@code /api/}.
 */
public final class Server implements AutoCloseable {

  private final WebServer server;

  private Server(WebServer server) {
    this.server = server;
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
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(searcher, "searcher");
    Routes routes = new Routes(store, searcher, notice);
    WebServer server = WebServer.builder()
        .host(host)
        .port(port)
        .addFeature(CorsFeature.builder()
            .addDefaults(false)
            .pathsDiscoverServices(false)
            .addPath(path -> path.pathPattern("/api/*").addAllowOrigin("*").addAllowMethod("GET"))
            .build())
        .routing(routes::define)
        .build()
        .start();
    return new Server(server);
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /** Stops listening; requests in progress are finished first. */
  @Override
  public void close() {
    server.stop();
  }
}
