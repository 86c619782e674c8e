package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.entity.EntityScore.Row;
import org.verbatim.entity.EntityScore.Spot;

class EntityScoreTest {

  private static Spot spot(int turn, String text) {
    return new Spot("p", turn, text);
  }

  @Test
  void counts_matches_as_multisets_of_turn_and_text() {
    EntityScore score = new EntityScore();
    // Gold: Vietnam twice in turn 1, once in turn 2; predicted: Vietnam three times in turn 1.
    score.add(EntityType.COUNTRY,
        List.of(spot(1, "Vietnam"), spot(1, "Vietnam"), spot(2, "Vietnam")),
        List.of(spot(1, "Vietnam"), spot(1, "Vietnam"), spot(1, "Vietnam")));

    assertThat(score.row(EntityType.COUNTRY)).isEqualTo(new Row(3, 3, 2));
    assertThat(score.misses()).containsExactly("country p t2 'Vietnam'");
    assertThat(score.falseHits()).containsExactly("country p t1 'Vietnam'");
  }

  @Test
  void gives_precision_recall_and_f1_from_the_counts() {
    EntityScore score = new EntityScore();
    // 4 gold, 5 predicted, 3 matched: P = 3/5, R = 3/4, F1 = 2PR/(P+R) = 0.9/1.35 = 2/3.
    score.add(EntityType.PERSON,
        List.of(spot(1, "Orlov"), spot(2, "Орлову"), spot(3, "Anna Orlova"), spot(4, "Belov")),
        List.of(spot(1, "Orlov"), spot(2, "Орлову"), spot(3, "Anna Orlova"), spot(4, "Bel"),
            spot(5, "Minister")));

    Row row = score.row(EntityType.PERSON);
    assertThat(row).isEqualTo(new Row(4, 5, 3));
    assertThat(row.precision()).isCloseTo(0.6, within(1e-9));
    assertThat(row.recall()).isCloseTo(0.75, within(1e-9));
    assertThat(row.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.under(0.9)).contains("person 0.667");
  }

  @Test
  void a_type_with_no_gold_scores_1_until_something_is_predicted_for_it() {
    EntityScore score = new EntityScore();
    score.add(EntityType.OUTLET, List.of(), List.of());
    assertThat(score.row(EntityType.OUTLET).f1()).isEqualTo(1.0);
    assertThat(score.row(EntityType.EVENT)).isEqualTo(new Row(0, 0, 0));

    score.add(EntityType.OUTLET, List.of(), List.of(spot(1, "TASS")));
    Row row = score.row(EntityType.OUTLET);
    assertThat(row.precision()).isEqualTo(0.0);
    assertThat(row.recall()).isEqualTo(1.0);
    assertThat(row.f1()).isEqualTo(0.0);
  }

  @Test
  void a_type_with_gold_and_no_prediction_scores_0() {
    EntityScore score = new EntityScore();
    score.add(EntityType.GROUP, List.of(spot(1, "BRICS")), List.of());
    assertThat(score.row(EntityType.GROUP).f1()).isEqualTo(0.0);
    assertThat(score.under(0.9)).containsExactly("group 0.000");
  }

  @Test
  void totals_all_types_micro_averaged_and_prints_a_line_per_type() {
    EntityScore score = new EntityScore();
    score.add(EntityType.COUNTRY, List.of(spot(1, "Vietnam")), List.of(spot(1, "Vietnam")));
    score.add(EntityType.PLACE, List.of(spot(1, "Hanoi")), List.of(spot(1, "Ha")));

    assertThat(score.total()).isEqualTo(new Row(2, 2, 1));
    assertThat(score.table("Test").lines()).containsExactly(
        "Test",
        "type            gold predicted matched precision recall     F1",
        "person             0         0       0     1.000  1.000  1.000",
        "country            1         1       1     1.000  1.000  1.000",
        "organization       0         0       0     1.000  1.000  1.000",
        "place              1         1       0     0.000  0.000  0.000",
        "document           0         0       0     1.000  1.000  1.000",
        "event              0         0       0     1.000  1.000  1.000",
        "group              0         0       0     1.000  1.000  1.000",
        "outlet             0         0       0     1.000  1.000  1.000",
        "all                2         2       1     0.500  0.500  0.500");
  }
}
