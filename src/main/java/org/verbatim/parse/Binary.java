package org.verbatim.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a binary file from a text page before anything tries to read it as text: by the magic
 * number at its start (PDF, ZIP, PNG…), then by the first {@value #SAMPLE} bytes or characters
 * (a NUL, or more than one in a hundred control characters, as {@code git} and {@code file} do).
 * The rest of a long page is not examined: a stray control character deep in a text page is kept
 * as printed rather than costing the page.
 */
final class Binary {

  /** How much of the start of a page is examined for NULs and control characters. */
  static final int SAMPLE = 64 * 1024;

  private record Magic(byte[] bytes, String looksLike) {
    static Magic of(String latin1, String looksLike) {
      return new Magic(latin1.getBytes(StandardCharsets.ISO_8859_1), looksLike);
    }

    boolean startsOf(byte[] page) {
      return page.length >= bytes.length
          && Arrays.equals(page, 0, bytes.length, bytes, 0, bytes.length);
    }
  }

  private static final Magic[] MAGICS = {
    Magic.of("%PDF-", "a PDF"),
    Magic.of("PK\u0003\u0004", "a ZIP archive"),
    Magic.of("PK\u0005\u0006", "a ZIP archive"),
    Magic.of("\u0089PNG\r\n\u001a\n", "a PNG image"),
    Magic.of("\u00ff\u00d8\u00ff", "a JPEG image"),
    Magic.of("GIF87a", "a GIF image"),
    Magic.of("GIF89a", "a GIF image"),
    Magic.of("\u001f\u008b", "a GZIP archive"),
    Magic.of("7z\u00bc\u00af\u0027\u001c", "a 7-Zip archive"),
    Magic.of("Rar!\u001a\u0007", "a RAR archive"),
    Magic.of("\u007fELF", "an ELF executable"),
    Magic.of("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "a Microsoft Office document"),
    Magic.of("SQLite format 3\u0000", "an SQLite database"),
  };

  private Binary() {}

  /** Why the page is binary, as {@code "binary file (looks like a PDF)"}; empty when it may be text. */
  static Optional<String> reason(byte[] page) {
    for (Magic magic : MAGICS) {
      if (magic.startsOf(page)) {
        return Optional.of("binary file (looks like " + magic.looksLike() + ")");
      }
    }
    int sampled = Math.min(page.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < sampled; i++) {
      byte b = page[i];
      if (b >= 0x20 && b != 0x7F || b < 0) {
        continue; // printable ASCII, or a byte of a character beyond it: the usual case first
      }
      if (b == 0) {
        return Optional.of("binary file (NUL byte at offset " + i + ")");
      }
      if (isControl(b)) {
        controls++;
      }
    }
    return tooManyControls(controls, sampled, "bytes");
  }

  /** The same test on text already decoded (UTF-16 and UTF-32 pages, whose bytes hold NULs). */
  static Optional<String> reason(CharSequence text) {
    int sampled = Math.min(text.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < sampled; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("binary file (NUL character at offset " + i + ")");
      }
      if (isControl(c)) {
        controls++;
      }
    }
    return tooManyControls(controls, sampled, "characters");
  }

  /** C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return. */
  private static boolean isControl(int c) {
    return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
  }

  private static Optional<String> tooManyControls(int controls, int sampled, String unit) {
    if (controls >= 4 && controls * 100L > sampled) {
      return Optional.of("binary file (" + controls + " of the first " + sampled + " " + unit
          + " are control characters)");
    }
    return Optional.empty();
  }
}
