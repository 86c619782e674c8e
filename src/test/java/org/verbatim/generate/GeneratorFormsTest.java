package org.verbatim.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;
import org.verbatim.parse.Warnings;

/** The forms of the catalogue: each at about its rate, each with the truth the contract says. */
class GeneratorFormsTest {

  private static final long SEED = 11;
  private static final GeneratorOptions OPTIONS = GeneratorOptions.defaults();
  private static final Generator GENERATOR = new Generator(OPTIONS);
  private static final List<GeneratedPage> PAGES = GENERATOR.pages(SEED, 2000).toList();

  /** The pages each form's rate is a share of (see the javadoc of each form). */
  private static final Map<Form, Predicate<GeneratedPage>> ELIGIBLE = new EnumMap<>(Form.class);

  static {
    Predicate<GeneratedPage> text = page -> page.format() == RawPage.Format.TEXT;
    Predicate<GeneratedPage> englishText = text.and(GeneratorFormsTest::english);
    for (Form form : List.of(Form.MASTHEAD, Form.LANGUAGE_SWITCHER, Form.ACCESSIBILITY,
        Form.BREADCRUMB, Form.CONTACT_LINES, Form.COUNTER, Form.SOCIAL_HANDLE,
        Form.JUMP_TO_CONTENT, Form.ARCHIVE_MONTHS, Form.READ_MORE, Form.COUNTRY_BULLETS,
        Form.PDF_CODES)) {
      ELIGIBLE.put(form, text);
    }
    ELIGIBLE.put(Form.GOV_BANNER, englishText);
    ELIGIBLE.put(Form.SUBSCRIPTION, englishText);
    ELIGIBLE.put(Form.TYPE_LINE, englishText.and(
        page -> kind(page) == Kind.SPEECH || kind(page) == Kind.PRESS_RELEASE));
    ELIGIBLE.put(Form.TAG_LINES, text.and(page -> decoded(page).contains("Additional materials")
        || decoded(page).contains("Дополнительные материалы")));
    ELIGIBLE.put(Form.ID_AFTER_TITLE, page -> page.header() == HeaderForm.TIME_AND_ID);
    ELIGIBLE.put(Form.ZONE_ABBREVIATION, page -> page.truth().published() != null
        && page.truth().published().offset() != null
        && (page.header() == HeaderForm.ISO || page.header() == HeaderForm.WEEKDAY));
    Predicate<GeneratedPage> dated = page -> page.truth().eventDate() != null;
    ELIGIBLE.put(Form.TITLE_DATE_FULL_STOP, dated);
    ELIGIBLE.put(Form.TITLE_DATE_IN_BRACKETS, dated);
    ELIGIBLE.put(Form.TITLE_DATE_BEFORE_PLACE, dated.and(page -> page.truth().place() != null));
    ELIGIBLE.put(Form.TITLE_DATE_SHORT_YEAR, dated.and(Predicate.not(GeneratorFormsTest::english)));
    Predicate<GeneratedPage> asks = page -> page.truth().turns().stream()
        .anyMatch(turn -> turn.role() == Role.QUESTION);
    for (Form form : List.of(Form.Q_A_WITHOUT_COLON, Form.POST_BEFORE_NAME,
        Form.NOTE_IN_LABEL)) {
      ELIGIBLE.put(form, asks.and(GeneratorFormsTest::english));
    }
    for (Form form : List.of(Form.SPACED_INITIALS, Form.SINGLE_INITIAL)) {
      ELIGIBLE.put(form, asks.and(Predicate.not(GeneratorFormsTest::english)));
    }
    for (Form form : List.of(Form.TIMESTAMP_LABEL, Form.OUTLET_QUESTIONER,
        Form.FULL_WIDTH_COLON)) {
      ELIGIBLE.put(form, asks);
    }
    ELIGIBLE.put(Form.DASH_TURNS, page -> !english(page) && kind(page) == Kind.INTERVIEW);
    ELIGIBLE.put(Form.SALUTATION,
        page -> kind(page) == Kind.SPEECH || kind(page) == Kind.REMARKS);
    Predicate<GeneratedPage> briefing = page -> kind(page) == Kind.BRIEFING;
    ELIGIBLE.put(Form.CONTENTS_NONE, briefing);
    for (Form form : List.of(Form.CONTENTS_ANSWERS_ITEM, Form.CONTENTS_ANSWERS_LINE,
        Form.CONTENTS_FROM_ANSWERS, Form.CONTENTS_DASH_THEN_NUMBERED)) {
      ELIGIBLE.put(form, briefing.and(asks));
    }
    Predicate<GeneratedPage> listed = briefing.and(
        page -> !page.forms().contains(Form.CONTENTS_NONE));
    ELIGIBLE.put(Form.CONTENTS_HEADING, listed.and(GeneratorFormsTest::english));
    ELIGIBLE.put(Form.CONTENTS_WIDE_GAP, listed.and(text));
    ELIGIBLE.put(Form.CONTENTS_PAREN, listed);
  }

