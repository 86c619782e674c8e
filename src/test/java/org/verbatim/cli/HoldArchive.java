package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.archive.Archive;

/**
 * A child process for {@link ArchiveLockTest}: opens the archive in {@code args[0]} as command
 * {@code args[1]}, prints {@code held}, and keeps it until its standard input closes.
 */
final class HoldArchive {

  public static void main(String[] args) throws Exception {
    try (Archive archive = Archive.open(Path.of(args[0]), args[1])) {
      System.out.println("held");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our input
      }
    }
  }
}
