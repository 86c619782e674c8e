package org.verbatim.internal;

/**
 * The innermost cause of a failure, for one-line error messages: a driver, Solr or Flyway wraps
 * what went wrong (a refused connection, a full disk) in exceptions of its own, whose messages say
 * less than the one they wrap.
 */
public final class RootCause {

  /** Enough for any real chain; a longer one is a cycle. */
  private static final int DEEPEST = 100;

  private RootCause() {}

  /**
   * The first non-blank line of the message of {@code failure}'s innermost cause, or that cause's
   * class name when its message is empty: {@code "Connection refused"} for a connection refused
   * three wrappers down.
   */
  public static String message(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; depth < DEEPEST && root.getCause() != null && root.getCause() != root;
        depth++) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
        .orElse(root.getClass().getName());
  }
}
