package org.verbatim.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into its lines, as the page's author wrote them:
 *
 * <pre>{@code
 * TextDecoder.lines("Вопрос: Как дела?\r\nОтвет\r\n".getBytes("KOI8-R"), "a.txt");
 * // ["Вопрос: Как дела?", "Ответ", ""]
 * }</pre>
 *
 * <ul>
 *   <li>the charset: a byte order mark (UTF-8, UTF-16, UTF-32) decides; otherwise UTF-8 when the
 *       bytes are valid UTF-8; otherwise, for HTML, the charset its {@code <meta>} declares when
 *       that reads every byte; otherwise Windows-1251, KOI8-R or Windows-1252 as
 *       {@link LegacyCharsets} scores them. Every charset is decoded strictly: a charset that has
 *       no character for some byte is not used, so no replacement character is ever introduced;
 *   <li>line ends: CRLF, LF and a lone CR end a line; the lines are what stands between them, so
 *       a text ending in a line break ends in an empty line;
 *   <li>Unicode NFC ({@link Nfc}: checked first, and normalised only when needed), line by line:
 *       a line break neither composes nor decomposes, so this is the NFC of the whole text;
 *       quotes, dashes and no-break spaces are left as printed.
 * </ul>
 *
 * <p>An empty page (no bytes, or only a byte order mark and white space) and a binary file (see
 * {@link Binary}) are {@link ParseException}s.
 *
 * <p>Memory: in UTF-8 and the single-byte charsets, bytes 0x0A and 0x0D are always LF and CR, so
 * the bytes are cut into lines first and each line is decoded on its own by the JDK's fast
 * {@code String} constructor. The text is never held as one string: a 100 MB page costs its bytes
 * plus its lines, each line a string of one byte a char unless it holds a character beyond
 * Latin-1 (a curly quote makes only its own line two bytes a char). UTF-16 and UTF-32 pages, and
 * HTML pages in a charset they declare, are decoded as one string and then cut. Stateless and
 * thread-safe.
 */
final class TextDecoder {

  private static final int CHUNK = 64 * 1024;

