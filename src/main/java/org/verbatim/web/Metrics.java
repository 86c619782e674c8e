package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.verbatim.search.Searcher;
import org.verbatim.store.TranscriptStore;

/**
 * The site's metrics in Prometheus's text format at {@code /metrics}, through Micrometer:
 *
 * <ul>
 *   <li>{@code verbatim_http_requests_seconds} (count, sum, max) by method, route <em>pattern</em>
 *       ({@code /p/{id}}, not each publication's path; {@code unmatched} for a path no route
 *       has) and status;
 *   <li>{@code verbatim_searches_total}: requests answered by a search (the search page, the
 *       search and facets API, feeds and browse pages);
 *   <li>{@code verbatim_store_publications}: publications in the store, which grows as pages are
 *       ingested; {@code verbatim_index_documents}: publications in the index, NaN while it does
 *       not answer (both read when scraped).
 * </ul>
 *
 * Thread-safe.
 */
final class Metrics {

  /** The route patterns whose handlers search the index. */
  private static final Set<String> SEARCHING = Set.of("/", "/search", "/browse/{year}",
      "/browse/{year}/{month}", "/kind/{kind}", "/speaker/{name}", "/speaker/{name}/feed",
      "/feed", "/api/v1/search", "/api/v1/facets", "/kwic", "/api/v1/kwic", "/trends",
      "/api/v1/trends");

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter searches;

  Metrics(TranscriptStore store, Supplier<Searcher> searcher) {
    searches = Counter.builder("verbatim.searches")
        .description("Requests answered by a search of the index").register(registry);
    Gauge.builder("verbatim.store.publications", store, TranscriptStore::count)
        .description("Publications in the store").register(registry);
    Gauge.builder("verbatim.index.documents", searcher, Metrics::indexed)
        .description("Publications in the index").register(registry);
  }

  /** Not a number while the index does not answer (still opening, or failing). */
  private static double indexed(Supplier<Searcher> searcher) {
    try {
      return Health.documents(searcher);
    } catch (TimeoutException | ExecutionException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  /** Times each request under its route's pattern once it is answered. */
  void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    long start = System.nanoTime();
    res.whenSent(() -> record(req, res, System.nanoTime() - start));
    chain.proceed();
  }

  private void record(RoutingRequest req, RoutingResponse res, long nanos) {
    String route = req.matchingPattern().orElse("unmatched");
    int status = res.status().code();
    Timer.builder("verbatim.http.requests")
        .description("Requests answered, by route pattern")
        .tag("method", req.prologue().method().text())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (status < 400 && SEARCHING.contains(route)) {
      searches.increment();
    }
  }

  void route(HttpRouting.Builder routing) {
    HeadRoutes.of(routing).get("/metrics", this::scrape);
  }

  private void scrape(ServerRequest req, ServerResponse res) {
    res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
    res.send(registry.scrape().getBytes(StandardCharsets.UTF_8));
  }
}
