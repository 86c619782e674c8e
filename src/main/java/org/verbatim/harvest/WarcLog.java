package org.verbatim.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC files of a crawl: every HTTP exchange the crawler makes, kept as WARC/1.1 records that
 * replay tools (pywb, OpenWayback, jwarc) and {@code verbatim ingest} read.
 *
 * <pre>{@code
 * try (WarcLog log = WarcLog.open(archiveDir, "20240301T101500Z")) {
 *   log.exchange(new WarcLog.Exchange(uri, "GET", sent, Instant.now(), "192.0.2.7", 200, "OK",
 *       received, body));
 * }
 * }</pre>
 *
 * <p>Files are {@code ARCHIVE/warc/verbatim-RUN-00001.warc.gz}, {@code -00002}, …: a new file
 * once the current one passes {@link #ROTATE_BYTES}, each beginning with a {@code warcinfo}
 * record. A file is never appended to: a resumed run with the same run id starts at the next
 * free number, so a file a killed run left behind stays as it was.
 *
 * <p>Each record is a gzip member of its own, so readers can seek to any record. A full answer
 * becomes a {@code response} and a {@code request} record that name each other in
 * {@code WARC-Concurrent-To}; a 304 becomes a {@code revisit} (server-not-modified) and a
 * {@code request}. The body stored is the one the crawler's HTTP client returned, already
 * decompressed, so the response's {@code Content-Encoding} and {@code Transfer-Encoding} are
 * kept as {@code X-Verbatim-Original-…} and its {@code Content-Length} is the stored body's:
 * a replay tool that obeyed the original headers would try to gunzip plain bytes.
 *
 * <p>Every write reaches the operating system before the method returns (nothing is buffered
 * here; no fsync either): a crawl killed after {@link #exchange} returned keeps that record
 * whole. A crawl killed inside a write leaves a truncated last record, which
 * {@code WarcPages.scan} reports and reads past nothing. After a failed write the file is
 * closed and the next write starts a new one, so later records are not written behind a broken
 * one. Thread-safe: writes are serialised.
 */
public final class WarcLog implements AutoCloseable {

  /** The folder inside the archive folder that holds the WARC files. */
  public static final String FOLDER = "warc";

  /** A file past this size (compressed bytes) is closed and the next begun: 1 GB, as Heritrix. */
  static final long ROTATE_BYTES = 1_000_000_000L;

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern IP_LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*");
  private static final String RENAMED = "X-Verbatim-Original-";

  private final Path dir;
  private final String runId;
  private final long rotateBytes;
  private final Pattern fileName;
  private final List<Path> files = new ArrayList<>();

  private WarcWriter writer;
  private Path current;
  private URI warcinfoId;
  private long closedBytes;
  private boolean closed;

  private WarcLog(Path dir, String runId, long rotateBytes) {
    this.dir = dir;
    this.runId = runId;
    this.rotateBytes = rotateBytes;
    this.fileName = Pattern.compile("verbatim-" + Pattern.quote(runId) + "-(\\d{5,9})\\.warc\\.gz");
  }

  /**
   * Opens the log of run {@code runId} in {@code archiveDir}'s {@value #FOLDER} folder (created
   * when missing) and starts its next file.
   *
   * @throws IllegalArgumentException when the run id is not a file-name-safe word
   */
  public static WarcLog open(Path archiveDir, String runId) throws IOException {
    return open(archiveDir, runId, ROTATE_BYTES);
  }

  /** As {@link #open(Path, String)}, starting a new file past {@code rotateBytes}. */
  static WarcLog open(Path archiveDir, String runId, long rotateBytes) throws IOException {
    Objects.requireNonNull(archiveDir, "archiveDir");
    if (runId == null || !RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("A WARC run id must be letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit: " + runId);
    }
    if (rotateBytes <= 0) {
      throw new IllegalArgumentException("rotateBytes must be positive: " + rotateBytes);
    }
    WarcLog log = new WarcLog(Files.createDirectories(archiveDir.resolve(FOLDER)), runId,
        rotateBytes);
    log.startFile();
    return log;
  }

  /**
   * Writes a full answer: a {@code response} record holding the status line, the headers as
   * received (see the class comment for the three that change) and the body, then the
   * {@code request} record with the request line and headers as sent.
   */
  public synchronized void exchange(Exchange e) throws IOException {
    Objects.requireNonNull(e, "exchange");
    ready();
    UUID requestId = UUID.randomUUID();
    UUID responseId = UUID.randomUUID();
    byte[] http = responseHead(e, e.body().length);
    byte[] block = concat(http, e.body());
    WarcResponse.Builder response = new WarcResponse.Builder(e.uri())
        .version(MessageVersion.WARC_1_1)
        .recordId(responseId)
        .date(e.date())
        .concurrentTo(recordUri(requestId))
        .body(MediaType.HTTP_RESPONSE, block)
        .blockDigest(sha1(block))
        .payloadDigest(sha1(e.body()));
    if (e.remoteAddress() != null) {
      response.setHeader("WARC-IP-Address", e.remoteAddress());
    }
    write(response.warcinfoId(warcinfoId).build(), request(e, requestId, responseId));
  }

  /**
   * Writes a 304 answer: a {@code revisit} record (profile server-not-modified) holding the
   * status line and headers, referring to the earlier capture of the same URI and, when
   * {@code earlierDate} is not null, to its date; then the {@code request} record.
   */
  public synchronized void notModified(Exchange e, Instant earlierDate) throws IOException {
    Objects.requireNonNull(e, "exchange");
    ready();
    UUID requestId = UUID.randomUUID();
    UUID revisitId = UUID.randomUUID();
    byte[] http = responseHead(e, -1);
    WarcRevisit.Builder revisit = new WarcRevisit.Builder(e.uri(),
        WarcRevisit.SERVER_NOT_MODIFIED_1_1)
        .version(MessageVersion.WARC_1_1)
        .recordId(revisitId)
        .date(e.date())
        .concurrentTo(recordUri(requestId))
        .setHeader("WARC-Refers-To-Target-URI", e.uri().toString())
        .body(MediaType.HTTP_RESPONSE, http)
        .blockDigest(sha1(http));
    if (earlierDate != null) {
      revisit.setHeader("WARC-Refers-To-Date", earlierDate.toString());
    }
    if (e.remoteAddress() != null) {
      revisit.setHeader("WARC-IP-Address", e.remoteAddress());
    }
    write(revisit.warcinfoId(warcinfoId).build(), request(e, requestId, revisitId));
  }

  /** The file being written, or the last one written when the log is closed. */
  public synchronized Path currentFile() {
    return current;
  }

  /** Compressed bytes written to all of this log's files so far. */
  public synchronized long bytesWritten() {
    return closedBytes + (writer == null ? 0 : writer.position());
  }

  /** The files this log has written, oldest first. */
  public synchronized List<Path> files() {
    return List.copyOf(files);
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    closeFile();
  }

  private WarcRequest request(Exchange e, UUID requestId, UUID responseId) throws IOException {
    byte[] http = requestHead(e);
    return new WarcRequest.Builder(e.uri())
        .version(MessageVersion.WARC_1_1)
        .recordId(requestId)
        .date(e.date())
        .concurrentTo(recordUri(responseId))
        .body(MediaType.HTTP_REQUEST, http)
        .blockDigest(sha1(http))
        .warcinfoId(warcinfoId)
        .build();
  }

  /**
   * Makes the current file the one to write to: the next one when it is full or a write to it
   * failed. Called before records are built, as they name the file's warcinfo record.
   */
  private void ready() throws IOException {
    if (closed) {
      throw new IllegalStateException("The WARC log of run " + runId + " is closed");
    }
    if (writer == null || writer.position() >= rotateBytes) {
      closeFile();
      startFile();
    }
  }

  /** Writes the records to the current file, one gzip member each. */
  private void write(WarcRecord... records) throws IOException {
    try {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      // What was written of the record stays as a truncated tail; nothing goes after it.
      closeFile();
      throw new IOException("Could not write to " + current + ": " + e.getMessage(), e);
    }
  }

  private void startFile() throws IOException {
    int number = nextNumber();
    while (true) {
      Path file = dir.resolve(String.format(Locale.ROOT, "verbatim-%s-%05d.warc.gz", runId,
          number));
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        number++; // another process of the same run took it between the listing and now
        continue;
      }
      writer = new WarcWriter(channel, WarcCompression.GZIP);
      current = file;
      files.add(file);
      break;
    }
    byte[] fields = ("software: Verbatim\r\n"
        + "format: WARC File Format 1.1\r\n"
        + "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/"
        + "warc-1.1/\r\n"
        + "isPartOf: " + runId + "\r\n").getBytes(StandardCharsets.UTF_8);
    UUID id = UUID.randomUUID();
    warcinfoId = recordUri(id);
    Warcinfo info = new Warcinfo.Builder()
        .version(MessageVersion.WARC_1_1)
        .recordId(id)
        .date(Instant.now())
        .filename(current.getFileName().toString())
        .body(MediaType.WARC_FIELDS, fields)
        .blockDigest(sha1(fields))
        .build();
    try {
      writer.write(info);
    } catch (IOException e) {
      closeFile();
      throw new IOException("Could not write to " + current + ": " + e.getMessage(), e);
    }
  }

  /** One more than the highest number of this run's files in the folder, or 1. */
  private int nextNumber() throws IOException {
    int highest = 0;
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.toList()) {
        Matcher m = fileName.matcher(file.getFileName().toString());
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest + 1;
  }

  private void closeFile() throws IOException {
    if (writer != null) {
      closedBytes += writer.position();
      WarcWriter closing = writer;
      writer = null;
      closing.close();
    }
  }

  /** The status line and headers as received, re-framed for the stored body (see above). */
  private static byte[] responseHead(Exchange e, long contentLength) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(e.status()).append(' ')
        .append(e.reason() == null ? "" : oneLine(e.reason())).append("\r\n");
    for (Map.Entry<String, String> header : e.responseHeaders()) {
      String name = header.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith(":") || lower.equals("content-length")) {
        continue; // HTTP/2 pseudo-headers; the length is the stored body's, below
      }
      if (lower.equals("content-encoding") || lower.equals("transfer-encoding")) {
        name = RENAMED + name;
      }
      head.append(oneLine(name)).append(": ").append(oneLine(header.getValue())).append("\r\n");
    }
    if (contentLength >= 0) {
      head.append("Content-Length: ").append(contentLength).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The request line and headers as sent; {@code Host} added when the client added it. */
  private static byte[] requestHead(Exchange e) {
    URI uri = e.uri();
    String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/"
        : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder head = new StringBuilder(oneLine(e.method())).append(' ').append(target)
        .append(" HTTP/1.1\r\n");
    boolean host = e.requestHeaders().stream()
        .anyMatch(h -> h.getKey().equalsIgnoreCase("Host"));
    if (!host && uri.getRawAuthority() != null) {
      head.append("Host: ").append(uri.getRawAuthority()).append("\r\n");
    }
    for (Map.Entry<String, String> header : e.requestHeaders()) {
      head.append(oneLine(header.getKey())).append(": ").append(oneLine(header.getValue()))
          .append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A header line cannot hold a line break: one would end the header block early. */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  private static URI recordUri(UUID id) {
    return URI.create("urn:uuid:" + id);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK has no SHA-1", e);
    }
  }

  /**
   * One HTTP exchange as the crawler made it.
   *
   * @param uri             the URI fetched
   * @param method          the request method ({@code GET})
   * @param requestHeaders  the request headers as sent, in order
   * @param date            when the request was sent: the records' {@code WARC-Date}
   * @param remoteAddress   the server's IP address as a literal ({@code 192.0.2.7},
   *                        {@code 2001:db8::7}), or null when not known
   * @param status          the HTTP status
   * @param reason          the reason phrase, or null (HTTP/2 has none)
   * @param responseHeaders the response headers as received, in order
   * @param body            the body as the HTTP client returned it, decompressed (not copied)
   */
  public record Exchange(URI uri, String method, List<Map.Entry<String, String>> requestHeaders,
      Instant date, String remoteAddress, int status, String reason,
      List<Map.Entry<String, String>> responseHeaders, byte[] body) {

    public Exchange {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(body, "body");
      requestHeaders = List.copyOf(requestHeaders);
      responseHeaders = List.copyOf(responseHeaders);
      if (remoteAddress != null) {
        String bare = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
            ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        if (!IP_LITERAL.matcher(bare).matches()) {
          throw new IllegalArgumentException("remoteAddress must be an IP address, not a host "
              + "name: " + remoteAddress);
        }
        remoteAddress = bare;
      }
    }
  }
}
