package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The validators of a publication page, per stored version: a weak {@code ETag} naming the
 * publication, its version and the site (templates, static files, notice and address: what else
 * shapes the page), and {@code Last-Modified}, when the version was stored. A request that
 * names them ({@code If-None-Match}, else {@code If-Modified-Since}) is answered 304 with no
 * body. Pages are sent with {@code Cache-Control: no-cache}: a browser keeps them and asks again
 * each time, which costs a 304. What the ETag does not name: the "Additional materials" list,
 * drawn from the index as it grows; a kept page shows it as it was until the version or the site
 * changes.
 *
 * @param etag         the entity tag, quoted, weak
 * @param lastModified the version's storing time, to the second
 */
record Validators(String etag, Instant lastModified) {

  /** IMF-fixdate, as HTTP dates are written ({@code Sun, 06 Nov 1994 08:49:37 GMT}). */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  static Validators of(String id, int version, Instant stored, String site) {
    return new Validators("W/\"" + id + "-" + version + "-" + site + "\"",
        stored.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Puts the validators and the caching rule on a response. */
  void apply(ServerResponse res) {
    res.header(HeaderNames.ETAG, etag);
    res.header(HeaderNames.LAST_MODIFIED, HTTP_DATE.format(lastModified));
    res.header(HeaderNames.CACHE_CONTROL, "no-cache");
  }

  /**
   * Whether the client's copy is current: its {@code If-None-Match} names this ETag; or, when it
   * sends none, its {@code If-Modified-Since} is this version's time or later (RFC 9110, 13.2.2).
   */
  boolean fresh(ServerRequest req) {
    List<String> tags = req.headers().all(HeaderNames.IF_NONE_MATCH, List::of);
    if (!tags.isEmpty()) {
      return tags.stream().anyMatch(v -> matches(v, etag));
    }
    return since(req).map(t -> !lastModified.isAfter(t)).orElse(false);
  }

  /** Whether an {@code If-None-Match} value names {@code etag} (weak comparison) or is *. */
  static boolean matches(String header, String etag) {
    String wanted = opaque(etag);
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || opaque(t).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /**
   * The {@code If-Modified-Since} date; empty when absent or not a date, for RFC 9110 says a
   * recipient ignores a field whose value is not a valid date.
   */
  private static Optional<Instant> since(ServerRequest req) {
    Optional<String> value = req.headers().first(HeaderNames.IF_MODIFIED_SINCE);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(value.get().strip(),
          DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty(); // the field is ignored: the full page is sent
    }
  }
}
