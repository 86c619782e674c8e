package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.internal.Hashes;

/**
 * The site's scripts and styles ({@code src/main/resources/web/static}, and the trends chart's
 * library, uPlot, from its WebJar), read once and served
 * under stampedOf names: {@code /static/verbatim.3f9c2a71b0de.css}, the digits from the
 * file's SHA-256, so that a changed file has a new address and an address never changes its
 * content. Pages link to those names ({@link #path}); they are served with
 * {@code Cache-Control: public, max-age=31536000, immutable}, so a browser asks once a year at
 * most. The plain names ({@code /static/verbatim.css}) are served too, to be revalidated
 * ({@code no-cache}) since their content changes with a release. Thread-safe (read-only).
 */
final class StaticFiles {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String LOCATION = "/web/static/";
  /** The chart library's files, from its WebJar (the version is the pom's). */
  private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
  private static final List<String> NAMES = List.of("verbatim.css", "verbatim.js", "trends.js",
      "uPlot.iife.min.js", "uPlot.min.css");
  private static final int DIGITS = 12;
  private static final StaticFiles FILES = load();

  /** One file: its type, bytes and their gzip, made once. */
  private record File(String type, byte[] bytes, byte[] gzipped, String etag) {}

  private final Map<String, File> byName = new HashMap<>();
  private final Map<String, String> stampedOf = new HashMap<>();
  private final String fingerprint;

  private StaticFiles() {
    StringBuilder all = new StringBuilder();
    for (String name : NAMES) {
      byte[] bytes = read(name);
      String digits = Hashes.sha256Hex(bytes).substring(0, DIGITS);
      int dot = name.lastIndexOf('.');
      String stamped = name.substring(0, dot) + "." + digits + name.substring(dot);
      File file = new File(type(name), bytes, Compression.gzip(bytes), "\"" + digits + "\"");
      byName.put(name, file);
      byName.put(stamped, file);
      stampedOf.put(name, stamped);
      all.append(digits);
    }
    this.fingerprint = all.toString();
  }

  private static StaticFiles load() {
    return new StaticFiles();
  }

  /** The address pages link to for {@code name} ({@code verbatim.css}): stampedOf. */
  static String path(String name) {
    String stamped = FILES.stampedOf.get(name);
    if (stamped == null) {
      throw new IllegalArgumentException("No static file '" + name + "': there are " + NAMES);
    }
    return "/static/" + stamped;
  }

  /** The fingerprints of every file together: it changes when any file does. */
  static String fingerprint() {
    return FILES.fingerprint;
  }

  /** {@code GET /static/{file}}. */
  static void handle(ServerRequest req, ServerResponse res) {
    String name = req.path().pathParameters().get("file");
    File file = FILES.byName.get(name);
    if (file == null) {
      throw WebException.notFound("No static file '" + name + "'");
    }
    res.header(HeaderNames.CONTENT_TYPE, file.type());
    boolean plain = FILES.stampedOf.containsKey(name);
    if (plain) {
      res.header(HeaderNames.CACHE_CONTROL, "no-cache");
      res.header(HeaderNames.ETAG, file.etag());
      if (req.headers().all(HeaderNames.IF_NONE_MATCH, List::of).stream()
          .anyMatch(v -> Validators.matches(v, file.etag()))) {
        res.status(io.helidon.http.Status.NOT_MODIFIED_304).send();
        return;
      }
    } else {
      res.header(HeaderNames.CACHE_CONTROL, IMMUTABLE);
    }
    Compression.send(req, res, file.bytes(), file.gzipped());
  }

  private static byte[] read(String name) {
    String path = (name.startsWith("uPlot.") ? UPLOT : LOCATION) + name;
    try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The static file " + path + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the static file " + path, e);
    }
  }

  private static String type(String name) {
    if (name.endsWith(".css")) {
      return "text/css; charset=UTF-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=UTF-8";
    }
    throw new IllegalArgumentException("No content type known for static file '" + name + "'");
  }
}
