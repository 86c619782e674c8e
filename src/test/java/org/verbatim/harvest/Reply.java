package org.verbatim.harvest;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.verbatim.internal.Hashes;

/**
 * A response of a {@link LoopbackSite}, whole in memory. A reply with a {@code lastModified} is
 * a page with validators: it is sent with an {@code ETag} (the quoted SHA-256 of its body, the
 * body as sent) and a {@code Last-Modified}, and {@link #unchanged} tells when a conditional
 * request may have a {@code 304} instead.
 *
 * @param status       the status code
 * @param headers      the headers to send besides the validators
 * @param body         the body (empty for none)
 * @param lastModified when the page last changed, or null for a reply without validators
 */
record Reply(int status, Map<String, String> headers, byte[] body, Instant lastModified) {

  /** HTTP dates are English by definition (RFC 9110 IMF-fixdate), whatever the locale. */
  static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
      .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  Reply {
    headers = Map.copyOf(headers);
  }

  /** A page of UTF-8 HTML with validators. */
  static Reply html(String html, Instant lastModified) {
    return bytes("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
        lastModified);
  }

  /** A {@code 200} of {@code type} with validators. */
  static Reply bytes(String type, byte[] body, Instant lastModified) {
    return new Reply(200, Map.of("Content-Type", type), body, lastModified);
  }

  /** A reply of {@code status} without validators: an error or a redirect, with its headers. */
  static Reply status(int status, String html, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "text/html; charset=utf-8");
    return new Reply(status, all, html.getBytes(StandardCharsets.UTF_8), null);
  }

  /** This reply with {@code name} set to {@code value}. */
  Reply with(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(name, value);
    return new Reply(status, all, body, lastModified);
  }

  boolean validated() {
    return lastModified != null;
  }

  String etag() {
    return etag(body);
  }

  static String etag(byte[] body) {
    return "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"";
  }

  /**
   * Whether {@code request}'s conditions say the client holds this page already: any of its
   * {@code If-None-Match} tags (weak or strong, or {@code *}) equal to the ETag, or, when it
   * sends none, an {@code If-Modified-Since} no earlier than {@code Last-Modified}.
   */
  boolean unchanged(Headers request) {
    return unchanged(request, etag(), lastModified);
  }

  static boolean unchanged(Headers request, String etag, Instant lastModified) {
    String match = request.getFirst("If-None-Match");
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        t = t.startsWith("W/") ? t.substring(2) : t;
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String since = request.getFirst("If-Modified-Since");
    if (since == null) {
      return false;
    }
    try {
      Instant at = Instant.from(HTTP_DATE.parse(since.strip()));
      return !lastModified.isAfter(at);
    } catch (DateTimeParseException e) {
      return false; // RFC 9110 13.1.3: an invalid date is ignored
    }
  }
}
