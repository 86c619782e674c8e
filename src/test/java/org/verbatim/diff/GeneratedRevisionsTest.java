package org.verbatim.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verbatim.diff.Piece.Op;
import org.verbatim.generate.Revision;
import org.verbatim.generate.Revisions;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;

/**
 * The diff of two versions of generated pages, read by the parser, finds exactly the edits the
 * generator made: the words changed, the turn inserted, the turn removed, the turn split.
 */
class GeneratedRevisionsTest {

  private static final int COUNT = 300;
  private final Parser parser = new Parser();

  @Test
  void the_diff_of_each_generated_revision_is_exactly_its_truth() throws ParseException {
    Set<Revision.Edit> seen = EnumSet.noneOf(Revision.Edit.class);
    int words = 0;
    for (Revision r : new Revisions().revisions(15, COUNT).toList()) {
      seen.add(r.edit());
      Publication before = parser.parse(r.before());
      Publication after = parser.parse(r.after());
      assertThat(text(before.turns())).as(r.name()).isEqualTo(text(r.turnsBefore()));
      assertThat(text(after.turns())).as(r.name()).isEqualTo(text(r.turnsAfter()));

      VersionDiff diff = VersionDiff.between(1, before, 2, after);

      List<String> found = diff.changed().stream()
          .map(c -> c.kind().code() + " " + c.before() + "→" + c.after()).toList();
      List<String> truth = r.changes().stream()
          .map(c -> c.kind().name().toLowerCase(Locale.ROOT) + " " + c.before() + "→" + c.after())
          .toList();
      assertThat(found).as(r.name()).isEqualTo(truth);
      for (Revision.WordEdit edit : r.words()) {
        TurnChange change = diff.at(edit.after()).orElseThrow();
        assertThat(words(change, Op.DELETED)).as(r.name() + ", turn " + edit.after())
            .isEqualTo(edit.deleted() == null ? "" : edit.deleted());
        assertThat(words(change, Op.INSERTED)).as(r.name() + ", turn " + edit.after())
            .isEqualTo(edit.inserted() == null ? "" : edit.inserted());
        words++;
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(Revision.Edit.values());
    assertThat(words).isGreaterThan(COUNT / 5);
  }

  @Test
  void long_versions_with_edits_far_apart_are_diffed_as_exactly() throws ParseException {
    List<Revision> revisions = new Revisions().revisions(16, 200).toList();
    for (int first = 0; first + 4 <= revisions.size(); first += 4) {
      List<Turn> before = new ArrayList<>();
      List<Turn> after = new ArrayList<>();
      List<String> truth = new ArrayList<>();
      for (Revision r : revisions.subList(first, first + 4)) {
        int b = before.size();
        int a = after.size();
        for (Revision.Change c : r.changes()) {
          truth.add(c.kind().name().toLowerCase(Locale.ROOT) + " "
              + c.before().stream().map(n -> n + b).toList() + "→"
              + c.after().stream().map(n -> n + a).toList());
        }
        before.addAll(parser.parse(r.before()).turns());
        after.addAll(parser.parse(r.after()).turns());
      }

      VersionDiff diff = VersionDiff.between(1, publication(before), 2, publication(after));

      assertThat(diff.changed().stream()
          .map(c -> c.kind().code() + " " + c.before() + "→" + c.after()).toList())
          .as("revisions %d to %d together", first, first + 3).isEqualTo(truth);
    }
  }

  private static Publication publication(List<Turn> turns) {
    return new Publication("Interviews", org.verbatim.model.Kind.INTERVIEW, null, null, null,
        "en", List.of(), List.of(), List.of(), List.of(), turns, List.of(), null);
  }

  @Test
  void a_seed_and_an_index_always_give_the_same_revision() {
    Revisions revisions = new Revisions();
    Revision once = revisions.revision(3, 9);
    Revision again = revisions.revision(3, 9);

    assertThat(again.after().bytes()).isEqualTo(once.after().bytes());
    assertThat(again.changes()).isEqualTo(once.changes());
    assertThat(revisions.revision(3, 10).before().bytes()).isNotEqualTo(once.before().bytes());
  }

  /** The text of the pieces of {@code op}, without the spaces around a word deleted or added. */
  private static String words(TurnChange change, Op op) {
    return change.pieces().stream().filter(p -> p.op() == op).map(Piece::text)
        .collect(Collectors.joining()).strip();
  }

  private static List<String> text(List<Turn> turns) {
    List<String> out = new ArrayList<>();
    for (Turn t : turns) {
      out.add(t.label() + " / " + t.role() + ": " + String.join(" ¶ ", t.paragraphs()));
    }
    return out;
  }
}
