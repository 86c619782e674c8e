package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.verbatim.archive.FileIngest;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.JobJson;
import org.verbatim.archive.WriteJobs;

/**
 * {@code ingest} handed to a server: the files are read here (the paths are the user's) and
 * uploaded in ZIP files of at most {@link WriteJobs#MAX_UPLOAD}, pages first and WARC files after
 * in the order given, each entry named by its path as given here (so the server names, and
 * identifies, the pages as a local run would). Each ZIP file is one job; they run one after the
 * other, each job's progress shown, and their outcomes are added up.
 */
final class Uploader {

  /** Room for an entry's headers in a ZIP file, beside its bytes. */
  private static final long ENTRY_OVERHEAD = 1024;

  private Uploader() {}

  static FileIngest.Outcome ingest(ServedArchive server, List<Path> pages, List<Path> warcs,
      PrintWriter out) throws Exception {
    FileIngest.Outcome outcome = null;
    for (List<Path> chunk : chunks(pages, warcs)) {
      Path zip = Files.createTempFile("verbatim-upload-", ".zip");
      try {
        write(zip, chunk);
        JsonNode job = server.submit("/api/v1/ingest", "application/zip",
            HttpRequest.BodyPublishers.ofFile(zip));
        job = server.await(job, new ProgressLine(out, Terminal.isTerminal(), "ingest"));
        FileIngest.Outcome done = JobJson.result(job, FileIngest.Outcome.class);
        outcome = outcome == null ? done : outcome.plus(done);
      } finally {
        Files.deleteIfExists(zip);
      }
    }
    return outcome != null ? outcome : new FileIngest.Outcome(new IngestSummary(0, 0, 0, 0, 0,
        List.of(), 0, 0, Duration.ZERO), warcs.isEmpty() ? null : List.of(), List.of());
  }

  /**
   * The files in groups whose bytes fit one upload, in order.
   *
   * @throws IOException naming a file that alone is larger than an upload may be
   */
  static List<List<Path>> chunks(List<Path> pages, List<Path> warcs) throws IOException {
    List<List<Path>> chunks = new ArrayList<>();
    List<Path> chunk = new ArrayList<>();
    long size = 0;
    List<Path> all = new ArrayList<>(pages);
    all.addAll(warcs);
    for (Path file : all) {
      long bytes = Files.size(file) + ENTRY_OVERHEAD;
      if (bytes > WriteJobs.MAX_UPLOAD) {
        throw new IOException(file + " is larger than the " + (WriteJobs.MAX_UPLOAD >> 20)
            + " MB the server takes in one upload: stop serve and ingest it here, or split it");
      }
      if (size + bytes > WriteJobs.MAX_UPLOAD) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(file);
      size += bytes;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private static void write(Path zip, List<Path> files) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
         ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      // Pages are mostly text: the ZIP's compression makes the upload several times smaller.
      for (Path path : files) {
        out.putNextEntry(new ZipEntry(path.toString()));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }
}
