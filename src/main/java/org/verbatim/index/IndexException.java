package org.verbatim.index;

/** The index could not be opened, written or read; the message says what and where. */
public class IndexException extends RuntimeException {

  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
