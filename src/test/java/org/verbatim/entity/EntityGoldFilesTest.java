package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.entity.GoldPages.GoldEntity;
import org.verbatim.entity.GoldPages.GoldMention;
import org.verbatim.entity.GoldPages.GoldPage;

/**
 * The gold files themselves are sound: enough pages, every type present in each language, ids of
 * the documented shape, every mention printed in its turn, and one id per entity across pages
 * and languages. Needs no recognizer.
 */
class EntityGoldFilesTest {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** ISO 3166-1 alpha-2 codes, and the former ones of states that no longer exist (SU). */
  private static final Set<String> ISO_COUNTRIES = new HashSet<>(Set.of(Locale.getISOCountries()));

  static {
    ISO_COUNTRIES.addAll(Set.of("SU", "YU", "CS", "DD"));
  }

  private static List<GoldPage> pages;

  @BeforeAll
  static void read() {
    pages = GoldPages.all();
  }

  @Test
  void holds_at_least_20_english_and_10_russian_pages_with_every_type_in_each_language() {
    for (String language : GoldPages.LANGUAGES) {
      List<GoldPage> ofLanguage = pages.stream().filter(p -> p.language().equals(language))
          .toList();
      assertThat(ofLanguage).as("pages in %s", language)
          .hasSizeGreaterThanOrEqualTo(language.equals("en") ? 20 : 10);
      assertThat(ofLanguage).allSatisfy(p -> assertThat(p.publication().language())
          .as("language the parser gives %s", p.name()).isEqualTo(language));
      Set<String> types = new TreeSet<>();
      ofLanguage.forEach(p -> p.gold().forEach(e -> types.add(e.type())));
      assertThat(types).as("types in the %s gold", language).containsExactlyInAnyOrderElementsOf(
          java.util.Arrays.stream(EntityType.values()).map(EntityType::code).toList());
    }
  }

  @Test
  void ids_have_the_documented_shape_and_each_appears_once_per_page() {
    List<String> wrong = new ArrayList<>();
    for (GoldPage page : pages) {
      Set<String> seen = new HashSet<>();
      for (GoldEntity e : page.gold()) {
        EntityType type = EntityType.ofCode(e.type());
        String prefix = type.code() + ":";
        String key = e.id().startsWith(prefix) ? e.id().substring(prefix.length()) : null;
        boolean shaped = key != null && (type == EntityType.COUNTRY
            ? ISO_COUNTRIES.contains(key) : SLUG.matcher(key).matches());
        if (!shaped) {
          wrong.add(page.name() + ": " + e.id() + " is not " + prefix
              + (type == EntityType.COUNTRY ? "ISO 3166 alpha-2" : "slug"));
        }
        if (!seen.add(e.id())) {
          wrong.add(page.name() + ": " + e.id() + " is listed twice");
        }
        if (e.name().isBlank() || e.mentions().isEmpty()) {
          wrong.add(page.name() + ": " + e.id() + " has no name or no mentions");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_gold_mention_is_printed_in_its_turn_as_often_as_the_gold_lists_it() {
    List<String> wrong = new ArrayList<>();
    for (GoldPage page : pages) {
      Map<String, Integer> listed = new TreeMap<>();
      for (GoldEntity e : page.gold()) {
        for (GoldMention m : e.mentions()) {
          listed.merge(m.turn() + "\u0000" + m.text(), 1, Integer::sum);
        }
      }
      listed.forEach((key, times) -> {
        int turn = Integer.parseInt(key.substring(0, key.indexOf('\u0000')));
        String text = key.substring(key.indexOf('\u0000') + 1);
        String turnText = page.turnText(turn);
        int printed = turnText == null ? 0 : occurrences(turnText, text);
        if (printed < times) {
          wrong.add(page.name() + " t" + turn + " '" + text + "': listed " + times
              + ", printed " + printed + (turnText == null ? " (no such turn)" : ""));
        }
      });
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void one_entity_has_one_id_and_one_name_across_pages_and_languages() {
    Map<String, Set<String>> namesById = new TreeMap<>();
    Map<String, Set<String>> idsByName = new TreeMap<>();
    for (GoldPage page : pages) {
      for (GoldEntity e : page.gold()) {
        namesById.computeIfAbsent(e.id(), k -> new TreeSet<>()).add(e.name());
        idsByName.computeIfAbsent(e.type() + " " + e.name(), k -> new TreeSet<>()).add(e.id());
      }
    }
    assertThat(namesById).as("ids with more than one name")
        .allSatisfy((id, names) -> assertThat(names).as(id).hasSize(1));
    assertThat(idsByName).as("names with more than one id")
        .allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1));
  }

  @Test
  void english_and_russian_forms_of_one_entity_carry_the_same_id() {
    // Pairs of forms as printed on the pages: each must belong to one id wherever it appears.
    Map<String, String> pairs = Map.ofEntries(
        Map.entry("UN", "ООН"), Map.entry("ASEAN", "АСЕАН"), Map.entry("EAEU", "ЕАЭС"),
        Map.entry("BRICS", "БРИКС"), Map.entry("SCO", "ШОС"), Map.entry("Vietnam", "Вьетнам"),
        Map.entry("Russia", "Россия"), Map.entry("China", "Китай"), Map.entry("Turkey", "Турция"),
        Map.entry("Moscow", "Москва"), Map.entry("TASS", "ТАСС"), Map.entry("G20", "Группе двадцати"));
    Map<String, Map<String, Set<String>>> idsByForm = new HashMap<>();
    for (GoldPage page : pages) {
      for (GoldEntity e : page.gold()) {
        for (GoldMention m : e.mentions()) {
          idsByForm.computeIfAbsent(page.language(), l -> new HashMap<>())
              .computeIfAbsent(m.text(), t -> new TreeSet<>()).add(e.id());
        }
      }
    }
    pairs.forEach((english, russian) -> {
      Set<String> en = idsByForm.get("en").get(english);
      Set<String> ru = idsByForm.get("ru").get(russian);
      assertThat(en).as("ids of '%s' on English pages", english).isNotNull().hasSize(1);
      assertThat(ru).as("ids of '%s' on Russian pages", russian).isEqualTo(en);
    });

    Set<String> english = new TreeSet<>();
    Set<String> russian = new TreeSet<>();
    for (GoldPage page : pages) {
      page.gold().forEach(e -> (page.language().equals("en") ? english : russian).add(e.id()));
    }
    english.retainAll(russian);
    assertThat(english).as("ids named on pages of both languages").hasSizeGreaterThanOrEqualTo(30);
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
