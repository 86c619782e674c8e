package org.verbatim.web;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.diff.Piece;
import org.verbatim.diff.TurnChange;
import org.verbatim.diff.VersionDiff;
import org.verbatim.store.StoredPublication;

/**
 * The page of what changed between two versions of a publication ({@code /p/ID/changes}): each
 * changed turn with its words deleted and inserted, runs of unchanged turns folded.
 *
 * @param id       the publication
 * @param title    its latest title
 * @param diff     the diff shown
 * @param latest   its latest version's number
 * @param blocks   the turns in reading order: changes, and runs of unchanged turns
 */
record ChangesView(String id, String title, VersionDiff diff, int latest, List<Block> blocks) {

  /**
   * A changed turn, or a run of unchanged ones.
   *
   * @param heading what it is ({@code turn 3 (edited)}, {@code turns 4–9 unchanged})
   * @param href    where to read it: the later version at the turn, or the earlier one for a
   *                removed turn
   * @param pieces  the text, deleted and inserted runs marked
   * @param folded  whether it is a run of unchanged turns, shown folded
   */
  record Block(String heading, String href, List<Piece> pieces, boolean folded) {}

  static ChangesView of(StoredPublication latest, VersionDiff diff) {
    String page = "/p/" + Link.segment(latest.id());
    List<Block> blocks = new ArrayList<>();
    List<TurnChange> same = new ArrayList<>();
    for (TurnChange c : diff.turns()) {
      if (!c.changed()) {
        same.add(c);
        continue;
      }
      fold(blocks, same, diff, page, latest.version());
      boolean removed = c.after().isEmpty();
      int version = removed ? diff.from() : diff.to();
      int turn = removed ? c.before().get(0) : c.after().get(0);
      blocks.add(new Block(capital(c.heading(diff.from())),
          at(page, version, latest.version(), turn), c.pieces(), false));
    }
    fold(blocks, same, diff, page, latest.version());
    String title = latest.publication().title() == null ? "Untitled publication " + latest.id()
        : latest.publication().title();
    return new ChangesView(latest.id(), title, diff, latest.version(), blocks);
  }

  /** The unchanged turns gathered so far, as one folded block. */
  private static void fold(List<Block> blocks, List<TurnChange> same, VersionDiff diff,
      String page, int latest) {
    if (same.isEmpty()) {
      return;
    }
    int first = same.get(0).after().get(0);
    int last = same.getLast().after().get(0);
    int was = same.get(0).before().get(0);
    boolean shifted = same.stream()
        .allMatch(c -> c.after().get(0) - c.before().get(0) == first - was);
    String heading = (first == last ? "Turn " + first : "Turns " + first + "–" + last)
        + " unchanged" + (first == was ? ""
            : !shifted ? ", moved"
            : first == last ? ", was " + was
            : ", were " + was + "–" + same.getLast().before().get(0));
    List<Piece> pieces = new ArrayList<>();
    for (TurnChange c : same) {
      if (!pieces.isEmpty()) {
        pieces.add(new Piece(Piece.Op.SAME, "\n\n"));
      }
      pieces.addAll(c.pieces());
    }
    blocks.add(new Block(heading, at(page, diff.to(), latest, first), pieces, true));
    same.clear();
  }

  private static String at(String page, int version, int latest, int turn) {
    return page + (version == latest ? "" : "?v=" + version) + "#t" + turn;
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The versions to choose from, 1 to the latest. */
  List<Integer> versions() {
    List<Integer> out = new ArrayList<>(latest);
    for (int v = 1; v <= latest; v++) {
      out.add(v);
    }
    return out;
  }
}
