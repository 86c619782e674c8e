package org.verbatim.archive;

/**
 * Another Verbatim process (or another {@link Archive} in this one) has the archive open. The
 * message names the folder, the holder (process id, command, since when) and what to do.
 */
public final class ArchiveInUseException extends RuntimeException {

  ArchiveInUseException(String message) {
    super(message);
  }
}
