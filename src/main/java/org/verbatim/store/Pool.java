package org.verbatim.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How many reading connections a store opens at most, and how long a reader waits for one when
 * all are in use before it fails. The writer is one more connection.
 *
 * <pre>{@code
 * TranscriptStore.open(url, user, password, new Pool(16, Duration.ofSeconds(10)));
 * }</pre>
 *
 * @param readers at least 1
 * @param waitFor how long a read waits for a free connection; not negative
 */
public record Pool(int readers, Duration waitFor) {

  /** How long a read waits for a connection unless told otherwise. */
  public static final Duration WAIT = Duration.ofSeconds(10);

  public Pool {
    Objects.requireNonNull(waitFor, "waitFor");
    if (readers < 1) {
      throw new IllegalArgumentException("A store needs at least 1 reading connection, not "
          + readers);
    }
    if (waitFor.isNegative()) {
      throw new IllegalArgumentException("The wait for a connection cannot be negative: " + waitFor);
    }
  }

  /**
   * Four readers per core, at least 8: requests mostly wait on the index and on rendering, and a
   * PostgreSQL server's default of 100 connections then serves several such processes.
   */
  public static Pool standard() {
    return new Pool(defaultReaders(), WAIT);
  }

  /** The default number of readers for this machine. */
  public static int defaultReaders() {
    return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  }
}
