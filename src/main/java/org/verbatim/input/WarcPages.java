package org.verbatim.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Pages in WARC files (ISO 28500, as Heritrix, Browsertrix, StormCrawler and our own crawler
 * write them), found by a scan that reads record headers only and read one at a time later:
 *
 * <pre>{@code
 * WarcPages.Scan scan = WarcPages.scan(Path.of("crawl-00001.warc.gz"));
 * for (WarcPages.Entry entry : scan.pages()) {
 *   RawPage page = WarcPages.read(entry);   // url and fetchedAt from the WARC headers
 * }
 * }</pre>
 *
 * <p>A page is a {@code response} record holding an HTTP 2xx answer whose {@code Content-Type} is
 * {@code text/html}, {@code application/xhtml+xml} or {@code text/plain}, or a {@code revisit}
 * record (profile identical-payload-digest) whose payload is such a response earlier in the same
 * file, found by {@code WARC-Payload-Digest} or by {@code WARC-Refers-To-Target-URI} and
 * {@code -Date}. Every other response and revisit is listed as skipped with its reason;
 * {@code request}, {@code warcinfo} and {@code metadata} records are passed over in silence, as
 * they never hold a page. A record cut short or unreadable ends the scan of its file: the pages
 * before it are kept, and the skipped list says where it stopped.
 *
 * <p>A scan holds no payload in memory, whatever the file's size: each record's body is read
 * through (a gzip member must be inflated to find the next) and dropped. Stateless and
 * thread-safe.
 */
public final class WarcPages {

  /** The HTTP content codings a payload is decoded from; others fail the page's read. */
  private static final Set<String> DECODED = Set.of("identity", "none", "gzip", "x-gzip",
      "deflate");

  private WarcPages() {}

