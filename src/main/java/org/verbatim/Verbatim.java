package org.verbatim;

import java.io.IOException;
import java.nio.file.Path;
import org.verbatim.archive.Archive;

/**
 * The front door of the library: opens an archive folder.
 *
 * <pre>{@code
 * try (Archive archive = Verbatim.open(Path.of("archive"))) {
 *   archive.searcher().search(SearchRequest.of("speaker:\"Ivan Petrov\" Arctic"));
 * }
 * }</pre>
 */
public final class Verbatim {

  private Verbatim() {}

  /** Opens (creating when absent) the archive in {@code dir}; see {@link Archive#open}. */
  public static Archive open(Path dir) throws IOException {
    return Archive.open(dir, "library");
  }
}
