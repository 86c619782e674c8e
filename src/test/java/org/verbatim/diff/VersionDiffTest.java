package org.verbatim.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.diff.Piece.Op;
import org.verbatim.diff.TurnChange.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

class VersionDiffTest {

  private static final Turn Q1 = turn("Question", Role.QUESTION,
      "How were the talks on the river ferries?");
  private static final Turn A1 = turn("Ivan Lodygin", Role.ANSWER,
      "Calm and practical. We agreed that 3 ferries will cross the Selva from June.");
  private static final Turn Q2 = turn("Question", Role.QUESTION,
      "Who will pay for the new piers on both banks of the river?");
  private static final Turn A2 = turn("Ivan Lodygin", Role.ANSWER,
      "The piers are shared. Each side pays for its own bank, and the bridge fund covers the "
          + "two floating docks in the middle.",
      "I should add that the fund was set up in 2019 and has never been short of money.");
  private static final Turn Q3 = turn("Question", Role.QUESTION, "Thank you.");

  @Test
  void a_word_replaced_is_one_deletion_and_one_insertion_and_the_rest_is_kept() {
    Turn edited = turn("Ivan Lodygin", Role.ANSWER,
        "Calm and practical. We agreed that 4 ferries will cross the Selva from July.");
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1, Q3), 2, of(Q1, edited, Q3));

    assertThat(diff.changed()).containsExactly(new TurnChange(Kind.EDITED, List.of(2), List.of(2),
        List.of(new Piece(Op.SAME, "Ivan Lodygin: Calm and practical. We agreed that "),
            new Piece(Op.DELETED, "3"), new Piece(Op.INSERTED, "4"),
            new Piece(Op.SAME, " ferries will cross the Selva from "),
            new Piece(Op.DELETED, "June"), new Piece(Op.INSERTED, "July"),
            new Piece(Op.SAME, "."))));
    assertThat(diff.summary()).isEqualTo("edited 2");
    assertThat(diff.moved(3).after()).containsExactly(3);
  }

  @Test
  void an_inserted_turn_moves_the_turns_after_it_and_keeps_their_identity() {
    Turn added = turn("Question", Role.QUESTION, "And the ferries at night, will they run?");
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1, Q2, A2, Q3), 2,
        of(Q1, A1, added, Q2, A2, Q3));

    assertThat(kinds(diff)).containsExactly("same 1→1", "same 2→2", "inserted →3", "same 3→4",
        "same 4→5", "same 5→6");
    assertThat(diff.changed().get(0).pieces()).containsExactly(
        new Piece(Op.INSERTED, "Question: And the ferries at night, will they run?"));
    assertThat(diff.moved(4).after()).containsExactly(5);
    assertThat(diff.summary()).isEqualTo("inserted 3");
  }

  @Test
  void a_removed_turn_leads_nowhere_and_the_next_turns_move_up() {
    VersionDiff diff = VersionDiff.between(2, of(Q1, A1, Q2, A2, Q3), 3, of(Q1, A1, Q2, Q3));

    assertThat(kinds(diff)).containsExactly("same 1→1", "same 2→2", "same 3→3", "removed 4→",
        "same 5→4");
    assertThat(diff.moved(4).after()).isEmpty();
    assertThat(diff.moved(5).after()).containsExactly(4);
    assertThat(diff.summary()).isEqualTo("removed 4");
  }

  @Test
  void a_turn_cut_in_two_is_a_split_and_two_joined_are_a_merge() {
    Turn first = turn("Ivan Lodygin", Role.ANSWER, A2.paragraphs().get(0));
    Turn second = turn("Ivan Lodygin", Role.ANSWER, A2.paragraphs().get(1));
    Publication whole = of(Q1, A1, Q2, A2, Q3);
    Publication cut = of(Q1, A1, Q2, first, second, Q3);

    VersionDiff split = VersionDiff.between(1, whole, 2, cut);
    assertThat(kinds(split)).contains("split 4→4,5", "same 5→6");
    assertThat(split.changed().get(0).pieces()).containsExactly(
        new Piece(Op.SAME, "Ivan Lodygin: " + A2.paragraphs().get(0) + "\n\n"),
        new Piece(Op.INSERTED, "Ivan Lodygin: "),
        new Piece(Op.SAME, A2.paragraphs().get(1)));
    assertThat(split.summary()).isEqualTo("split 4 into 4–5");

    VersionDiff merged = VersionDiff.between(2, cut, 3, whole);
    assertThat(kinds(merged)).contains("merged 4,5→4", "same 6→5");
    assertThat(merged.summary()).isEqualTo("merged 4–5 into 4");
  }

  @Test
  void a_turn_rewritten_beyond_half_its_words_is_removed_and_another_inserted() {
    Turn rewritten = turn("Ivan Lodygin", Role.ANSWER,
        "No comment today; ask the transport ministry about the timetable instead.");
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1, Q3), 2, of(Q1, rewritten, Q3));

    assertThat(kinds(diff)).containsExactly("same 1→1", "removed 2→", "inserted →2", "same 3→3");
    assertThat(diff.moved(2).after()).isEmpty();
  }

  @Test
  void a_changed_label_is_an_edit_of_the_turn() {
    Turn relabelled = new Turn(null, "Arkady Veshnin", "Arkady Veshnin", Role.ANSWER,
        A1.paragraphs(), List.of(), List.of());
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1), 2, of(Q1, relabelled));

    assertThat(diff.changed()).hasSize(1);
    assertThat(diff.changed().get(0).pieces().subList(0, 6)).containsExactly(
        new Piece(Op.DELETED, "Ivan"), new Piece(Op.INSERTED, "Arkady"), new Piece(Op.SAME, " "),
        new Piece(Op.DELETED, "Lodygin"), new Piece(Op.INSERTED, "Veshnin"),
        new Piece(Op.SAME, ": " + A1.paragraphs().get(0)));
  }

  @Test
  void the_same_text_has_no_change_and_the_same_version_neither() {
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1, Q2), 1, of(Q1, A1, Q2));

    assertThat(diff.textChanged()).isFalse();
    assertThat(diff.summary()).isEqualTo("no turn changed");
    assertThat(diff.turns()).allSatisfy(c -> assertThat(c.inPlace()).isTrue());
  }

  @Test
  void a_turn_that_the_earlier_version_lacks_is_refused_by_number() {
    VersionDiff diff = VersionDiff.between(1, of(Q1, A1), 2, of(Q1, A1));

    assertThatThrownBy(() -> diff.moved(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Version 1 has no turn 3: its turns are 1 to 2");
  }

  @Test
  void tokens_keep_words_with_apostrophes_and_hyphens_whole_and_give_the_text_back() {
    String text = "Zhmurin’s  well-known reply:\n\n«Нет», — сказал он; 2,500 rubles…";

    List<String> tokens = Tokens.of(text);

    assertThat(tokens).startsWith("Zhmurin’s", "  ", "well-known", " ", "reply", ":", "\n\n",
        "«", "Нет", "»", ",", " ", "—");
    assertThat(String.join("", tokens)).isEqualTo(text);
  }

  @Test
  void the_pieces_of_any_diff_give_back_both_texts_exactly() {
    String before = "We agreed that 3 ferries will cross the Selva — from June, not May.\n\nYes.";
    String after = "We agreed, at last, that 3 ferries will cross the river Selva from June.";

    List<Piece> pieces = WordDiff.of(before, after);

    assertThat(side(pieces, Op.DELETED)).isEqualTo(before);
    assertThat(side(pieces, Op.INSERTED)).isEqualTo(after);
    for (int k = 1; k < pieces.size(); k++) {
      assertThat(pieces.get(k).op()).isNotEqualTo(pieces.get(k - 1).op());
    }
  }

  /** The text of {@code pieces} kept in both, plus those of {@code kept}. */
  static String side(List<Piece> pieces, Op kept) {
    StringBuilder out = new StringBuilder();
    for (Piece p : pieces) {
      if (p.op() == Op.SAME || p.op() == kept) {
        out.append(p.text());
      }
    }
    return out.toString();
  }

  /** {@code edited 2→2}, {@code inserted →3}, {@code split 4→4,5}. */
  static List<String> kinds(VersionDiff diff) {
    List<String> out = new ArrayList<>();
    for (TurnChange c : diff.turns()) {
      out.add(c.kind().code() + " " + join(c.before()) + "→" + join(c.after()));
    }
    return out;
  }

  private static String join(List<Integer> numbers) {
    return String.join(",", numbers.stream().map(String::valueOf).toList());
  }

  static Turn turn(String label, Role role, String... paragraphs) {
    return new Turn(null, label, label, role, List.of(paragraphs), List.of(), List.of());
  }

  static Publication of(Turn... turns) {
    return new Publication("An interview", org.verbatim.model.Kind.INTERVIEW, null, null, null,
        "en", List.of(), List.of(), List.of(), List.of(), List.of(turns), List.of(), null);
  }
}
