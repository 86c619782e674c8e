package org.verbatim.web;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * Registers each GET route for HEAD as well: a HEAD request runs the GET's handler and gets the
 * GET's status and headers, {@code Content-Length} included, without the body. Helidon routes
 * HEAD only where a route says so, and sends whatever body a handler gives; here the handler's
 * body is counted, not sent. (The work of rendering is done all the same: HEAD is rare, and
 * a HEAD that tells the truth about the length needs the body's length.)
 *
 * <pre>{@code
 * HeadRoutes.of(routing).get("/", handler).get("/search", other);
 * }</pre>
 */
final class HeadRoutes {

  private final HttpRouting.Builder routing;

  private HeadRoutes(HttpRouting.Builder routing) {
    this.routing = routing;
  }

  static HeadRoutes of(HttpRouting.Builder routing) {
    return new HeadRoutes(routing);
  }

  HeadRoutes get(String path, Handler handler) {
    routing.get(path, handler);
    routing.head(path, (req, res) -> handler.handle(req, new HeadResponse(res)));
    return this;
  }

  /** A response that sends the headers of the body it is given, and not the body. */
  static final class HeadResponse implements ServerResponse {

    private final ServerResponse res;

    HeadResponse(ServerResponse res) {
      this.res = res;
    }

    /** The headers {@code body} would have, sent without it. */
    static void sendHead(ServerResponse res, byte[] body) {
      if (!res.headers().contains(HeaderNames.CONTENT_LENGTH)) {
        res.headers().contentLength(body.length);
      }
      res.send();
    }

    @Override
    public void send(byte[] bytes) {
      sendHead(res, bytes);
    }

    @Override
    public void send(Object entity) {
      if (!(entity instanceof byte[] bytes)) {
        throw new IllegalArgumentException("A HEAD response is sent from bytes, not from "
            + entity.getClass().getName());
      }
      sendHead(res, bytes);
    }

    @Override
    public void send() {
      res.send();
    }

    /**
     * A stream that goes nowhere: the headers go out when it is closed, with the
     * {@code Content-Length} the handler set (none: 0).
     */
    @Override
    public OutputStream outputStream() {
      return new OutputStream() {
        private boolean closed;

        @Override
        public void write(int b) {
          // the body of a HEAD response is not sent
        }

        @Override
        public void write(byte[] b, int off, int len) {
          // the body of a HEAD response is not sent
        }

        @Override
        public void close() {
          if (!closed) {
            closed = true;
            res.send();
          }
        }
      };
    }

    @Override
    public ServerResponse status(Status status) {
      res.status(status);
      return this;
    }

    @Override
    public Status status() {
      return res.status();
    }

    @Override
    public ServerResponse header(Header header) {
      res.header(header);
      return this;
    }

    @Override
    public boolean isSent() {
      return res.isSent();
    }

    @Override
    public long bytesWritten() {
      return res.bytesWritten();
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
      res.whenSent(listener);
      return this;
    }

    @Override
    public ServerResponse reroute(String newPath) {
      res.reroute(newPath);
      return this;
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
      res.reroute(path, query);
      return this;
    }

    @Override
    public ServerResponse next() {
      res.next();
      return this;
    }

    @Override
    public ServerResponseHeaders headers() {
      return res.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
      return res.trailers();
    }

    @Override
    public void streamResult(String result) {
      res.streamResult(result);
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filterFunction) {
      res.streamFilter(filterFunction);
    }
  }
}
