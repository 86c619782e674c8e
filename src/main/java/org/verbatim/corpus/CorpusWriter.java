package org.verbatim.corpus;

import java.io.IOException;

/** Writes exported publications one at a time; {@link #close()} ends the document. */
public interface CorpusWriter extends AutoCloseable {

  /** Writes one publication. */
  void write(ExportedPublication publication) throws IOException;

  @Override
  void close() throws IOException;
}