  /** How far into an HTML page a {@code <meta>} charset is looked for. */
  private static final int META_PRESCAN = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9][a-z0-9_.:+-]*)", Pattern.CASE_INSENSITIVE);

  private record Bom(byte[] bytes, Charset charset) {
    boolean startsOf(byte[] page) {
      return page.length >= bytes.length
          && Arrays.equals(page, 0, bytes.length, bytes, 0, bytes.length);
    }
  }

  /** Longest first: the UTF-32 LE mark begins with the UTF-16 LE one. */
  private static final List<Bom> BOMS = List.of(
      new Bom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
      new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
      new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
      new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
      new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

  private TextDecoder() {}

  /** The lines of a plain-text page. */
  static List<String> lines(byte[] bytes, String page) throws ParseException {
    return lines(bytes, page, List.of());
  }

  /**
   * The lines of a plain-text page whose transport (an HTTP or WARC {@code Content-Type})
   * declared {@code charset}, which is used when the bytes are not UTF-8 and it reads every
   * byte; null when none was declared.
   */
  static List<String> lines(byte[] bytes, String page, Charset charset) throws ParseException {
    return lines(bytes, page, charset == null ? List.of() : List.of(charset));
  }

  /** The text of a plain-text page as one string, its lines joined by {@code \n}. */
  static String decode(byte[] bytes, String page) throws ParseException {
    return String.join("\n", lines(bytes, page, List.of()));
  }

  /**
   * The text of an HTML page, which may declare its charset in a {@code <meta>} element, as one
   * string, its lines joined by {@code \n}.
   */
  static String decodeHtml(byte[] bytes, String page) throws ParseException {
    return decodeHtml(bytes, page, null);
  }

  /**
   * {@link #decodeHtml(byte[], String)} for a page whose transport declared {@code charset}
   * (null when it did not): tried before the {@code <meta>} charset, as browsers do.
   */
  static String decodeHtml(byte[] bytes, String page, Charset charset) throws ParseException {
    List<Charset> declared = new ArrayList<>(2);
    if (charset != null) {
      declared.add(charset);
    }
    metaCharset(bytes).filter(meta -> !meta.equals(charset)).ifPresent(declared::add);
    return String.join("\n", lines(bytes, page, declared));
  }

  /**
   * The charset {@link #lines} reads {@code bytes} with, by the same steps (a byte order mark,
   * valid UTF-8, a declared charset that reads every byte, the best legacy one), for bytes that
   * may be only the start of a page: they are judged up to their last line break. Windows-1252
   * when none reads them.
   */
  static Charset charsetOf(byte[] bytes, List<Charset> declared) {
    Optional<Bom> bom = BOMS.stream().filter(b -> b.startsOf(bytes)).findFirst();
    if (bom.isPresent()) {
      return bom.get().charset();
    }
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    byte[] lines = end == 0 ? bytes : Arrays.copyOf(bytes, end);
    if (strictLines(lines, 0, StandardCharsets.UTF_8) != null) {
      return StandardCharsets.UTF_8;
    }
    for (Charset charset : declared) {
      if (strictLines(lines, 0, charset) != null) {
        return charset;
      }
    }
    for (Charset charset : LegacyCharsets.ranked(lines, 0)) {
      if (strictLines(lines, 0, charset) != null) {
        return charset;
      }
    }
    return Charset.forName("windows-1252");
  }

  private static List<String> lines(byte[] bytes, String page, List<Charset> declared)
      throws ParseException {
    if (bytes.length == 0) {
      throw new ParseException(page, "empty file");
    }
    Optional<Bom> bom = BOMS.stream().filter(b -> b.startsOf(bytes)).findFirst();
    List<String> lines;
    if (bom.isPresent()) {
      int from = bom.get().bytes().length;
      Charset charset = bom.get().charset();
      // A prefix of four bytes a character holds every character Binary samples.
      Optional<String> binary = Binary.reason(new String(bytes, from,
          Math.min(bytes.length - from, 4 * Binary.SAMPLE), charset));
      lines = charset.equals(StandardCharsets.UTF_8)
          ? strictLines(bytes, from, charset)
          : cut(strict(bytes, from, charset));
      if (lines == null) {
        throw new ParseException(page, "not valid " + charset.name()
            + " although it starts with a " + charset.name() + " byte order mark");
      }
      if (binary.isPresent()) {
        throw new ParseException(page, binary.get());
      }
    } else {
      Optional<String> binary = Binary.reason(bytes);
      if (binary.isPresent()) {
        throw new ParseException(page, binary.get());
      }
      // A page in a legacy charset fails as UTF-8 at its first line with a non-ASCII letter,
      // usually near the top: only the lines above it were decoded in vain.
      lines = strictLines(bytes, 0, StandardCharsets.UTF_8);
      for (int i = 0; lines == null && i < declared.size(); i++) {
        if (!declared.get(i).equals(StandardCharsets.UTF_8)) {
          lines = cut(strict(bytes, 0, declared.get(i)));
        }
      }
      if (lines == null) {
        lines = legacy(bytes, page);
      }
    }
    if (isBlank(lines)) {
      throw new ParseException(page, "empty file");
    }
    return lines;
  }

  private static List<String> legacy(byte[] bytes, String page) throws ParseException {
    List<Charset> ranked = LegacyCharsets.ranked(bytes, 0);
    for (Charset charset : ranked) {
      List<String> lines = strictLines(bytes, 0, charset);
      if (lines != null) {
        return lines;
      }
    }
    throw new ParseException(page, "not valid UTF-8, and none of " + ranked
        + " has a character for every byte");
  }

  /**
   * Decodes {@code bytes[from..]} line by line, or returns null when some byte cannot be read
   * with this charset (the caller then tries another). Only for charsets in which the bytes 0x0A
   * and 0x0D are LF and CR wherever they stand and the ASCII bytes are ASCII: UTF-8 and the
   * single-byte ones.
   */
  private static List<String> strictLines(byte[] bytes, int from, Charset charset) {
    List<String> lines = new ArrayList<>(Math.max(16, (bytes.length - from) / 64));
    int start = from;
    int high = 0; // the bytes of the line so far ORed together: negative once one is not ASCII
    for (int i = from; ; i++) {
      if (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
        high |= bytes[i];
        continue;
      }
      // A line of ASCII bytes reads the same in each of these charsets, and is NFC as it is.
      String line = high >= 0
          ? new String(bytes, start, i - start, StandardCharsets.ISO_8859_1)
          : strictLine(bytes, start, i, charset);
      high = 0;
      if (line == null) {
        return null;
      }
      lines.add(line);
      if (i == bytes.length) {
        return lines;
      }
      if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
        i++;
      }
      start = i + 1;
    }
  }

  /** One line, {@code bytes[from..to)}, in NFC; null when some byte cannot be read. */
  private static String strictLine(byte[] bytes, int from, int to, Charset charset) {
    if (from == to) {
      return "";
    }
    String line = new String(bytes, from, to - from, charset);
    if (Nfc.isInert(line)) {
      return line; // NFC, and without a U+FFFD: the table of inert characters has none
    }
    if (line.indexOf('\uFFFD') >= 0 && !readsEveryByte(bytes, from, to, charset)) {
      return null;
    }
    return Nfc.of(line);
  }

  /** A text decoded whole, cut into its lines, each in NFC; null stays null. */
  private static List<String> cut(String text) {
    if (text == null) {
      return null;
    }
    List<String> lines = Lines.cut(text);
    lines.replaceAll(Nfc::of);
    return lines;
  }

  /**
   * Decodes {@code bytes[from..]}, or returns null when some byte cannot be read with this charset
   * (the caller then tries another). The JDK's {@code String} constructor decodes in one fast pass
   * and needs no buffer of ours, but puts U+FFFD for what it cannot read; only
   * a text with a U+FFFD is checked again, strictly, to tell a printed U+FFFD from a lost byte.
   */
  private static String strict(byte[] bytes, int from, Charset charset) {
    String text = new String(bytes, from, bytes.length - from, charset);
    if (text.indexOf('\uFFFD') >= 0 && !readsEveryByte(bytes, from, bytes.length, charset)) {
      return null;
    }
    return text;
  }

  private static boolean readsEveryByte(byte[] bytes, int from, int to, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer chunk = CharBuffer.allocate(Math.min(CHUNK, to - from + 16));
    for (boolean flushing = false; ; chunk.clear()) {
      CoderResult result = flushing ? decoder.flush(chunk) : decoder.decode(in, chunk, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        if (flushing) {
          return true;
        }
        flushing = true;
      }
    }
  }

  /** White space only, counting no-break spaces and stray byte order marks as white space. */
  private static boolean isBlank(List<String> lines) {
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        if (!Lines.isSpace(line.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The charset an HTML page declares in its first {@value #META_PRESCAN} bytes, as browsers read
   * it (ISO-8859-1 and US-ASCII mean Windows-1252); empty when none, when it names UTF-16 or
   * UTF-32, or when the JDK has no such charset.
   */
  static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find() || !Charset.isSupported(m.group(1))) {
      return Optional.empty();
    }
    Charset charset = Charset.forName(m.group(1));
    String name = charset.name().toUpperCase(Locale.ROOT);
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
      return Optional.of(Charset.forName("windows-1252"));
    }
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return Optional.empty(); // bytes that reached a <meta> as ASCII are not UTF-16 (WHATWG)
    }
    return Optional.of(charset);
  }
}
