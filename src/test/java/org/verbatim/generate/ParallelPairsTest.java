package org.verbatim.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.verbatim.generate.ParallelPair.Case;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

class ParallelPairsTest {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private final ParallelPairs pairs = new ParallelPairs();

  @Test
  void a_seed_and_an_index_always_give_the_same_pair() {
    assertThat(pairs.pair(7, 3)).isEqualTo(pairs.pair(7, 3));
    assertThat(pairs.pair(7, 3)).isNotEqualTo(pairs.pair(7, 4));
  }

  @Test
  void every_case_is_drawn_and_each_shows_in_its_truth() {
    Set<Case> seen = EnumSet.noneOf(Case.class);
    for (ParallelPair pair : pairs.pairs(1, 300).toList()) {
      seen.add(pair.form());
      List<String> shapes = pair.turns().stream()
          .map(c -> c.english().size() + "-" + c.russian().size()).toList();
      switch (pair.form()) {
        case PLAIN, HEADING_IN_ONE -> assertThat(shapes).as(pair.name()).containsOnly("1-1");
        case SPLIT -> assertThat(shapes).as(pair.name()).containsOnlyOnce("1-2");
        case MERGED -> assertThat(shapes).as(pair.name()).containsOnlyOnce("2-1");
        case MISSING_IN_RUSSIAN -> assertThat(shapes).as(pair.name()).containsOnlyOnce("1-0");
        case MISSING_IN_ENGLISH -> assertThat(shapes).as(pair.name()).containsOnlyOnce("0-1");
      }
      boolean oneSided = pair.sections().stream()
          .anyMatch(c -> c.english().isEmpty() || c.russian().isEmpty());
      assertThat(oneSided).as(pair.name()).isEqualTo(pair.form() == Case.HEADING_IN_ONE);
    }
    assertThat(seen).containsExactlyInAnyOrder(Case.values());
  }

  @Test
  void the_truth_covers_every_turn_once_in_reading_order() {
    for (ParallelPair pair : pairs.pairs(2, 200).toList()) {
      assertThat(flatten(pair.turns(), true)).as(pair.name())
          .isEqualTo(numbers(pair.english().turns().size()));
      assertThat(flatten(pair.turns(), false)).as(pair.name())
          .isEqualTo(numbers(pair.russian().turns().size()));
    }
  }

  @Test
  void corresponding_turns_share_role_and_numbers_and_corresponding_sentences_cover_them() {
    for (ParallelPair pair : pairs.pairs(3, 200).toList()) {
      for (int k = 0; k < pair.turns().size(); k++) {
        Correspondence link = pair.turns().get(k);
        if (link.english().isEmpty() || link.russian().isEmpty()) {
          assertThat(pair.sentences().get(k)).isEmpty();
          continue;
        }
        List<Turn> en = turns(pair.english(), link.english());
        List<Turn> ru = turns(pair.russian(), link.russian());
        assertThat(ru.get(0).role()).as(pair.name()).isEqualTo(en.get(0).role());
        List<Correspondence> sentences = pair.sentences().get(k);
        assertThat(flatten(sentences, true)).isEqualTo(numbers(flatten(sentences, true).size()));
        assertThat(flatten(sentences, false)).isEqualTo(numbers(flatten(sentences, false).size()));
        if (sentences.stream().noneMatch(c -> c.english().isEmpty() || c.russian().isEmpty())) {
          assertThat(digits(ru)).as(pair.name()).isEqualTo(digits(en));
        }
      }
    }
  }

  @Test
  void every_speaker_is_one_of_the_invented_officials_or_a_questioner() {
    for (ParallelPair pair : pairs.pairs(4, 100).toList()) {
      for (Publication version : List.of(pair.english(), pair.russian())) {
        List<String> officials = version.participants().stream().map(p -> p.name()).toList();
        assertThat(version.turns()).allSatisfy(turn -> assertThat(turn.speaker())
            .isIn(concat(officials, List.of("Question", "Вопрос"))));
      }
    }
  }

  private static List<Integer> flatten(List<Correspondence> links, boolean english) {
    List<Integer> out = new ArrayList<>();
    links.forEach(c -> out.addAll(english ? c.english() : c.russian()));
    return out;
  }

  private static List<Integer> numbers(int count) {
    List<Integer> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      out.add(n);
    }
    return out;
  }

  private static List<Turn> turns(Publication publication, List<Integer> numbers) {
    return numbers.stream().map(n -> publication.turns().get(n - 1)).toList();
  }

  private static List<String> digits(List<Turn> turns) {
    List<String> out = new ArrayList<>();
    for (Turn turn : turns) {
      for (String paragraph : turn.paragraphs()) {
        Matcher m = DIGITS.matcher(paragraph);
        while (m.find()) {
          out.add(m.group());
        }
      }
    }
    return out.stream().sorted().toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
