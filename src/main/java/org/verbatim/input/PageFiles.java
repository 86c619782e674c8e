package org.verbatim.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds pages in files and folders and reads them as {@link RawPage}s.
 *
 * <p>A folder is walked recursively for {@code .txt}, {@code .html} and {@code .htm} files, in
 * path order, so that every run sees the same pages in the same order; other files are ignored. A
 * file named directly is read whatever its name, except a WARC file: WARC files ({@code .warc},
 * {@code .warc.gz}, named or in a folder) hold many pages and are found by {@link #findWarcs},
 * to be scanned by {@link WarcPages}.
 */
public final class PageFiles {

  private PageFiles() {}

  /**
   * The page files under {@code paths}, each folder's in sorted order; WARC files are left to
   * {@link #findWarcs}.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   */
  public static List<Path> find(List<Path> paths) throws IOException {
    return walk(paths, PageFiles::isPageName,
        file -> !WarcPages.isWarc(file) && !JsonLinePages.isJsonLines(file));
  }

  /**
   * The WARC files under {@code paths} ({@link WarcPages#isWarc}), named or found in folders,
   * in the order {@link #find} gives pages.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   */
  public static List<Path> findWarcs(List<Path> paths) throws IOException {
    return walk(paths, WarcPages::isWarc, WarcPages::isWarc);
  }

  /**
   * The JSON Lines files under {@code paths} ({@link JsonLinePages#isJsonLines}), in the order
   * {@link #find} gives pages.
   */
  public static List<Path> findJsonLines(List<Path> paths) throws IOException {
    return walk(paths, JsonLinePages::isJsonLines, JsonLinePages::isJsonLines);
  }

  /** The files under {@code paths} that {@code inFolder} or, when named, {@code named} takes. */
  private static List<Path> walk(List<Path> paths, Predicate<Path> inFolder,
      Predicate<Path> named) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(inFolder).sorted().forEach(out::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.exists(path)) {
        if (named.test(path)) {
          out.add(path);
        }
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    return out;
  }

  /** Reads one file; its format is HTML for {@code .html}/{@code .htm} or markup-looking bytes. */
  public static RawPage read(Path file) throws IOException {
    return read(file, file.toString());
  }

  /**
   * Reads {@code file} as the page named {@code name}: the path it has where it came from (a page
   * uploaded to a server is kept in a file of the server's, and named by the uploader's path),
   * which the format is judged by and the store keeps.
   */
  public static RawPage read(Path file, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new RawPage(bytes, name, null, formatOf(name, bytes));
  }

  static boolean isPageName(Path file) {
    return isPageName(file.getFileName().toString());
  }

  /** Whether a file named {@code name} is a page: {@code .txt}, {@code .html} or {@code .htm}. */
  public static boolean isPageName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
  }

  static RawPage.Format formatOf(String fileName, byte[] bytes) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return RawPage.Format.HTML;
    }
    if (name.endsWith(".txt")) {
      return RawPage.Format.TEXT;
    }
    return looksLikeHtml(bytes) ? RawPage.Format.HTML : RawPage.Format.TEXT;
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    int end = Math.min(bytes.length, i + 15);
    String head = new String(bytes, i, end - i, java.nio.charset.StandardCharsets.US_ASCII)
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
