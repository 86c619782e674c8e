package org.verbatim.parse;

import org.verbatim.model.Publication;
import org.verbatim.model.Source;

/** TEMPORARY placeholder until the reader lands. */
final class TranscriptReader {
  private TranscriptReader() {}

  static Publication read(String text, Source source, String page) throws ParseException {
    throw new ParseException(page, "the transcript reader is not written yet");
  }
}