  @Test
  void writes_each_form_at_about_its_rate_in_two_thousand_pages() {
    for (Form form : Form.values()) {
      long holding = PAGES.stream().filter(page -> page.forms().contains(form)).count();
      Predicate<GeneratedPage> eligible = ELIGIBLE.get(form);
      if (eligible == null) {
        // A label glued to the headline needs a page that allows it (no language version, no
        // line between the title and the text): its rate is of those, which the truth hides.
        assertThat(holding).as(form.name()).isGreaterThanOrEqualTo(10);
        continue;
      }
      long of = PAGES.stream().filter(eligible).count();
      double expected = OPTIONS.rate(form) * of;
      assertThat((double) holding).as("%s: %d pages of %d at rate %s", form, holding, of,
          OPTIONS.rate(form)).isBetween(0.5 * expected, 1.6 * expected);
      assertThat(holding).as(form.name()).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void writes_every_header_form_on_a_share_of_pages_that_follows_its_weight() {
    Map<HeaderForm, Long> counts = new EnumMap<>(HeaderForm.class);
    PAGES.forEach(page -> counts.merge(page.header(), 1L, Long::sum));
    assertThat(counts.keySet()).containsExactlyInAnyOrder(HeaderForm.values());
    assertThat(counts.values()).allMatch(n -> n >= 20);
    assertThat(counts.get(HeaderForm.GLUED)).isGreaterThan(PAGES.size() / 4);
  }

  @Test
  void reads_a_russian_interview_of_dash_turns_as_nameless_questions_and_the_principals_answers() {
    GeneratedPage page = GENERATOR.page(SEED, 722);
    String[] lines = decoded(page).split("\n");
    Publication truth = page.truth();

    assertThat(page.forms()).contains(Form.DASH_TURNS);
    assertThat(lines[3]).isEqualTo("НОРДПРЕСС 22.11.2005");
    assertThat(lines[5]).startsWith("— Более 4000 студентов из Весперии");
    assertThat(truth.published()).isEqualTo(Published.of(LocalDate.of(2005, 11, 22)));
    assertThat(truth.participants().get(0).name()).isEqualTo("Т.Т.Вересова");
    assertThat(truth.turns()).extracting(Turn::label).containsOnly("—");
    assertThat(truth.turns()).extracting(Turn::speaker)
        .containsExactly(null, "Т.Т.Вересова", null, "Т.Т.Вересова");
    assertThat(truth.turns()).extracting(Turn::role)
        .containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
    assertThat(truth.turns().get(0).paragraphs()).containsExactly(lines[5].substring(2),
        "Чего Вы ожидаете от переговоров в Анкаре?");
  }

  @Test
  void takes_an_american_time_line_with_its_zone_and_the_place_line_beside_it() {
    GeneratedPage page = GENERATOR.page(SEED, 261);
    String[] lines = decoded(page).substring(1).split("\n");
    Publication truth = page.truth();

    assertThat(page.header()).isEqualTo(HeaderForm.US_TIME_LINE);
    assertThat(lines[0]).isEqualTo("Deputy Foreign Minister Oleg Sverbeev’s article for the "
        + "Morning Compass newspaper (February 28, 2021)");
    assertThat(List.of(lines).subList(2, 5))
        .containsExactly("Ankara", "February 28, 2021", "6:50 p.m. EST");
    assertThat(truth.title()).isEqualTo(lines[0]);
    assertThat(truth.published().toString()).isEqualTo("2021-02-28T18:50-05:00");
    assertThat(truth.eventDate()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(truth.place()).isEqualTo("Ankara");
    assertThat(truth.warnings()).isEmpty();
  }

  @Test
  void ends_the_title_where_a_label_glued_to_it_begins_and_says_so_on_the_title_line() {
    GeneratedPage page = GENERATOR.page(SEED, 251);
    String[] lines = decoded(page).split("\n");
    Publication truth = page.truth();

    assertThat(lines[2]).isEqualTo("Интервью Посла России Д.И.Пахомцева телеканалу «Дельта», "
        + "Москва, 29 марта 2007 годаВопрос: Почему переговоры в Москве так затянулись?");
    assertThat(truth.title()).isEqualTo("Интервью Посла России Д.И.Пахомцева телеканалу "
        + "«Дельта», Москва, 29 марта 2007 года");
    assertThat(truth.published()).isEqualTo(Published.of(LocalDate.of(2007, 3, 31)));
    assertThat(truth.eventDate()).isEqualTo(LocalDate.of(2007, 3, 29));
    assertThat(truth.turns().get(0).label()).isEqualTo("Вопрос");
    assertThat(truth.turns().get(0).paragraphs())
        .containsExactly("Почему переговоры в Москве так затянулись?");
    assertThat(truth.turns().get(1).label()).isEqualTo("Д.И. Пахомцев");
    assertThat(truth.turns().get(1).speaker()).isEqualTo("Д.И.Пахомцев");
    assertThat(truth.warnings())
        .containsExactly(new ParseWarning(3, Warnings.gluedToTitle("Вопрос")));
  }

  @Test
  void resolves_a_single_initial_to_the_principal_and_reads_utc_as_offset_zero() {
    GeneratedPage page = GENERATOR.page(SEED, 784);
    String[] lines = decoded(page).split("\n");
    Publication truth = page.truth();

    assertThat(lines[2]).isEqualTo("2021-03-19 05:50 UTC");
    assertThat(truth.published().offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(truth.published().toString()).isEqualTo("2021-03-19T05:50Z");
    assertThat(truth.eventDate()).isNull();
    assertThat(truth.turns()).extracting(Turn::label)
        .containsExactly("Вопрос", "Д.Карпинов", "Вопрос", "Д.Карпинов");
    assertThat(truth.turns()).extracting(Turn::speaker)
        .containsExactly("Вопрос", "Д.П.Карпинов", "Вопрос", "Д.П.Карпинов");
  }

  @Test
  void makes_every_item_of_a_contents_list_a_section_the_answers_line_and_questions_included() {
    GeneratedPage page = GENERATOR.page(SEED, 143);
    String text = decoded(page);
    Publication truth = page.truth();

    assertThat(page.forms()).contains(Form.CONTENTS_ANSWERS_ITEM, Form.Q_A_WITHOUT_COLON);
    assertThat(text).contains("""
        1. On the week of Vesperia’s cinema in Vienna
        2. On consular assistance to our citizens in Vesperia
        3. Answers to media questions:
        1. On the humanitarian situation in Quenlandia
        2. On the international forum on water security in Ankara
        """);
    assertThat(truth.sections()).containsExactly(
        new Section(1, "On the week of Vesperia’s cinema in Vienna"),
        new Section(2, "On consular assistance to our citizens in Vesperia"),
        new Section(3, "Answers to media questions"),
        new Section(4, "On the humanitarian situation in Quenlandia"),
        new Section(5, "On the international forum on water security in Ankara"));
    assertThat(truth.turns()).extracting(Turn::section).containsExactly(1, 2, 4, 4, 5, 5);
    assertThat(truth.turns()).extracting(Turn::label)
        .containsExactly(null, null, "Q", "A", "Q", "A");
    assertThat(truth.turns()).extracting(Turn::speaker).containsExactly("Elena Lodygina",
        "Elena Lodygina", "Q", "Elena Lodygina", "Q", "Elena Lodygina");
    assertThat(truth.turns().get(4).paragraphs()).hasSize(2);
  }

  @Test
  void resolves_every_answer_to_the_principal_and_every_question_to_its_label() {
    for (GeneratedPage page : PAGES) {
      Publication truth = page.truth();
      String principal = truth.participants().isEmpty() ? null
          : truth.participants().get(0).name();
      for (Turn turn : truth.turns()) {
        String where = page.fileName() + " " + turn.label();
        switch (turn.role()) {
          case ANSWER -> assertThat(turn.speaker()).as(where).isEqualTo(principal);
          case QUESTION -> assertThat(turn.speaker()).as(where)
              .isEqualTo(turn.label().equals("—") || turn.label().equals("–") ? null
                  : turn.label());
          case REMARKS -> assertThat(turn.speaker()).as(where).isEqualTo(principal);
        }
        if (turn.label() == null || turn.role() == Role.QUESTION) {
          continue;
        }
        Set<Form> forms = page.forms();
        if (forms.contains(Form.POST_BEFORE_NAME)) {
          assertThat(turn.label()).as(where).endsWith(" " + principal).isNotEqualTo(principal);
        }
        if (forms.contains(Form.SPACED_INITIALS)) {
          assertThat(turn.label()).as(where).matches("\\p{Lu}\\. \\p{Lu}\\. \\p{Lu}\\p{Ll}+")
              .isEqualTo(principal.replace(".", ". "));
        }
        if (forms.contains(Form.SINGLE_INITIAL)) {
          assertThat(turn.label()).as(where).matches("\\p{Lu}\\.\\p{Lu}\\p{Ll}+");
        }
        if (forms.contains(Form.TIMESTAMP_LABEL)) {
          assertThat(turn.notes()).as(where).singleElement().asString()
              .matches("\\d\\d:\\d\\d(:\\d\\d)?");
        }
      }
    }
  }

  @Test
  void opens_a_salutation_led_speech_with_the_salutation_as_the_principals_first_paragraph() {
    List<GeneratedPage> saluted = PAGES.stream()
        .filter(page -> page.forms().contains(Form.SALUTATION)).toList();
    assertThat(saluted).isNotEmpty().allSatisfy(page -> {
      Turn first = page.truth().turns().get(0);
      assertThat(first.label()).isNull();
      assertThat(first.role()).isEqualTo(Role.REMARKS);
      assertThat(first.paragraphs().get(0)).matches("[^.?]{4,40}[,!]");
    });
  }

  @Test
  void prints_every_section_heading_of_a_briefing_on_a_line_of_its_own_without_a_colon() {
    for (GeneratedPage page : PAGES) {
      List<String> lines = List.of(decoded(page).split("\n"));
      for (Section section : page.truth().sections()) {
        assertThat(section.heading()).as(page.fileName()).doesNotEndWith(":");
        if (page.format() == RawPage.Format.TEXT && isUtf8(page.bytes())) {
          assertThat(lines).as(page.fileName()).contains(section.heading());
        }
      }
    }
  }

  @Test
  void gives_american_zones_their_offsets_and_prints_the_weekday_of_the_date() {
    for (GeneratedPage page : PAGES) {
      Published published = page.truth().published();
      String text = decoded(page);
      if (page.header() == HeaderForm.US_CLOCK || page.header() == HeaderForm.US_TIME_LINE) {
        boolean daylight = text.matches("(?s).*\\bEDT\\b.*");
        assertThat(published.offset()).as(page.fileName())
            .isEqualTo(ZoneOffset.ofHours(daylight ? -4 : -5));
      }
      if (page.header() == HeaderForm.WEEKDAY || page.header() == HeaderForm.UN_WEEKDAY) {
        String weekday = published.date().getDayOfWeek().getDisplayName(
            java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        assertThat(text).as(page.fileName()).contains(weekday + ", ");
      }
    }
  }

  @Test
  void prints_legacy_pages_only_in_characters_their_charset_holds() {
    long russianText = PAGES.stream().filter(page -> !english(page)
        && page.format() == RawPage.Format.TEXT).count();
    long legacy = PAGES.stream().filter(page -> !isUtf8(page.bytes())).count();
    // 20% of Russian text pages are planned in a legacy charset; only a few fall back to UTF-8.
    assertThat((double) legacy / russianText).isBetween(0.15, 0.22);
  }

  @Test
  void rejects_a_rate_outside_zero_to_one_naming_the_form() {
    assertThatThrownBy(() -> OPTIONS.withRate(Form.MASTHEAD, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rates must be from 0 to 1: MASTHEAD 1.5");
  }

  @Test
  void writes_no_form_whose_rate_is_zero() {
    GeneratorOptions none = OPTIONS.withRate(Form.DASH_TURNS, 0).withRate(Form.MASTHEAD, 0);
    assertThat(new Generator(none).pages(SEED, 500))
        .noneMatch(page -> page.forms().contains(Form.DASH_TURNS)
            || page.forms().contains(Form.MASTHEAD));
  }

  private static boolean english(GeneratedPage page) {
    return page.truth().language().equals("en");
  }

  private static Kind kind(GeneratedPage page) {
    return page.truth().kind();
  }

  private static String decoded(GeneratedPage page) {
    Charset charset = isUtf8(page.bytes()) ? StandardCharsets.UTF_8
        : Charset.forName("windows-1251");
    return new String(page.bytes(), charset).replace("\r\n", "\n");
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
