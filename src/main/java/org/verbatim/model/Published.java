package org.verbatim.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a page says it was published, exactly as precise as the page: a date, perhaps a time, and a
 * UTC offset only when the page states one. Pages print local time; we never guess their zone.
 *
 * <p>Its text form is ISO 8601: {@code 2019-02-24}, {@code 2019-02-24T08:00},
 * {@code 2019-02-24T08:00+03:00}.
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) {

  public Published {
    Objects.requireNonNull(date, "date");
    if (time == null && offset != null) {
      throw new IllegalArgumentException("A UTC offset needs a time: " + date + " " + offset);
    }
  }

  public static Published of(LocalDate date) {
    return new Published(date, null, null);
  }

  public static Published of(LocalDate date, LocalTime time) {
    return new Published(date, time, null);
  }

  /** Reads the ISO text form written by {@link #toString()}; fails naming the text. */
  public static Published parse(String text) {
    try {
      int t = text.indexOf('T');
      if (t < 0) {
        return of(LocalDate.parse(text));
      }
      LocalDate date = LocalDate.parse(text.substring(0, t));
      String rest = text.substring(t + 1);
      int sign = Math.max(Math.max(rest.indexOf('+'), rest.indexOf('-')), rest.indexOf('Z'));
      if (sign < 0) {
        return of(date, LocalTime.parse(rest));
      }
      return new Published(date, LocalTime.parse(rest.substring(0, sign)),
          ZoneOffset.of(rest.substring(sign)));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Not a publication date-time: '" + text
          + "' (expected 2019-02-24, 2019-02-24T08:00 or 2019-02-24T08:00+03:00)", e);
    }
  }

  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    return date + "T" + time + (offset == null ? "" : offset.getId());
  }
}
