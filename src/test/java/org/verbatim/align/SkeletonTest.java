package org.verbatim.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonTest {

  @Test
  void a_name_has_one_skeleton_in_both_scripts_and_in_any_grammatical_ending() {
    assertThat(Skeleton.of("Lodygin")).isEqualTo("ldgn");
    assertThat(Skeleton.of("Лодыгин")).isEqualTo("ldgn");
    assertThat(Skeleton.of("Лодыгина")).isEqualTo("ldgn");
    assertThat(Skeleton.of("Sverbeev")).isEqualTo(Skeleton.of("Свербеев"));
    assertThat(Skeleton.of("Pakhomtsev")).isEqualTo(Skeleton.of("Пахомцев"));
    assertThat(Skeleton.of("Zhmurina")).isEqualTo(Skeleton.of("Жмуриной"));
    assertThat(Skeleton.of("Lorvania")).isEqualTo(Skeleton.of("Лорванией"));
  }

  @Test
  void spellings_english_gives_one_sound_are_made_one() {
    assertThat(Skeleton.of("Hanoi")).isEqualTo("hn").isEqualTo(Skeleton.of("Ханое"));
    assertThat(Skeleton.of("Moscow")).isEqualTo("mskv").isEqualTo(Skeleton.of("Москве"));
    assertThat(Skeleton.of("Müller")).isEqualTo("mllr");
  }

  @Test
  void different_names_have_different_skeletons() {
    assertThat(Skeleton.of("Tumanov")).isNotEqualTo(Skeleton.of("Туманян"));
    assertThat(Skeleton.of("Karpinov")).isNotEqualTo(Skeleton.of("Калитин"));
  }
}
