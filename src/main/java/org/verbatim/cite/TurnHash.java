package org.verbatim.cite;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Turn;

/**
 * The short hash of a turn's words that a cited turn's link carries ({@code &h=5f2a9c1e}): the
 * first {@value #LENGTH} hex digits of the SHA-256 of its paragraphs, NFC-normalised, each run of
 * white space (no-break spaces too) made one space, trimmed, and joined by a line feed. Who spoke
 * and the label are not hashed: a speaker's name resolved anew does not change the words. Eight hex digits tell an edit
 * from no edit with a chance of 1 in 4 billion of missing it, which is enough for a reader's
 * check.
 */
public final class TurnHash {

  /** Hex digits in a hash. */
  public static final int LENGTH = 8;

  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

  private TurnHash() {}

  /** The hash of {@code turn}'s words. */
  public static String of(Turn turn) {
    StringBuilder text = new StringBuilder();
    for (String paragraph : turn.paragraphs()) {
      String words = SPACE.matcher(Normalizer.normalize(paragraph, Normalizer.Form.NFC))
          .replaceAll(" ").strip();
      text.append(text.isEmpty() ? "" : "\n").append(words);
    }
    return Hashes.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8))
        .substring(0, LENGTH);
  }

  /** {@code text} when it has the form of a hash; else fails naming it and the form. */
  public static String check(String text) {
    if (text == null || !HEX.matcher(text).matches()) {
      throw new IllegalArgumentException("Not a turn hash: '" + text + "' (expected "
          + LENGTH + " lower-case hex digits, as 5f2a9c1e)");
    }
    return text;
  }
}
