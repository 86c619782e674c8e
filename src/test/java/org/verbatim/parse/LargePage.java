package org.verbatim.parse;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * Builds a large page of repeated invented paragraphs and decodes it; run in a JVM of its own by
 * {@link LargePageDecodingTest} to hold decoding to a heap limit. Arguments: the paragraph kind
 * ({@code latin1}, {@code ascii}, {@code ascii-crlf} or {@code cyrillic}) and the page's size in MB. Prints the
 * decoded text's length and line count, and what they should be.
 */
final class LargePage {

  /** Mostly ASCII, with characters of the Latin-1 range only: a string of one byte a char. */
  static final String LATIN1 = "Question: Did the committee meet on Tuesday as planned, and what "
      + "did the café owners say about the bridge?\n\nIvan Petrov: It met on Wednesday. It decided "
      + "to build the bridge next year, after the river freezes. «We are pleased», he said.\n\n";

  /** Mostly ASCII, with curly quotes: a string of two bytes a char. */
  static final String ASCII = "Question: Did the committee meet on Tuesday as planned, and what "
      + "did it decide about the bridge?\n\nIvan Petrov: It met on Wednesday. It decided to build "
      + "the bridge next year, after the river freezes. “We are pleased,” he said.\n\n";

  static final String CYRILLIC = "Вопрос: Собрался ли комитет во вторник, как было задумано, и что "
      + "он решил насчёт моста?\n\nИван Петров: Он собрался в среду и решил построить мост в "
      + "следующем году, когда река замёрзнет. «Мы довольны», — сказал он.\n\n";

  private LargePage() {}

  public static void main(String[] args) throws Exception {
    String paragraph = switch (args[0]) {
      case "latin1" -> LATIN1;
      case "ascii" -> ASCII;
      case "ascii-crlf" -> ASCII.replace("\n", "\r\n");
      case "cyrillic" -> CYRILLIC;
      default -> throw new IllegalArgumentException("unknown kind: " + args[0]);
    };
    long size = Long.parseLong(args[1]) * 1024 * 1024;
    byte[] unit = paragraph.getBytes(UTF_8);
    int copies = (int) (size / unit.length);
    byte[] page = new byte[copies * unit.length];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(unit, 0, page, i * unit.length, unit.length);
    }
    String expected = paragraph.replace("\r\n", "\n");

    String text = TextDecoder.decode(page, "large.txt");

    long lines = text.chars().filter(c -> c == '\n').count();
    boolean startsRight = text.startsWith(expected + expected);
    boolean endsRight = text.endsWith(expected + expected);
    Arrays.fill(page, (byte) 0); // keeps the page alive to here, as Parser keeps it for its hash
    System.out.println("length " + text.length() + " of " + (long) expected.length() * copies
        + ", lines " + lines + " of " + expected.chars().filter(c -> c == '\n').count() * copies
        + ", ends " + (startsRight && endsRight));
  }
}
