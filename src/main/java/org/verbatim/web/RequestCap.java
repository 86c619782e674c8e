package org.verbatim.web;

import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} requests in progress at once (the {@code web.max-requests} setting): one more
 * is answered at once with 503 and {@code Retry-After: 1} rather than queued, so that a burst
 * cannot pile up work (and store connections) until every request is slow. The
 * {@code /health} check is not counted, so that a busy site is not taken for a dead one.
 */
final class RequestCap {

  static final String RETRY_AFTER_SECONDS = "1";

  private final int max;
  private final Semaphore permits;

  RequestCap(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("web.max-requests must be at least 1, not " + max);
    }
    this.max = max;
    this.permits = new Semaphore(max);
  }

  void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    if (req.path().path().equals("/health")) {
      chain.proceed();
      return;
    }
    if (!permits.tryAcquire()) {
      throw WebException.busy("The server is answering " + max
          + " requests already (web.max-requests); try again in a moment");
    }
    try {
      chain.proceed();
    } finally {
      permits.release();
    }
  }
}
