package org.verbatim.generate;

import java.util.List;
import java.util.Objects;
import org.verbatim.input.RawPage;
import org.verbatim.model.Turn;

/**
 * Two versions of one synthetic publication, the later made from the earlier by known edits,
 * with the truth of what changed. Turn numbers count from 1, as the archive numbers turns.
 *
 * @param name    a name for messages ({@code revision 7 (split)})
 * @param edit    the case this revision was drawn to show
 * @param before  the earlier page, as a file of the same name as {@code after}'s
 * @param after   the later page
 * @param turnsBefore the earlier page's turns, as the parser must read them
 * @param turnsAfter  the later page's turns, as the parser must read them
 * @param changes every turn that changed, in the later version's order (removed turns where
 *                they stood): the truth a diff must find, no more and no less
 * @param words   the words edited in the turns {@code changes} says are {@link Change.Kind#EDITED}
 */
public record Revision(String name, Edit edit, RawPage before, RawPage after,
    List<Turn> turnsBefore, List<Turn> turnsAfter, List<Change> changes, List<WordEdit> words) {

  /** What a revision was drawn to show. */
  public enum Edit {
    /** A word replaced, deleted or inserted in one to three turns. */
    WORDS,
    /** A turn inserted. */
    INSERTED,
    /** A turn removed. */
    REMOVED,
    /** An answer cut in two turns at a paragraph. */
    SPLIT,
    /** All of the above in one version, at turns apart from each other. */
    ALL
  }

  /**
   * A turn that changed.
   *
   * @param kind   how
   * @param before its number in the earlier version; none when inserted
   * @param after  its numbers in the later version (two when split); none when removed
   */
  public record Change(Kind kind, List<Integer> before, List<Integer> after) {

    /** How a turn changed. */
    public enum Kind { EDITED, INSERTED, REMOVED, SPLIT }

    public Change {
      Objects.requireNonNull(kind, "kind");
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * One word edited in a turn.
   *
   * @param after    the turn's number in the later version
   * @param deleted  the word taken out, or null when one was only inserted
   * @param inserted the word put in, or null when one was only deleted
   */
  public record WordEdit(int after, String deleted, String inserted) {}

  public Revision {
    Objects.requireNonNull(edit, "edit");
    turnsBefore = List.copyOf(turnsBefore);
    turnsAfter = List.copyOf(turnsAfter);
    changes = List.copyOf(changes);
    words = List.copyOf(words);
  }
}
