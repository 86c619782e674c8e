package org.verbatim.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the schema keeps them: UTC ISO text with milliseconds, one fixed width
 * ({@code 2019-02-24T08:00:00.000Z}), so that text order is time order on every database.
 */
final class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  static String text(Instant instant) {
    return FORMAT.format(instant);
  }

  static Instant instant(String text) {
    return Instant.parse(text);
  }
}
