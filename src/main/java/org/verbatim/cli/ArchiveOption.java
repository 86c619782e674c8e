package org.verbatim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.verbatim.archive.Archive;
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
}
