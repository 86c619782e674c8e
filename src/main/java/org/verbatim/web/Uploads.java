package org.verbatim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.verbatim.archive.FileIngest;
import org.verbatim.archive.PageInput;
import org.verbatim.archive.WriteJobs;
import org.verbatim.input.PageFiles;

/**
 * The files of uploads to ingest, kept in {@value #FOLDER}/ in the archive folder until their job
 * has ended: a body is copied there as it arrives, never held whole in memory, and refused (413)
 * once it passes {@link WriteApi#MAX_UPLOAD}; a ZIP file's entries are unpacked there, at most
 * {@link #MAX_UNPACKED} in all (a small ZIP can unpack to a great deal). Files are named by
 * number: the uploader's names (which may be paths) name the pages, never a file of the server.
 */
final class Uploads {

  static final String FOLDER = "uploads";
  static final long MAX_UNPACKED = 4 * WriteJobs.MAX_UPLOAD;

  /**
   * One upload's files: pages (each named as the uploader named it) and WARC files.
   *
   * @param dir where they are kept; deleted with {@link #delete}
   */
  record Upload(Path dir, List<PageInput> pages, List<FileIngest.Warc> warcs) {

    /** Deletes the upload's files. */
    void delete() {
      deleteTree(dir);
    }
  }

  private final Path root;
  private long next; // guarded by this

  /** Uploads kept under {@code archiveDir}; what a stopped server left there is deleted. */
  Uploads(Path archiveDir) {
    this.root = archiveDir.toAbsolutePath().normalize().resolve(FOLDER);
    deleteTree(root);
  }

  /**
   * Keeps the body {@code in} of media type {@code type} as an upload: a page
   * ({@code text/plain}, {@code text/html}) or a WARC file ({@code application/warc}) named
   * {@code name}, or a ZIP file ({@code application/zip}) of pages and WARC files, each named by
   * its entry's name.
   *
   * @throws WebException 400 naming what is wrong with the name or an entry; 413 when too large;
   *                      415 for another media type
   */
  Upload keep(String type, String name, InputStream in) throws IOException {
    Path dir = newDir();
    try {
      Upload upload = switch (type) {
        case "application/zip" -> unzip(dir, in);
        case "text/plain", "text/html", "application/xhtml+xml" ->
            page(dir, required(name, type), in);
        case "application/warc" -> warc(dir, required(name, type), in);
        default -> throw WebException.of(415, "Cannot ingest a body of type '" + type
            + "': send a page as text/plain or text/html, a WARC file as application/warc, or"
            + " several in a ZIP file as application/zip");
      };
      if (upload.pages().isEmpty() && upload.warcs().isEmpty()) {
        throw WebException.badRequest("The upload holds no page and no WARC file");
      }
      return upload;
    } catch (IOException | RuntimeException e) {
      deleteTree(dir);
      throw e;
    }
  }

  private static String required(String name, String type) {
    if (name == null || name.isBlank()) {
      throw WebException.badRequest("Name the uploaded " + type + " file with ?name=…: it names"
          + " the page in messages, and is the identity of a page that gives no date");
    }
    return name;
  }

  private Upload page(Path dir, String name, InputStream in) throws IOException {
    Path file = dir.resolve("1");
    copy(in, file, WriteJobs.MAX_UPLOAD, "The upload");
    return new Upload(dir, List.of(input(file, name)), List.of());
  }

  private Upload warc(Path dir, String name, InputStream in) throws IOException {
    if (!isWarcName(name)) {
      throw WebException.badRequest("A WARC file's name ends with .warc or .warc.gz: '" + name
          + "'");
    }
    Path file = dir.resolve("1" + warcSuffix(name));
    copy(in, file, WriteJobs.MAX_UPLOAD, "The upload");
    return new Upload(dir, List.of(), List.of(new FileIngest.Warc(file, name)));
  }

  /** The ZIP is copied to a file first, so that the body's size is capped, then unpacked. */
  private Upload unzip(Path dir, InputStream in) throws IOException {
    Path zip = dir.resolve("upload.zip");
    copy(in, zip, WriteJobs.MAX_UPLOAD, "The upload");
    List<PageInput> pages = new ArrayList<>();
    List<FileIngest.Warc> warcs = new ArrayList<>();
    long unpacked = 0;
    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      int n = 0;
      while ((entry = entries.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        Path file;
        if (isWarcName(name)) {
          file = dir.resolve(++n + warcSuffix(name));
        } else if (PageFiles.isPageName(name)) {
          file = dir.resolve(Integer.toString(++n));
        } else {
          throw WebException.badRequest("The ZIP entry '" + name + "' is neither a page (.txt,"
              + " .html, .htm) nor a WARC file (.warc, .warc.gz)");
        }
        unpacked += copy(entries, file, MAX_UNPACKED - unpacked, "The ZIP file's contents");
        if (isWarcName(name)) {
          warcs.add(new FileIngest.Warc(file, name));
        } else {
          pages.add(input(file, name));
        }
      }
    } catch (ZipException e) {
      throw WebException.badRequest("The upload is not a readable ZIP file: " + e.getMessage());
    } finally {
      Files.deleteIfExists(zip);
    }
    return new Upload(dir, pages, warcs);
  }

  private static PageInput input(Path file, String name) {
    return new PageInput(name, () -> PageFiles.read(file, name));
  }

  private static boolean isWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  private static String warcSuffix(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? ".warc.gz" : ".warc";
  }

  /**
   * Copies {@code in} into {@code file}, at most {@code max} bytes; returns how many.
   *
   * @throws WebException 413 saying that {@code what} is larger than the cap
   */
  private static long copy(InputStream in, Path file, long max, String what) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long copied = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        copied += read;
        if (copied > max) {
          throw WebException.of(413, what + " is larger than " + megabytes(max)
              + ", the most one request may carry; send fewer files per request");
        }
        out.write(buffer, 0, read);
      }
    }
    return copied;
  }

  static String megabytes(long bytes) {
    return (bytes >> 20) + " MB";
  }

  private synchronized Path newDir() throws IOException {
    return Files.createDirectories(root.resolve(Long.toString(++next)));
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the uploads in " + dir + ": " + e, e);
    }
  }
}
