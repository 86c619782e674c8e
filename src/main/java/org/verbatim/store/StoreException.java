package org.verbatim.store;

/**
 * The store could not do what was asked: its database could not be opened, read or written, or
 * holds something this version of Verbatim does not understand. The message names the archive's
 * database and the problem; the cause, when there is one, is the database's own error.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
