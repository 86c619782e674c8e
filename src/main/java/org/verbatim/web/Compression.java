package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for the clients that ask for it ({@code Accept-Encoding: gzip}): pages, JSON and feeds
 * are sent compressed, with {@code Vary: Accept-Encoding} so that a shared cache keeps both forms.
 * Bodies under {@value #MIN_BYTES} bytes go as they are: compressing them gains nothing.
 */
final class Compression {

  static final int MIN_BYTES = 1024;

  private static final Pattern ZERO = Pattern.compile("0(\\.0{0,3})?");

  private Compression() {}

  /** Sends {@code body}, gzipped when the client accepts it. */
  static void send(ServerRequest req, ServerResponse res, byte[] body) {
    send(req, res, body, null);
  }

  /** Sends {@code body}, or {@code gzipped} (its gzip, made beforehand; null to make it now). */
  static void send(ServerRequest req, ServerResponse res, byte[] body, byte[] gzipped) {
    res.header(HeaderNames.VARY, "Accept-Encoding");
    if (body.length >= MIN_BYTES && accepted(req)) {
      res.header(HeaderNames.CONTENT_ENCODING, "gzip");
      res.send(gzipped != null ? gzipped : gzip(body));
    } else {
      res.send(body);
    }
  }

  /** Whether the request's {@code Accept-Encoding} takes gzip (named, or {@code *}, not at q=0). */
  static boolean accepted(ServerRequest req) {
    for (String header : req.headers().all(HeaderNames.ACCEPT_ENCODING, java.util.List::of)) {
      for (String item : header.split(",")) {
        String[] parts = item.split(";");
        String coding = parts[0].strip().toLowerCase(Locale.ROOT);
        if ((coding.equals("gzip") || coding.equals("*")) && !refused(parts)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the parameters of one coding say {@code q=0}. */
  private static boolean refused(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip().toLowerCase(Locale.ROOT);
      if (param.startsWith("q=")) {
        return ZERO.matcher(param.substring(2).strip()).matches();
      }
    }
    return false;
  }

  /**
   * Gzips at the fastest level, as nginx does by default: a page comes out about a fifth larger
   * than at the default level for half the time, which under load is time other requests wait.
   */
  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gzip = new FastGzip(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not gzip a response of " + body.length + " bytes", e);
    }
    return out.toByteArray();
  }

  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 8192);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
