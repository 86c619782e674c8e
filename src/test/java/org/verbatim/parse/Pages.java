package org.verbatim.parse;

import java.nio.charset.StandardCharsets;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Publication;
import org.verbatim.model.Source;

/** Reads test pages given as text. */
final class Pages {

  private Pages() {}

  static Source source(String text) {
    return new Source("text", "test.txt", null,
        Hashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Publication read(String text) throws ParseException {
    return TranscriptReader.read(text, source(text), "test.txt");
  }

  static TranscriptReader.Reading reading(String text) throws ParseException {
    return TranscriptReader.reading(text, source(text), "test.txt");
  }
}
