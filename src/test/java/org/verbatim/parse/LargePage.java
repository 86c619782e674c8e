package org.verbatim.parse;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * Builds a large page of repeated invented paragraphs and decodes or parses it; run in a JVM of
 * its own by {@link LargePageHeapTest} to hold the page to a heap limit. Arguments: what to do
 * ({@code lines}: {@link TextDecoder#lines}; {@code parse}: the whole {@link Parser}), the
 * paragraph kind ({@code latin1}, {@code ascii}, {@code ascii-crlf} or {@code cyrillic}) and the
 * page's size in MB. Prints what it found and what it should have found.
 */
final class LargePage {

  /** Mostly ASCII, with characters of the Latin-1 range only: lines of one byte a char. */
  static final String LATIN1 = "Question: Did the committee meet on Tuesday as planned, and what "
      + "did the café owners say about the bridge?\n\nIvan Petrov: It met on Wednesday. It decided "
      + "to build the bridge next year, after the river freezes. «We are pleased», he said.\n\n";

  /** Mostly ASCII, with curly quotes: every second line is of two bytes a char. */
  static final String ASCII = "Question: Did the committee meet on Tuesday as planned, and what "
      + "did it decide about the bridge?\n\nIvan Petrov: It met on Wednesday. It decided to build "
      + "the bridge next year, after the river freezes. “We are pleased,” he said.\n\n";

  static final String CYRILLIC = "Вопрос: Собрался ли комитет во вторник, как было задумано, и что "
      + "он решил насчёт моста?\n\nИван Петров: Он собрался в среду и решил построить мост в "
      + "следующем году, когда река замёрзнет. «Мы довольны», — сказал он.\n\n";

  private static final String HEAD = "3 May 202114:05\n\nForeign Minister Ivan Petrov’s interview "
      + "with Harbour TV, Oslo, May 3, 2021\n\n";

  private static final String RUSSIAN_HEAD = "3 мая 202114:05\n\nИнтервью Министра иностранных дел "
      + "И.П.Петрова телекомпании «Гавань», Москва, 3 мая 2021 года\n\n";

  private LargePage() {}

  public static void main(String[] args) throws Exception {
    String kind = args[1];
    String paragraph = switch (kind) {
      case "latin1" -> LATIN1;
      case "ascii" -> ASCII;
      case "ascii-crlf" -> ASCII.replace("\n", "\r\n");
      case "cyrillic" -> CYRILLIC;
      default -> throw new IllegalArgumentException("unknown kind: " + kind);
    };
    String head = kind.equals("cyrillic") ? RUSSIAN_HEAD : HEAD;
    long size = Long.parseLong(args[2]) * 1024 * 1024;
    int copies = (int) ((size - head.length()) / paragraph.getBytes(UTF_8).length);
    switch (args[0]) {
      case "lines" -> lines(paragraph.replace("\r\n", "\n"), page("", paragraph, copies), copies);
      case "parse" -> parse(paragraph.replace("\r\n", "\n"), copies,
          new RawPage(page(head, paragraph, copies), "large.txt", null, RawPage.Format.TEXT));
      default -> throw new IllegalArgumentException("unknown action: " + args[0]);
    }
  }

  /** The page's bytes: the head, then the paragraph {@code copies} times. */
  private static byte[] page(String head, String paragraph, int copies) {
    byte[] top = head.getBytes(UTF_8);
    byte[] unit = paragraph.getBytes(UTF_8);
    byte[] page = new byte[top.length + copies * unit.length];
    System.arraycopy(top, 0, page, 0, top.length);
    for (int i = 0; i < copies; i++) {
      System.arraycopy(unit, 0, page, top.length + i * unit.length, unit.length);
    }
    return page;
  }

  /** Decodes the page into lines; the bytes stay alive throughout, as a caller may keep them. */
  private static void lines(String paragraph, byte[] page, int copies) throws ParseException {
    List<String> lines = TextDecoder.lines(page, "large.txt");
    List<String> unit = Lines.cut(paragraph);
    unit = unit.subList(0, unit.size() - 1);
    boolean startsRight = lines.subList(0, unit.size()).equals(unit);
    int last = lines.size() - 1; // the empty line after the final line break
    boolean endsRight = lines.subList(last - unit.size(), last).equals(unit);
    long chars = lines.stream().mapToLong(String::length).sum() + lines.size() - 1;
    page[0] = 0;
    System.out.println("length " + chars + " of " + (long) paragraph.length() * copies
        + ", lines " + last + " of " + (long) unit.size() * copies
        + ", ends " + (startsRight && endsRight));
  }

  /** Parses the page; only the parser holds its bytes, as in {@code verbatim parse}. */
  private static void parse(String paragraph, int copies, RawPage page) throws ParseException {
    Publication publication = new Parser().parse(page);
    List<Turn> turns = publication.turns();
    List<String> unit = Lines.cut(paragraph);
    String answer = unit.get(2).substring(unit.get(2).indexOf(": ") + 2);
    boolean endsRight = turns.get(turns.size() - 1).paragraphs().equals(List.of(answer));
    System.out.println("turns " + turns.size() + " of " + 2L * copies + ", warnings "
        + publication.warnings().size() + ", ends " + endsRight);
  }
}
