package org.verbatim.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real scraped page that lies beside the repository ({@code ../shared/seed/}), never copied
 * into it. A clone with nothing beside it has no seed: the checks that read it are then skipped
 * with {@link #assumePresent()}, saying so, and every other check still runs on our own fixtures.
 */
public final class SeedPage {

  /** Where the seed page lies, relative to the repository (the tests' working folder). */
  public static final Path PATH = Path.of("..", "shared", "seed", "000_128014d91195d743.txt");

  private SeedPage() {}

  /** Whether the seed page is there to read. */
  public static boolean present() {
    return Files.isRegularFile(PATH);
  }

  /** Skips the calling check, saying why, when the seed page is absent. */
  public static void assumePresent() {
    assumeTrue(present(), PATH + " is absent: the seed check is skipped");
  }

  /** The seed page's text (UTF-8); skips the calling check when the page is absent. */
  public static String text() throws IOException {
    assumePresent();
    return Files.readString(PATH, StandardCharsets.UTF_8);
  }
}
