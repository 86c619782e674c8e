package org.verbatim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fixture pages under {@code src/test/resources/pages/}, written for these tests. */
final class FixturePages {

  static final List<String> NAMES =
      List.of("interview.txt", "briefing.txt", "russian.txt", "speech.txt", "qa.txt");

  private FixturePages() {}

  static String text(String name) {
    try (InputStream in = FixturePages.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture page: /pages/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture page /pages/" + name, e);
    }
  }
}
