package org.verbatim.align;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes sentence pairs of one or more pairs of versions to a character stream, as TMX or as
 * tab-separated text ({@link ParallelFormat#open}). Not thread-safe: one writer per stream,
 * written from one thread.
 */
public interface ParallelWriter extends Closeable {

  /** Writes the sentence pairs of {@code versions}. */
  void write(VersionPair versions, List<SentencePair> sentences) throws IOException;

  /** Ends the document and closes the stream. */
  @Override
  void close() throws IOException;
}
