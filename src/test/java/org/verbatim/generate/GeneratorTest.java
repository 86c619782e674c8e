package org.verbatim.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.parse.Warnings;

class GeneratorTest {

  private static final int PAGES = 3000;
  private static final List<GeneratedPage> SAMPLE =
      new Generator(GeneratorOptions.defaults()).pages(11, PAGES).toList();

  @Test
  void writes_the_same_bytes_and_truth_for_the_same_seed() {
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < 50; i++) {
      GeneratedPage page = SAMPLE.get(i);
      GeneratedPage again = generator.page(11, i);
      assertThat(again.bytes()).isEqualTo(page.bytes());
      assertThat(again.truth()).isEqualTo(page.truth());
      assertThat(again.fileName()).isEqualTo(page.fileName());
    }
  }

  @Test
  void writes_other_pages_for_another_seed() {
    GeneratedPage other = new Generator(GeneratorOptions.defaults()).page(12, 0);
    assertThat(other.bytes()).isNotEqualTo(SAMPLE.get(0).bytes());
  }

  @Test
  void keeps_every_page_between_two_and_two_hundred_kilobytes_mostly_small() {
    long small = 0;
    for (GeneratedPage page : SAMPLE) {
      assertThat(page.bytes().length).as(page.fileName()).isBetween(2048, 200 * 1024);
      if (page.bytes().length < 20 * 1024) {
        small++;
      }
    }
    assertThat(SAMPLE).anyMatch(page -> page.bytes().length > 100 * 1024);
    assertThat((double) small / PAGES).isGreaterThan(0.6);
  }

  @Test
  void writes_every_kind_header_form_language_and_format() {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    Set<HeaderForm> forms = EnumSet.noneOf(HeaderForm.class);
    Set<String> languages = new HashSet<>();
    Set<RawPage.Format> formats = EnumSet.noneOf(RawPage.Format.class);
    for (GeneratedPage page : SAMPLE) {
      kinds.add(page.truth().kind());
      forms.add(page.header());
      languages.add(page.truth().language());
      formats.add(page.format());
    }
    assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
    assertThat(forms).containsExactlyInAnyOrder(HeaderForm.values());
    assertThat(languages).containsExactlyInAnyOrder("en", "ru");
    assertThat(formats).containsExactlyInAnyOrder(RawPage.Format.values());
    assertThat(SAMPLE).map(GeneratorTest::decoded)
        .anyMatch(text -> text.contains("\nMoscow: ") && text.contains("\nLondon: "))
        .anyMatch(text -> text.matches("(?s)\\d{1,2} [a-zéû]+ \\d{6}:\\d\\d\n.*"))
        .anyMatch(text -> text.matches("(?s)\\d{1,2} [а-я]+ \\d{6}:\\d\\d\n.*"))
        .anyMatch(text -> text.matches("(?s)\\d\\d:\\d\\d\n\\d+-\\d\\d-\\d\\d-\\d{4}\n.*"));
  }

  @Test
  void writes_every_label_form() {
    Set<String> labels = new HashSet<>();
    boolean notes = false;
    boolean outletAsker = false;
    for (GeneratedPage page : SAMPLE) {
      for (Turn turn : page.truth().turns()) {
        if (turn.label() != null) {
          labels.add(turn.label().matches("M[RS] .*") ? "MR X" : turn.label());
          outletAsker |= page.truth().outlets().contains(turn.label());
        }
        notes |= !turn.notes().isEmpty();
      }
    }
    assertThat(labels).contains("Question", "Q", "A", "Q.", "A.", "QUESTION", "MR X", "Вопрос",
        "ВОПРОС");
    assertThat(labels).anyMatch(label -> label.matches("[А-Я]\\.[А-Я]\\.[А-Я][а-я]+"));
    assertThat(labels).anyMatch(label -> label.matches("[А-Я]\\.[А-Я]\\. [А-Я]+"));
    assertThat(notes).isTrue();
    assertThat(outletAsker).isTrue();
  }

  @Test
  void writes_sections_two_to_five_language_versions_and_editorial_insertions() {
    assertThat(SAMPLE).anyMatch(page -> page.truth().sections().size() >= 5);
    assertThat(SAMPLE).allMatch(page -> page.truth().languageVersions().isEmpty()
        || page.truth().languageVersions().size() >= 2
        && page.truth().languageVersions().size() <= 5);
    assertThat(SAMPLE).anyMatch(page -> page.truth().languageVersions().size() == 5);
    assertThat(SAMPLE).anyMatch(page -> page.truth().languageVersions().isEmpty());
    assertThat(SAMPLE).anyMatch(page -> page.truth().turns().stream()
        .anyMatch(turn -> !turn.editorial().isEmpty()));
    assertThat(SAMPLE).anyMatch(page -> page.truth().published() != null
        && page.truth().published().offset() != null);
  }

  @Test
  void writes_about_three_pairs_in_ten_as_english_and_russian_versions_of_one_publication() {
    int siblings = 0;
    for (int i = 0; i + 1 < PAGES; i += 2) {
      Publication first = SAMPLE.get(i).truth();
      Publication second = SAMPLE.get(i + 1).truth();
      if (first.kind() != second.kind() || !Objects.equals(first.published(),
          second.published())) {
        continue;
      }
      siblings++;
      assertThat(first.published().time()).as(SAMPLE.get(i).fileName()).isNotNull();
      assertThat(Set.of(first.language(), second.language())).containsExactlyInAnyOrder("en",
          "ru");
      assertThat(second.languageVersions()).isEqualTo(first.languageVersions())
          .contains("en-GB", "ru-RU");
      assertThat(second.eventDate()).isEqualTo(first.eventDate());
      assertThat(second.place() == null).isEqualTo(first.place() == null);
      assertThat(second.participants().size()).isEqualTo(first.participants().size());
      assertThat(second.participants()).map(Participant::name)
          .allMatch(name -> name.matches("[A-Z][a-z]+ [A-Z][a-z]+|[А-Я]\\.[А-Я]\\.[А-Я][а-я]+"));
    }
    assertThat((double) siblings / (PAGES / 2)).isBetween(0.25, 0.35);
  }

  @Test
  void writes_the_same_person_in_both_language_versions() {
    assertThat(Person.sibling(Lang.EN, false, 9)).isEqualTo(new Person("Timofei Veresov",
        "Ambassador", "Timofei Veresov", "MR VERESOV"));
    assertThat(Person.sibling(Lang.RU, false, 9)).isEqualTo(new Person("Т.Р.Вересов",
        "Посла России", "Т.Р.Вересова", "Т.Р. ВЕРЕСОВ"));
  }

  @Test
  void damages_labels_at_about_the_configured_rates() {
    GeneratorOptions options = GeneratorOptions.defaults().withDamage(0.10, 0.10);
    List<GeneratedPage> pages = new Generator(options).pages(5, 1500).toList();
    long damageable = 0;
    long lost = 0;
    long glued = 0;
    for (GeneratedPage page : pages) {
      Publication truth = page.truth();
      Set<String> names = new HashSet<>();
      truth.participants().stream().map(Participant::name).forEach(names::add);
      for (Turn turn : truth.turns()) {
        if (turn.notes().isEmpty() && (names.contains(turn.label())
            || "Question".equals(turn.label()) || "Вопрос".equals(turn.label()))) {
          damageable++;
        }
      }
      lost += truth.warnings().stream()
          .filter(w -> w.message().endsWith("had lost its colon; read as a label")).count();
      glued += truth.warnings().stream()
          .filter(w -> w.message().contains("was glued to the previous sentence")).count();
    }
    assertThat(damageable).isGreaterThan(5000);
    assertThat((double) lost / damageable).isBetween(0.08, 0.12);
    // A glued label needs a previous turn in its section, so a little less than the rate.
    assertThat((double) glued / (damageable - lost)).isBetween(0.07, 0.11);
  }

  @Test
  void names_each_damaged_label_in_its_warning() {
    GeneratorOptions options = GeneratorOptions.defaults().withDamage(0.3, 0.3);
    GeneratedPage page = new Generator(options).pages(8, 200)
        .filter(p -> p.format() == RawPage.Format.TEXT
            && p.truth().language().equals("en") && p.bytes()[0] != (byte) 0xEF)
        .filter(p -> p.truth().warnings().stream()
            .anyMatch(w -> w.message().equals(Warnings.lostColon("Question"))))
        .findFirst().orElseThrow();
    String[] lines = new String(page.bytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
    page.truth().warnings().stream()
        .filter(w -> w.message().equals(Warnings.lostColon("Question")))
        .forEach(w -> assertThat(lines[w.line() - 1]).matches("Question\\p{Lu}.*"));
  }

  @Test
  void puts_chrome_on_about_the_configured_share_of_text_pages() {
    List<GeneratedPage> utf8Text = SAMPLE.stream()
        .filter(p -> p.format() == RawPage.Format.TEXT && isUtf8(p.bytes())).toList();
    long text = utf8Text.size();
    long bottom = utf8Text.stream()
        .map(GeneratorTest::decoded)
        .filter(t -> t.contains("Additional materials") || t.contains("Дополнительные материалы"))
        .count();
    assertThat((double) bottom / text).isBetween(0.55, 0.65);
  }

  @Test
  void encodes_some_pages_with_a_bom_crlf_or_a_russian_legacy_charset() {
    assertThat(SAMPLE).anyMatch(p -> p.bytes()[0] == (byte) 0xEF);
    assertThat(SAMPLE).anyMatch(p -> new String(p.bytes(), StandardCharsets.ISO_8859_1)
        .contains("\r\n"));
    long legacy = SAMPLE.stream().filter(p -> !isUtf8(p.bytes())).count();
    long russianText = SAMPLE.stream().filter(p -> p.truth().language().equals("ru")
        && p.format() == RawPage.Format.TEXT).count();
    assertThat((double) legacy / russianText).isBetween(0.12, 0.28);
  }

  @Test
  void never_names_a_real_minister_or_spokesperson() {
    assertThat(SAMPLE).map(GeneratorTest::decoded).noneMatch(text -> text.contains("Lavrov")
        || text.contains("Zakharova") || text.contains("Лавров") || text.contains("Захаров"));
  }

  @Test
  void rejects_an_unknown_language_naming_it() {
    assertThatThrownBy(() -> GeneratorOptions.defaults().withLanguages(List.of("en", "xx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown language: 'xx' (allowed: en, ru)");
  }

  @Test
  void writes_only_the_languages_asked_for() {
    assertThat(new Generator(GeneratorOptions.defaults().withLanguages(List.of("ru")))
        .pages(3, 100))
        .allMatch(p -> p.truth().language().equals("ru") && p.fileName().contains("_ru_"));
  }

  private static String decoded(GeneratedPage page) {
    return new String(page.bytes(), StandardCharsets.UTF_8);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
