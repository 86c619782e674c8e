package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Method;
import org.verbatim.index.IndexUnavailableException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/**
 * The one place where failures become responses: under {@code /api/} an RFC 9457 problem JSON
 * ({@code application/problem+json}), elsewhere an HTML page. A {@link WebException} keeps its
 * status and message (a 503 with {@code Retry-After}); Helidon's own {@link HttpException} (an unknown path: 404, a wrong method:
 * 405) keeps its status; anything else is a 500 whose message names no internals, and is logged
 * with its stack trace: an {@link Error} included.
 */
final class Errors {

  private static final System.Logger LOG = System.getLogger(Errors.class.getName());

  private final Templates templates;

  Errors(Templates templates) {
    this.templates = templates;
  }

  /**
   * Answers for {@code e}; an {@link Error} too (a stack overflow in a handler, say), which is a
   * logged 500 like any unexpected failure rather than a dropped connection.
   */
  void handle(ServerRequest req, ServerResponse res, Throwable e) {
    int status;
    String message;
    if (e instanceof WebException web) {
      status = web.status();
      message = web.getMessage();
      if (status == 503) {
        res.header(HeaderNames.RETRY_AFTER, RequestCap.RETRY_AFTER_SECONDS);
      }
    } else if (e instanceof IndexUnavailableException unavailable) {
      status = 503; // part of a SolrCloud is down: say so rather than show partial counts
      message = unavailable.getMessage();
      res.header(HeaderNames.RETRY_AFTER, "30");
    } else if (e instanceof HttpException http) {
      status = http.status().code();
      message = status == 404 ? "No page at " + req.path().path() : http.status().reasonPhrase();
    } else {
      status = 500;
      message = "The server failed to answer this request; the failure is in its log.";
      LOG.log(System.Logger.Level.ERROR, "Failed " + req.prologue().method().text() + " "
          + req.path().path() + ": " + e, e);
    }
    Status code = Status.create(status);
    res.status(code);
    byte[] body;
    if (req.path().path().startsWith("/api/")) {
      res.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
      body = ApiJson.bytes(ApiJson.problem(status, code.reasonPhrase(), message,
          req.path().path()));
    } else {
      res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
      body = templates.render("error.jte", Map.of("status", status, "message", message));
    }
    if (Method.HEAD.equals(req.prologue().method())) { // the headers of the page, without it
      HeadRoutes.HeadResponse.sendHead(res, body);
    } else {
      res.send(body);
    }
  }
}
