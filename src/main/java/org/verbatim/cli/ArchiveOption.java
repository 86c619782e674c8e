package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveInUseException;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option the archive commands share. */
final class ArchiveOption {

  @Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
      description = "The archive folder (default: ./${DEFAULT-VALUE}).")
  Path dir;

  /** Opens the archive for {@code command}; fails at once when another process holds it. */
  Archive open(String command) throws IOException {
    return Archive.open(dir, command);
  }

  /** Work a command does on the archive it opened. */
  @FunctionalInterface
  interface Local<T> {
    T run(Archive archive) throws Exception;
  }

  /** The same work handed to the server that holds the archive. */
  @FunctionalInterface
  interface Served<T> {
    T run(ServedArchive server) throws Exception;
  }

  /**
   * Runs {@code local} on the archive opened for {@code command}, or, when {@code serve} holds
   * it and its hand-off file names it, {@code served} on that server (saying so on {@code err}).
   * When another command holds it, fails as {@link #open} does.
   */
  <T> T run(String command, PrintWriter err, Local<T> local, Served<T> served) throws Exception {
    Archive opened;
    try {
      opened = open(command);
    } catch (ArchiveInUseException inUse) {
      Optional<ServedArchive> server = ServedArchive.find(dir);
      if (server.isEmpty()) {
        throw inUse;
      }
      server.get().announce(err, command);
      return served.run(server.get());
    }
    try (opened) {
      return local.run(opened);
    }
  }
}
