package org.verbatim.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.diff.Piece.Op;

/**
 * The word diff of two texts (Myers' algorithm over {@link Tokens}, by java-diff-utils), as
 * pieces: adjacent pieces of one kind are joined, and the deleted run of a change comes before
 * its inserted run.
 */
final class WordDiff {

  private WordDiff() {}

  static List<Piece> of(String before, String after) {
    if (before.equals(after)) {
      return before.isEmpty() ? List.of() : List.of(new Piece(Op.SAME, before));
    }
    List<String> a = Tokens.of(before);
    List<String> b = Tokens.of(after);
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int position = delta.getSource().getPosition();
      add(out, Op.SAME, a.subList(at, position));
      add(out, Op.DELETED, delta.getSource().getLines());
      add(out, Op.INSERTED, delta.getTarget().getLines());
      at = position + delta.getSource().size();
    }
    add(out, Op.SAME, a.subList(at, a.size()));
    return out;
  }

  /** Appends {@code tokens} as a piece of {@code op}, joined to the last piece when of the same op. */
  static void add(List<Piece> out, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Piece last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Piece(op, text));
  }
}