  /**
   * One page found in a WARC file: where it is, its target URI and date.
   *
   * @param file   the WARC file
   * @param offset where the record holding the page's payload starts in the file (for a revisit,
   *               the earlier response it repeats)
   * @param url    the page's {@code WARC-Target-URI}
   * @param date   the page's {@code WARC-Date}: when it was fetched
   * @param name   {@code file#offset url} for messages, the offset being that of the page's own
   *               record (for a revisit, the revisit's)
   */
  public record Entry(Path file, long offset, String url, Instant date, String name) {

    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
    }
  }

  /** What a scan found: the pages, in file order, and the records skipped, with reasons. */
  public record Scan(List<Entry> pages, List<Skipped> skipped) {

    public Scan {
      pages = List.copyOf(pages);
      skipped = List.copyOf(skipped);
    }
  }

  /** A record that holds no page ({@code file#offset url}), and why. */
  public record Skipped(String name, String reason) {}

  /** Whether {@code file}'s name ends in {@code .warc} or {@code .warc.gz}, in any case. */
  public static boolean isWarc(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /**
   * Scans {@code file} for pages (see the class comment).
   *
   * @throws IOException when the file cannot be opened; a damaged record is not thrown but
   *                     reported in {@link Scan#skipped()}
   */
  public static Scan scan(Path file) throws IOException {
    return new Scanner(file).run();
  }

  /**
   * Reads the page at {@code entry}: the HTTP payload of its record, de-chunked and decoded
   * when a {@code Content-Encoding} remains (gzip or deflate); the charset of the HTTP {@code Content-Type}; the
   * entry's URL, and its date as the fetch time.
   *
   * @throws IOException when the record is not a readable page, with the reason
   */
  public static RawPage read(Entry entry) throws IOException {
    try (FileChannel channel = FileChannel.open(entry.file())) {
      channel.position(entry.offset());
      WarcReader reader = new WarcReader(channel);
      WarcRecord record = reader.next().orElseThrow(() -> new EOFException(
          "no WARC record at offset " + entry.offset() + " of " + entry.file()));
      if (!(record instanceof WarcResponse response)) {
        throw new IOException("the record at offset " + entry.offset() + " of " + entry.file()
            + " is a " + record.type() + " record, not a response");
      }
      HttpResponse http = response.http();
      ContentType type = ContentType.of(http.headers());
      RawPage.Format format = type.format();
      if (format == null) {
        throw new IOException("not a page: " + type.describe());
      }
      for (String encoding : http.headers().all("Content-Encoding")) {
        if (!DECODED.contains(encoding.strip().toLowerCase(Locale.ROOT))) {
          // jwarc would need an optional library for br or zstd, and fail with an Error.
          throw new IOException("Content-Encoding not supported: " + encoding);
        }
      }
      byte[] bytes;
      try (InputStream in = http.bodyDecoded().stream()) {
        bytes = in.readAllBytes();
      }
      return new RawPage(bytes, entry.name(), entry.url(), format, type.charset(), entry.date());
    }
  }

  /** One pass over one file. */
  private static final class Scanner {

    private final Path file;
    private final List<Entry> pages = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    /** Where the page responses seen so far start, by payload digest and by URI and date. */
    private final Map<String, Long> byDigest = new HashMap<>();
    private final Map<UrlAt, Long> byUrlAt = new HashMap<>();

    Scanner(Path file) {
      this.file = file;
    }

    Scan run() throws IOException {
      FileChannel channel = FileChannel.open(file);
      // A record counts once the reader has gone past its end: only then is it known whole.
      Found pending = null;
      long at = 0;
      try (channel) {
        WarcReader reader = null;
        try {
          reader = new WarcReader(channel);
          while (true) {
            Optional<WarcRecord> next = reader.next();
            at = reader.position();
            if (next.isEmpty() && pending != null && at > channel.size()) {
              // An uncompressed file cut inside its last record's body: the reader stops at the
              // end of the file as if the record were whole; only its length tells.
              skipped.add(new Skipped(file + "#" + pending.offset(), "truncated record at offset "
                  + pending.offset() + ": the file ends inside it"));
              break;
            }
            if (pending != null) {
              keep(pending);
              pending = null;
            }
            if (next.isEmpty()) {
              break;
            }
            pending = found(next.get(), at);
          }
        } catch (IOException | IllegalArgumentException e) {
          if (reader != null) {
            at = reader.position();
          }
          if (pending != null && pending.offset() != at) {
            keep(pending);
          }
          skipped.add(new Skipped(file + "#" + at, damaged(e, at)));
        }
      }
      return new Scan(pages, skipped);
    }

    private void keep(Found found) {
      if (found.page() == null) {
        if (found.skipped() != null) {
          skipped.add(found.skipped());
        }
        return;
      }
      pages.add(found.page());
      if (found.digest() != null) {
        byDigest.putIfAbsent(found.digest(), found.offset());
      }
      if (found.urlAt() != null) {
        byUrlAt.putIfAbsent(found.urlAt(), found.offset());
      }
    }

    /** What the record at {@code offset} is: a page, a skipped record, or nothing to list. */
    private Found found(WarcRecord record, long offset) throws IOException {
      String type = record.type();
      if (type.equals("request") || type.equals("warcinfo") || type.equals("metadata")) {
        return new Found(offset, null, null, null, null);
      }
      MessageHeaders warc = record.headers();
      String url = warc.sole("WARC-Target-URI").map(WarcPages::unbracket).orElse(null);
      String name = file + "#" + offset + (url == null ? "" : " " + url);
      if (!(record instanceof WarcResponse) && !(record instanceof WarcRevisit)) {
        return skip(offset, name, "not read: a " + type + " record");
      }
      if (url == null || url.isEmpty()) {
        return skip(offset, name, "no WARC-Target-URI");
      }
      Optional<String> dateText = warc.sole("WARC-Date");
      Instant date;
      try {
        date = Instant.parse(dateText.orElse(""));
      } catch (DateTimeException e) {
        return skip(offset, name, dateText.isEmpty() ? "no WARC-Date"
            : "bad WARC-Date: " + dateText.get());
      }
      String recordType = warc.first("Content-Type").orElse("");
      if (!recordType.toLowerCase(Locale.ROOT).startsWith("application/http")) {
        return skip(offset, name, "not an HTTP response: "
            + (recordType.isEmpty() ? "no Content-Type" : recordType));
      }
      return record instanceof WarcResponse response
          ? response(response, offset, url, date, name)
          : revisit((WarcRevisit) record, offset, url, date, name);
    }

    private Found response(WarcResponse response, long offset, String url, Instant date,
        String name) throws IOException {
      HttpResponse http;
      try {
        http = response.http();
      } catch (ParsingException e) {
        return skip(offset, name, "bad HTTP response: " + e.getBaseMessage());
      }
      String notAPage = notAPage(http);
      if (notAPage != null) {
        return skip(offset, name, notAPage);
      }
      if (isRobotsTxt(url)) {
        return skip(offset, name, "robots.txt, not a page");
      }
      Optional<String> truncated = response.headers().sole("WARC-Truncated");
      if (truncated.isPresent()) {
        return skip(offset, name, "cut short by the crawler (WARC-Truncated: "
            + truncated.get() + ")");
      }
      return new Found(offset, new Entry(file, offset, url, date, name), null,
          digest(response.headers().sole("WARC-Payload-Digest")), new UrlAt(url, date));
    }

    private Found revisit(WarcRevisit revisit, long offset, String url, Instant date,
        String name) {
      MessageHeaders warc = revisit.headers();
      String profile = warc.sole("WARC-Profile").orElse("");
      Optional<String> refersToDate = warc.sole("WARC-Refers-To-Date");
      if (profile.endsWith("/revisit/server-not-modified")) {
        return skip(offset, name, "revisit: not modified"
            + refersToDate.map(d -> " since " + d).orElse(""));
      }
      if (!profile.endsWith("/revisit/identical-payload-digest")) {
        return skip(offset, name, "revisit: unknown profile "
            + (profile.isEmpty() ? "(no WARC-Profile)" : profile));
      }
      String digest = digest(warc.sole("WARC-Payload-Digest"));
      Long payload = digest == null ? null : byDigest.get(digest);
      if (payload == null && refersToDate.isPresent()) {
        String refersTo = warc.sole("WARC-Refers-To-Target-URI").map(WarcPages::unbracket)
            .orElse(url);
        try {
          payload = byUrlAt.get(new UrlAt(refersTo, Instant.parse(refersToDate.get())));
        } catch (DateTimeException e) {
          return skip(offset, name, "revisit: bad WARC-Refers-To-Date: " + refersToDate.get());
        }
      }
      if (payload == null) {
        return skip(offset, name, "revisit: no earlier page in this file has its payload"
            + (digest == null ? "" : " (" + digest + ")"));
      }
      return new Found(offset, new Entry(file, payload, url, date, name), null, null, null);
    }

    private Found skip(long offset, String name, String reason) {
      return new Found(offset, null, new Skipped(name, reason), null, null);
    }
  }

  /**
   * Why an HTTP answer is not a page, or null when it is one: not 2xx (a redirect named with its
   * target), or a content type that is not a page's.
   */
  static String notAPage(HttpResponse http) {
    int status = http.status();
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      return "redirect: HTTP " + status
          + http.headers().first("Location").map(to -> " to " + to).orElse("");
    }
    if (status < 200 || status > 299) {
      return "HTTP " + status;
    }
    ContentType type = ContentType.of(http.headers());
    return type.format() == null ? "not a page: " + type.describe() : null;
  }

  /** Whether {@code url} is a site's robots.txt, which crawls fetch and which is no page. */
  static boolean isRobotsTxt(String url) {
    int query = url.indexOf('?');
    String path = query >= 0 ? url.substring(0, query) : url;
    int scheme = path.indexOf("://");
    int slash = path.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    return slash >= 0 && path.substring(slash).equalsIgnoreCase("/robots.txt");
  }

  /** Why a scan stopped at the record at {@code offset}. */
  private static String damaged(Exception e, long offset) {
    String message = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
    if (e instanceof EOFException) {
      return "truncated record at offset " + offset + ": the file ends inside it"
          + (message == null ? "" : " (" + message + ")");
    }
    return "corrupt record at offset " + offset + ": "
        + (message == null ? e.getClass().getSimpleName() : message);
  }

  /** A digest header as {@code algorithm:BASE32}, so hex and base32 forms compare equal. */
  private static String digest(Optional<String> header) {
    if (header.isEmpty()) {
      return null;
    }
    try {
      WarcDigest digest = new WarcDigest(header.get().strip());
      return digest.algorithm().toLowerCase(Locale.ROOT).replace("-", "") + ":"
          + digest.base32().toUpperCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null; // not a digest: nothing can be found by it
    }
  }

  /** WARC/1.0 writers put angle brackets around some URIs; WARC/1.1 has none. */
  private static String unbracket(String uri) {
    String bare = uri.strip();
    return bare.startsWith("<") && bare.endsWith(">") ? bare.substring(1, bare.length() - 1)
        : bare;
  }

  /** A page's target URI and date, by which a revisit may name it. */
  private record UrlAt(String url, Instant date) {}

  /** A record seen by a scan: a page, a skipped record, or (both null) one not listed. */
  private record Found(long offset, Entry page, Skipped skipped, String digest, UrlAt urlAt) {}

  /** The parts of an HTTP {@code Content-Type} that decide a page's format and charset. */
  record ContentType(String base, String charset) {

    static ContentType of(MessageHeaders http) {
      return parse(http.first("Content-Type").orElse(null));
    }

    static ContentType parse(String header) {
      if (header == null || header.isBlank()) {
        return new ContentType("", null);
      }
      String[] parts = header.split(";");
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].strip();
        int eq = param.indexOf('=');
        if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
          charset = param.substring(eq + 1).strip().replace("\"", "").replace("'", "");
        }
      }
      return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT),
          charset == null || charset.isEmpty() ? null : charset);
    }

    /** HTML or text for a page's content type, else null. */
    RawPage.Format format() {
      return switch (base) {
        case "text/html", "application/xhtml+xml" -> RawPage.Format.HTML;
        case "text/plain" -> RawPage.Format.TEXT;
        default -> null;
      };
    }

    String describe() {
      return base.isEmpty() ? "no Content-Type" : base;
    }
  }
}
