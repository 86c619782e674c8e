package org.verbatim.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
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
 * Writes WARC files record by record as other crawlers do (chunked bodies, gzip
 * {@code Content-Encoding}, both revisit profiles), for tests of reading them; and the sample
 * WARC those tests share, whose pages are invented transcripts.
 */
public final class TestWarc implements AutoCloseable {

  private final FileChannel channel;
  private final WarcWriter writer;

  private TestWarc(FileChannel channel, WarcCompression compression) throws IOException {
    this.channel = channel;
    this.writer = new WarcWriter(channel, compression);
  }

  /** A new WARC file, gzip-compressed a record a member when its name ends in {@code .gz}. */
  public static TestWarc create(Path file) throws IOException {
    return new TestWarc(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE),
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** Writes a warcinfo record; returns its offset. */
  public long warcinfo() throws IOException {
    byte[] fields = "software: TestWarc\r\n".getBytes(UTF_8);
    return write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1)
        .body(MediaType.WARC_FIELDS, fields).build());
  }

  /** Writes a request record for {@code url}; returns its offset. */
  public long request(String url, Instant date) throws IOException {
    byte[] http = ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: "
        + URI.create(url).getHost() + "\r\n\r\n").getBytes(ISO_8859_1);
    return write(new WarcRequest.Builder(url).version(MessageVersion.WARC_1_1).date(date)
        .body(MediaType.HTTP_REQUEST, http).build());
  }

  /**
   * Writes a response record: the status line, {@code headers} ({@code Name: value} each) and
   * {@code body} exactly as given, with a payload digest of {@code body}; returns its offset.
   */
  public long response(String url, Instant date, String status, List<String> headers,
      byte[] body) throws IOException {
    byte[] block = concat(head(status, headers), body);
    return write(new WarcResponse.Builder(url).version(MessageVersion.WARC_1_1).date(date)
        .body(MediaType.HTTP_RESPONSE, block).payloadDigest(sha1(body)).build());
  }

  /** Writes a server-not-modified revisit of {@code url} fetched at {@code earlier}. */
  public long notModified(String url, Instant date, Instant earlier) throws IOException {
    return write(new WarcRevisit.Builder(url, WarcRevisit.SERVER_NOT_MODIFIED_1_1)
        .version(MessageVersion.WARC_1_1).date(date)
        .setHeader("WARC-Refers-To-Target-URI", url)
        .setHeader("WARC-Refers-To-Date", earlier.toString())
        .body(MediaType.HTTP_RESPONSE, head("304 Not Modified", List.of())).build());
  }

  /**
   * Writes an identical-payload-digest revisit of {@code url} with the payload digest of
   * {@code payload} when it is not null, and naming the earlier capture when
   * {@code refersToUrl} is not null.
   */
  public long identical(String url, Instant date, byte[] payload, String refersToUrl,
      Instant refersToDate) throws IOException {
    WarcRevisit.Builder revisit = new WarcRevisit.Builder(url,
        WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).version(MessageVersion.WARC_1_1).date(date)
        .body(MediaType.HTTP_RESPONSE, head("200 OK", List.of("Content-Type: text/plain")));
    if (payload != null) {
      revisit.payloadDigest(sha1(payload));
    }
    if (refersToUrl != null) {
      revisit.setHeader("WARC-Refers-To-Target-URI", refersToUrl)
          .setHeader("WARC-Refers-To-Date", refersToDate.toString());
    }
    return write(revisit.build());
  }

  /** Where the next record will start. */
  public long position() {
    return writer.position();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private long write(WarcRecord record) throws IOException {
    long at = writer.position();
    writer.write(record);
    return at;
  }

  /** Cuts {@code file} to its first {@code length} bytes, as a crawl killed mid-write leaves it. */
  public static void cut(Path file, long length) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(length);
    }
  }

  /** {@code body} in HTTP/1.1 chunks of at most {@code size} bytes. */
  public static byte[] chunked(byte[] body, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += size) {
      int n = Math.min(size, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(ISO_8859_1));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(ISO_8859_1));
    return out.toByteArray();
  }

  /** {@code body} gzip-compressed. */
  public static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] head(String status, List<String> headers) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
    headers.forEach(h -> head.append(h).append("\r\n"));
    return head.append("\r\n").toString().getBytes(ISO_8859_1);
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
      throw new IllegalStateException(e);
    }
  }

  // The sample: one crawl of an invented ministry's site, every kind of record a reader meets.

  public static final String SITE = "https://mfa.example.org";
  public static final String INTERVIEW = SITE + "/en/interviews/petrov-northern-courier";
  public static final String STATEMENT = SITE + "/en/briefings/lisovna-2017-03-05.txt";
  public static final String STATEMENT_PRINT = STATEMENT + "?print=1";
  public static final String BRIEFING = SITE + "/en/briefings/2017-03-06";
  public static final String RUSSIAN = SITE + "/ru/interviews/petrov-severny-kurier";
  public static final String LAST = SITE + "/en/statements/ferry";

  public static final Instant FIRST_FETCH = Instant.parse("2017-03-02T19:00:00Z");
  public static final Instant SECOND_FETCH = Instant.parse("2017-03-04T10:00:00Z");

  public static final String INTERVIEW_V1 = html("""
      <p>2 March 2017 18:49</p>
      <h1>Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017</h1>
      <p>Question: How did the harvest fair go this year?</p>
      <p>Ivan Petrov: The fair went well and the weather held for all three days.</p>
      """);
  public static final String INTERVIEW_V2 = html("""
      <p>2 March 2017 18:49</p>
      <h1>Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017</h1>
      <p>Question: How did the harvest fair go this year?</p>
      <p>Ivan Petrov: The fair went well, and the weather held for all four days.</p>
      <p>Question: Will it return next autumn?</p>
      <p>Ivan Petrov: It will, on the same meadow by the river.</p>
      """);
  public static final String STATEMENT_TEXT = """
      5 March 201712:00
      Foreign Ministry Spokesperson Anna Lisovna’s briefing, Newtown, March 5, 2017

      Question: When does the ferry across the river resume?

      Anna Lisovna: The ferry resumes on Monday, weather permitting.
      """;
  public static final String BRIEFING_HTML = html("""
      <p>6 March 2017 11:30</p>
      <h1>Foreign Ministry Spokesperson Anna Lisovna’s briefing, Newtown, March 6, 2017</h1>
      <p>Question: Has the ferry resumed?</p>
      <p>Anna Lisovna: It has, and the first crossing carried forty passengers.</p>
      """);
  /** Windows-1251, with no {@code <meta>}: only the HTTP header names the charset. */
  public static final String RUSSIAN_HTML = """
      <html><body>
      <p>2 марта 2017 18:49</p>
      <h1>Интервью Министра иностранных дел Ивана Петрова газете «Северный курьер», Новоград, 2 марта 2017 года</h1>
      <p>Вопрос: Как прошла ярмарка в этом году?</p>
      <p>Иван Петров: Ярмарка прошла хорошо, погода держалась все три дня.</p>
      </body></html>
      """;
  public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  static String html(String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Ministry</title></head>"
        + "<body>\n" + body + "</body></html>\n";
  }

  /** The sample's records by name, with their offsets, and the file's length before the cut. */
  public record Sample(Path file, Map<String, Long> offsets) {}

  /**
   * Writes the sample to {@code file} ({@code .warc.gz} or {@code .warc}): two fetches of one
   * interview, a text page, a 404, an image, a redirect, a server-not-modified revisit, revisits
   * of the text page by payload digest and by URI and date, a gzip-encoded page, a Windows-1251
   * page, and a last record cut in half.
   */
  public static Sample sample(Path file) throws IOException {
    Map<String, Long> at = new LinkedHashMap<>();
    try (TestWarc warc = create(file)) {
      warc.warcinfo();
      at.put("interview v1", warc.response(INTERVIEW, FIRST_FETCH, "200 OK",
          List.of("Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked"),
          chunked(INTERVIEW_V1.getBytes(UTF_8), 100)));
      warc.request(INTERVIEW, FIRST_FETCH);
      at.put("statement", warc.response(STATEMENT, FIRST_FETCH.plusSeconds(10), "200 OK",
          List.of("Content-Type: text/plain; charset=utf-8"), STATEMENT_TEXT.getBytes(UTF_8)));
      at.put("404", warc.response(SITE + "/en/missing", FIRST_FETCH.plusSeconds(20),
          "404 Not Found", List.of("Content-Type: text/html"), html("<p>No such page</p>")
              .getBytes(UTF_8)));
      at.put("png", warc.response(SITE + "/logo.png", FIRST_FETCH.plusSeconds(30), "200 OK",
          List.of("Content-Type: image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      at.put("redirect", warc.response(SITE + "/en/interviews/latest",
          FIRST_FETCH.plusSeconds(40), "301 Moved Permanently",
          List.of("Location: " + INTERVIEW, "Content-Type: text/html"), new byte[0]));
      at.put("not modified", warc.notModified(INTERVIEW, FIRST_FETCH.plusSeconds(3600),
          FIRST_FETCH));
      at.put("interview v2", warc.response(INTERVIEW, SECOND_FETCH, "200 OK",
          List.of("Content-Type: text/html; charset=utf-8"), INTERVIEW_V2.getBytes(UTF_8)));
      at.put("statement print", warc.identical(STATEMENT_PRINT, SECOND_FETCH.plusSeconds(10),
          STATEMENT_TEXT.getBytes(UTF_8), null, null));
      at.put("statement again", warc.identical(STATEMENT, SECOND_FETCH.plusSeconds(20), null,
          STATEMENT, FIRST_FETCH.plusSeconds(10)));
      at.put("briefing", warc.response(BRIEFING, SECOND_FETCH.plusSeconds(30), "200 OK",
          List.of("Content-Type: text/html", "Content-Encoding: gzip"),
          gzip(BRIEFING_HTML.getBytes(UTF_8))));
      at.put("russian", warc.response(RUSSIAN, SECOND_FETCH.plusSeconds(40), "200 OK",
          List.of("Content-Type: text/html; charset=windows-1251"),
          RUSSIAN_HTML.getBytes(WINDOWS_1251)));
      at.put("last", warc.response(LAST, SECOND_FETCH.plusSeconds(50), "200 OK",
          List.of("Content-Type: text/html; charset=utf-8"), html("<p>"
              + "The ferry timetable for the spring season follows. ".repeat(40) + "</p>")
              .getBytes(UTF_8)));
      at.put("end", warc.position());
    }
    long last = at.get("last");
    cut(file, last + (at.get("end") - last) / 2);
    return new Sample(file, at);
  }
}
