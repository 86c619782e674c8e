package org.verbatim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder deleted with everything in it on {@link #close()}, for set-ups that JUnit's
 * {@code @TempDir} cannot reach (once per invocation of a parameterised class).
 */
public final class TempFolder implements AutoCloseable {

  private final Path path;

  private TempFolder(Path path) {
    this.path = path;
  }

  /** A new, empty folder under the system's temporary folder. */
  public static TempFolder create() throws IOException {
    return new TempFolder(Files.createTempDirectory("verbatim-test-"));
  }

  /** {@code other} inside this folder. */
  public Path resolve(String other) {
    return path.resolve(other);
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the test folder " + path, e);
    }
  }
}
