package org.verbatim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.verbatim.align.TurnAlignment;
import org.verbatim.model.Publication;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;
import org.verbatim.store.StoredPublication;

/**
 * The side-by-side page of a publication and its version in another language
 * ({@code /p/ID/compare/ru}): one row per link of their turn alignment.
 *
 * @param left     the publication asked for
 * @param right    its version
 * @param rows     the links in reading order
 * @param doubtful how many rows are marked uncertain
 */
record CompareView(Side left, Side right, List<Row> rows, long doubtful) {

  /** One version: id, language, title, and its page. */
  record Side(String id, String language, String title, String href) {
    static Side of(StoredPublication stored) {
      Publication p = stored.publication();
      return new Side(stored.id(), p.language(),
          p.title() == null ? "Untitled publication " + stored.id() : p.title(),
          "/p/" + Link.segment(stored.id()));
    }
  }

  /**
   * A turn in its cell.
   *
   * @param number     its number from 1
   * @param who        its label or speaker, or null
   * @param paragraphs its text
   * @param href       its permalink, {@code /p/ID#t12}
   */
  record Cell(int number, String who, List<String> paragraphs, String href) {}

  /**
   * One link: the turns of each side (none when a side lacks them) and the section headings
   * those turns open, or null.
   */
  record Row(String leftHeading, String rightHeading, List<Cell> left, List<Cell> right,
      double confidence) {

    boolean doubtful() {
      return confidence < TurnAlignment.LOW_CONFIDENCE;
    }

    boolean opensSection() {
      return leftHeading != null || rightHeading != null;
    }

    String confidenceText() {
      return String.format(Locale.ROOT, "%.2f", confidence);
    }
  }

  static CompareView of(VersionPair pair) {
    List<Row> rows = new ArrayList<>();
    for (org.verbatim.align.Link link : pair.alignment().turns()) {
      rows.add(new Row(heading(pair.left(), link.left()), heading(pair.right(), link.right()),
          cells(pair.left(), link.left()), cells(pair.right(), link.right()),
          link.confidence()));
    }
    return new CompareView(Side.of(pair.left()), Side.of(pair.right()), rows,
        rows.stream().filter(Row::doubtful).count());
  }

  String title() {
    return left.title() + " — " + left.language() + " and " + right.language();
  }

  private static List<Cell> cells(StoredPublication stored, List<Integer> numbers) {
    List<Cell> out = new ArrayList<>();
    for (int n : numbers) {
      Turn turn = stored.publication().turns().get(n - 1);
      out.add(new Cell(n, turn.label() != null ? turn.label() : turn.speaker(), turn.paragraphs(),
          "/p/" + Link.segment(stored.id()) + "#t" + n));
    }
    return out;
  }

  /** The heading of the section the first of {@code numbers} opens, else null. */
  private static String heading(StoredPublication stored, List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return null;
    }
    List<Turn> turns = stored.publication().turns();
    int first = numbers.get(0);
    Integer section = turns.get(first - 1).section();
    if (section == null || first > 1 && Objects.equals(turns.get(first - 2).section(), section)) {
      return null;
    }
    return stored.publication().sections().stream().filter(s -> s.number() == section)
        .map(Section::heading).findFirst().orElse(null);
  }
}
