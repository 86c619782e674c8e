package org.verbatim.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON Lines files of publications ({@code .jsonl}): what {@code parse --json} prints and what
 * {@code export --format jsonl} writes (its first line, the manifest, is skipped). Each line is a
 * page whose bytes are the line; its path and URL are those of the publication's own source, so
 * that the archive knows it as the publication it was. The parser reads such a page as the
 * publication it describes. Only offsets are kept: a file of a million lines costs a list of
 * entries, not their text.
 */
public final class JsonLinePages {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] MANIFEST = "{\"manifest\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private JsonLinePages() {}

  /** A line of a JSON Lines file: where it is, and its number from 1 for messages. */
  public record Entry(Path file, long offset, int length, long line) {
    /** {@code FILE:LINE}. */
    public String name() {
      return file + ":" + line;
    }
  }

  /** Whether {@code file} is named as JSON Lines ({@code .jsonl}). */
  public static boolean isJsonLines(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /** The publication lines of {@code file}: not blank, not the manifest. */
  public static List<Entry> entries(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long offset = 0;
      long start = 0;
      long line = 1;
      byte[] head = new byte[MANIFEST.length];
      int headLength = 0;
      boolean blank = true;
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b < 0) {
          long length = offset - start;
          boolean manifest = headLength == MANIFEST.length
              && java.util.Arrays.equals(head, MANIFEST);
          if (!blank && !manifest) {
            if (length > Integer.MAX_VALUE) {
              throw new IOException(file + ":" + line + ": a line of " + length
                  + " bytes is longer than a page may be");
            }
            entries.add(new Entry(file, start, (int) length, line));
          }
          if (b < 0) {
            return entries;
          }
          offset++;
          start = offset;
          line++;
          headLength = 0;
          blank = true;
          continue;
        }
        if (headLength < head.length) {
          head[headLength++] = (byte) b;
        }
        blank &= b == ' ' || b == '\t' || b == '\r';
        offset++;
      }
    }
  }

  /** The page of one line. */
  public static RawPage read(Entry entry) throws IOException {
    byte[] bytes = new byte[entry.length()];
    try (RandomAccessFile file = new RandomAccessFile(entry.file().toFile(), "r")) {
      file.seek(entry.offset());
      file.readFully(bytes);
    }
    JsonNode source;
    try {
      source = JSON.readTree(bytes).path("source");
    } catch (IOException e) {
      throw new IOException(entry.name() + ": not JSON: " + e.getMessage(), e);
    }
    String path = source.path("path").isTextual() ? source.path("path").asText() : entry.name();
    String url = source.path("url").isTextual() ? source.path("url").asText() : null;
    return new RawPage(bytes, path, url, RawPage.Format.TEXT);
  }
}
