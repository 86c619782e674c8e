package org.verbatim.index;

/**
 * Another process (or another {@link EmbeddedIndex} in this one) has the embedded index open.
 * Only one may: the message names the folder, the holder's process id when known, and what to do.
 */
public final class IndexLockedException extends IndexException {

  IndexLockedException(String message) {
    super(message);
  }
}
