package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.entity.EntityScore.Spot;
import org.verbatim.entity.GoldPages.GoldEntity;
import org.verbatim.entity.GoldPages.GoldMention;
import org.verbatim.entity.GoldPages.GoldPage;

/**
 * Scores {@link Recognizer#standard()} against the hand-written gold pages: per type and per
 * language, gold, predicted and matched mentions with precision, recall and F1, then the first
 * misses and false hits. Fails when any type's F1 over all pages is under 0.9, or when a predicted
 * mention's offsets do not point at its text. Run alone with
 * {@code ./build test -o -Dtest=EntityGoldTest}.
 */
class EntityGoldTest {

  private static final double MINIMUM_F1 = 0.9;
  private static final int SHOWN = 30;

  @Test
  void every_type_scores_at_least_0_9_f1_on_the_gold_pages() {
    score("Entities on %d gold pages, all languages", new KnownPeople());
  }

  /**
   * An archive that ingested every gold page knows everyone they name in full: a surname alone
   * then finds people of other pages, and that must not cost precision (a word taken for a known
   * surname) beyond the same bar.
   */
  @Test
  void knowing_everyone_the_gold_pages_name_in_full_keeps_every_type_at_0_9_f1() {
    KnownPeople known = new KnownPeople();
    for (GoldPage page : GoldPages.all()) {
      for (Recognition.Person person : Recognizer.standard().analyse(page.publication()).people()) {
        if (person.namedInFull()) {
          known.learn(person.id(), person.name());
        }
      }
    }
    assertThat(known.size()).as("people learned from the gold pages").isGreaterThan(20);
    score("Entities on %d gold pages, knowing " + known.size()
        + " people named in full on them, all languages", known);
  }

  private static void score(String title, KnownPeople known) {
    EntityScore all = new EntityScore();
    Map<String, EntityScore> byLanguage = new LinkedHashMap<>();
    List<String> badOffsets = new ArrayList<>();
    Recognizer recognizer = Recognizer.standard();
    List<GoldPage> pages = GoldPages.all();
    for (GoldPage page : pages) {
      List<Entity> found = recognizer.analyse(page.publication(), known).entities();
      Map<EntityType, List<Spot>> gold = new EnumMap<>(EntityType.class);
      Map<EntityType, List<Spot>> predicted = new EnumMap<>(EntityType.class);
      for (GoldEntity entity : page.gold()) {
        for (GoldMention m : entity.mentions()) {
          gold.computeIfAbsent(EntityType.ofCode(entity.type()), t -> new ArrayList<>())
              .add(new Spot(page.name(), m.turn(), m.text()));
        }
      }
      for (Entity entity : found) {
        for (Mention m : entity.mentions()) {
          String text = page.turnText(m.turn());
          if (text == null || m.end() > text.length()
              || !text.substring(m.start(), m.end()).equals(m.text())) {
            badOffsets.add(page.name() + " " + entity.id() + " t" + m.turn() + " " + m.start()
                + "–" + m.end() + " '" + m.text() + "' points at "
                + (text == null ? "no such turn"
                    : "'" + text.substring(Math.min(m.start(), text.length()),
                        Math.min(m.end(), text.length())) + "'"));
          }
          predicted.computeIfAbsent(entity.type(), t -> new ArrayList<>())
              .add(new Spot(page.name(), m.turn(), m.text()));
        }
      }
      EntityScore language = byLanguage.computeIfAbsent(page.language(), l -> new EntityScore());
      for (EntityType type : EntityType.values()) {
        List<Spot> g = gold.getOrDefault(type, List.of());
        List<Spot> p = predicted.getOrDefault(type, List.of());
        all.add(type, g, p);
        language.add(type, g, p);
      }
    }

    StringBuilder report = new StringBuilder();
    report.append(all.table(String.format(title, pages.size())));
    byLanguage.forEach((language, score) -> report.append('\n')
        .append(score.table("Language " + language)));
    report.append(listing("Misses (gold, not predicted)", all.misses()));
    report.append(listing("False hits (predicted, not gold)", all.falseHits()));
    report.append(listing("Offsets that do not point at the mention's text", badOffsets));
    System.out.println(report);

    assertThat(badOffsets).as("predicted mentions whose offsets miss their text").isEmpty();
    assertThat(all.under(MINIMUM_F1))
        .as("types under %s F1 on the gold pages (the table is printed above)", MINIMUM_F1)
        .isEmpty();
  }

  private static String listing(String heading, List<String> lines) {
    StringBuilder out = new StringBuilder("\n").append(heading).append(": ").append(lines.size())
        .append('\n');
    lines.stream().limit(SHOWN).forEach(line -> out.append("  ").append(line).append('\n'));
    if (lines.size() > SHOWN) {
      out.append("  … and ").append(lines.size() - SHOWN).append(" more\n");
    }
    return out.toString();
  }
}
