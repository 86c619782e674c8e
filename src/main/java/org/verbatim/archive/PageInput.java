package org.verbatim.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.verbatim.input.JsonLinePages;
import org.verbatim.input.PageFiles;
import org.verbatim.input.RawPage;
import org.verbatim.input.WarcPages;

/**
 * A page waiting to be ingested: its name for messages, and how to read it. Reading happens in
 * the ingest's worker threads, so a list of a hundred thousand inputs holds names, not bytes.
 *
 * @param name   the page's name in progress and failure messages (its path, or for a page in a
 *               WARC file {@code file#offset url})
 * @param reader reads the page when its turn comes
 * @param anyPage whether the page comes from a collection of every kind of page (a WARC file
 *               holds listings, indexes and search pages beside transcripts): then a page the
 *               parser refuses as no transcript is skipped, with its reason, not failed
 */
public record PageInput(String name, Reader reader, boolean anyPage) {

  /** Reads one page; may be called from any thread. */
  @FunctionalInterface
  public interface Reader {
    RawPage read() throws IOException;
  }

  public PageInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
  }

  /** A page meant to be a transcript: one the parser refuses has failed. */
  public PageInput(String name, Reader reader) {
    this(name, reader, false);
  }

  /** The page in {@code file}, read with {@link PageFiles#read}. */
  public static PageInput file(Path file) {
    return new PageInput(file.toString(), () -> PageFiles.read(file));
  }

  /** A line of a JSON Lines file of publications, named {@code FILE:LINE}. */
  public static PageInput jsonLine(JsonLinePages.Entry entry) {
    return new PageInput(entry.name(), () -> JsonLinePages.read(entry));
  }

  /**
   * The page at {@code entry} of a WARC file, named {@code file#offset url}, read with
   * {@link WarcPages#read}: its URL and fetch time come from the WARC headers. A WARC file holds
   * every page a crawler fetched, so one that is no transcript is skipped, not failed.
   */
  public static PageInput warc(WarcPages.Entry entry) {
    return new PageInput(entry.name(), () -> WarcPages.read(entry), true);
  }
}
