package org.verbatim.parse;

import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;

/**
 * A page that is a publication in the JSON shape ({@code parse --json}, a line of an export):
 * read as the publication it describes, source and warnings included, so that ingesting an export
 * gives back the publications exported, and reading the page again gives the same.
 */
final class JsonPage {

  private JsonPage() {}

  /** Whether the page's first character, after white space and a byte order mark, is '{'. */
  static boolean is(RawPage page) {
    byte[] bytes = page.bytes();
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r'
        || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{';
  }

  static Publication read(RawPage page) throws ParseException {
    try {
      return PublicationJson.fromJson(page.bytes());
    } catch (IllegalArgumentException | UncheckedIOException | NullPointerException
        | DateTimeException e) { // the shape's own checks, and a date that is none
      throw new ParseException(page.name(), "not a publication in the JSON shape: "
          + e.getMessage(), e);
    }
  }
}
