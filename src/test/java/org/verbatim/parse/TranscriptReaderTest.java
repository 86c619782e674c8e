package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.model.Insertion;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;

/** Whole small pages, written for these tests, read into publications. */
class TranscriptReaderTest {

  static Turn turn(Integer section, String label, String speaker, Role role, String... paragraphs) {
    return new Turn(section, label, speaker, role, List.of(paragraphs), List.of(), List.of());
  }

  private static final String INTERVIEW_TITLE =
      "Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3 May 202114:05                         | | 2021-05-03T14:05",
      "May 3, 2021                             | 14:05 | 2021-05-03T14:05",
      "May 3, 2021 14:05                       | | 2021-05-03T14:05",
      "2021-05-03 14:05                        | | 2021-05-03T14:05",
      "14:05                                   | 77-03-05-2021 | 2021-05-03T14:05",
      "3 мая 202114:05                         | | 2021-05-03T14:05",
      "3 mai 202114:05                         | | 2021-05-03T14:05",
      "3 May 202114:05 (GMT+3)                 | | 2021-05-03T14:05+03:00",
  })
  void reads_the_header_date_in_every_form(String first, String second, String published)
      throws Exception {
    String page = first + "\n" + (second == null ? "" : second + "\n") + "\n" + INTERVIEW_TITLE
        + "\n\nQuestion: Is the ferry late?\n\nIvan Petrov: It is on time.\n";
    Publication p = Pages.read(page);
    assertThat(p.published()).hasToString(published);
    assertThat(p.title()).isEqualTo(INTERVIEW_TITLE);
    assertThat(p.warnings()).isEmpty();
    assertThat(p.turns()).containsExactly(
        turn(null, "Question", "Question", Role.QUESTION, "Is the ferry late?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "It is on time."));
  }

  @Test
  void takes_the_date_from_the_title_when_there_is_no_date_line_and_warns() throws Exception {
    Publication p = Pages.read("""

        Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021

        Question: Is the ferry late?
        """);
    assertThat(p.published()).hasToString("2021-05-03");
    assertThat(p.eventDate()).isEqualTo(LocalDate.of(2021, 5, 3));
    assertThat(p.warnings()).containsExactly(new ParseWarning(2, Warnings.dateFromTitle()));
    assertThat(p.warnings().get(0).message())
        .isEqualTo("no date line; the publication date is the date in the title");
  }

  @Test
  void takes_a_russian_title_date_and_warns() throws Exception {
    Publication p = Pages.read("""
        Интервью Министра иностранных дел России И.П.Петрова газете «Утренний курьер», Москва, 24 февраля 2019 года

        Вопрос: Когда откроется паром?

        И.П.Петров: Паром откроется весной, как мы и договаривались с нашими соседями.
        """);
    assertThat(p.published()).hasToString("2019-02-24");
    assertThat(p.place()).isEqualTo("Москва");
    assertThat(p.language()).isEqualTo("ru");
    assertThat(p.participants())
        .containsExactly(new Participant("И.П.Петров", "Министра иностранных дел России"));
    assertThat(p.outlets()).containsExactly("Утренний курьер");
    assertThat(p.warnings()).containsExactly(new ParseWarning(1, Warnings.dateFromTitle()));
    assertThat(p.turns()).containsExactly(
        turn(null, "Вопрос", "Вопрос", Role.QUESTION, "Когда откроется паром?"),
        turn(null, "И.П.Петров", "И.П.Петров", Role.ANSWER,
            "Паром откроется весной, как мы и договаривались с нашими соседями."));
  }

  @Test
  void reads_labels_of_a_name_and_a_post_and_of_an_outlet_and_its_reporter() throws Exception {
    Publication p = Pages.read("""
        Press Conference by Foreign Minister KORENAGA Hiroto

        Friday, March 6, 2026, 10:30 a.m. Ministry of Foreign Affairs

        Harbour Shimbun, TANAKA: Will the ferry to the islands run this winter?

        Mr. KORENAGA Hiroto, Minister for Foreign Affairs: It will run twice a week.

        Harbour Radio, SATO: And in spring?

        Minister KORENAGA: Every day.
        """);
    assertThat(p.participants()).extracting(Participant::name).containsExactly("KORENAGA Hiroto");
    assertThat(p.turns()).extracting(Turn::speaker, Turn::role).containsExactly(
        tuple("Harbour Shimbun, TANAKA", Role.QUESTION),
        tuple("KORENAGA Hiroto", Role.ANSWER),
        tuple("Harbour Radio, SATO", Role.QUESTION),
        tuple("KORENAGA Hiroto", Role.ANSWER));
  }

  @Test
  void reads_a_label_of_two_posts_joined_by_a_dash_and_a_name() throws Exception {
    Publication en = Pages.read("""
        Annual news conference

        December 3, 2026
        Northport

        President of Norland Ivan Petrov: Good afternoon, colleagues.

        Deputy Chief of Staff of the Presidential Executive Office – Presidential Press Secretary Oleg Mirnov: Let us begin.

        Question: Will the ferry run in winter?

        Ivan Petrov: It will.
        """);
    assertThat(en.turns()).extracting(Turn::speaker, Turn::role).containsExactly(
        tuple("Ivan Petrov", Role.REMARKS),
        tuple("Oleg Mirnov", Role.REMARKS),
        tuple("Question", Role.QUESTION),
        tuple("Ivan Petrov", Role.ANSWER));
    Publication ru = Pages.read("""
        Пресс-конференция

        3 декабря 2026 года

        Заместитель Руководителя Администрации Президента – Пресс-секретарь Президента О.Мирнов: Начнём.

        Вопрос: Когда откроется паром?

        И.Петров: Весной.
        """);
    assertThat(ru.turns()).extracting(Turn::speaker).containsExactly("О.Мирнов", "Вопрос",
        "И.Петров");
  }

  @Test
  void has_no_date_when_neither_header_nor_title_gives_one() throws Exception {
    Publication p = Pages.read("Foreign Minister Ivan Petrov’s interview with Harbour TV\n\n"
        + "Question: Is the ferry late?\n");
    assertThat(p.published()).isNull();
    assertThat(p.warnings()).containsExactly(new ParseWarning(0, "no publication date found"));
  }

  @Test
  void passes_over_an_embassy_mirrors_crawl_banner() throws Exception {
    Publication p = Pages.read("""
        22 September 2020
        Moscow: 00:12
        London: 22:12

        3 May 202114:05

        Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021

        Question: Is the ferry late?
        """);
    assertThat(p.published()).hasToString("2021-05-03T14:05");
    assertThat(p.turns()).hasSize(1);
  }

  @Test
  void a_crawl_banner_is_no_date_even_when_no_other_date_follows() throws Exception {
    TranscriptReader.Reading r = Pages.reading("""
        22 September 2020
        Moscow: 00:12

        Foreign Minister Ivan Petrov’s interview with Harbour TV

        Question: Is the ferry late?
        """);
    assertThat(r.publication().published()).isNull();
    assertThat(r.uses()).startsWith(LineUse.BANNER, LineUse.BANNER, LineUse.BLANK, LineUse.TITLE);
  }

  @Test
  void reads_a_date_line_right_after_the_title() throws Exception {
    Publication p = Pages.read(INTERVIEW_TITLE + "\n3 May 202114:05\n\nQuestion: Why?\n");
    assertThat(p.published()).hasToString("2021-05-03T14:05");
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void reads_language_versions_or_none() throws Exception {
    String body = "\n\nQuestion: Why?\n";
    assertThat(Pages.read("3 May 202114:05\n" + INTERVIEW_TITLE + "\n  • en-GB1 ru-RU1" + body)
        .languageVersions()).containsExactly("en-GB", "ru-RU");
    assertThat(Pages.read("3 May 202114:05\n" + INTERVIEW_TITLE
        + "\n• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1" + body).languageVersions())
        .containsExactly("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR");
    assertThat(Pages.read("3 May 202114:05\n" + INTERVIEW_TITLE + body).languageVersions())
        .isEmpty();
  }

  @Test
  void keeps_continuation_paragraphs_in_the_previous_turn() throws Exception {
    Publication p = Pages.read("""
        3 May 202114:05
        Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021

        Question: Two questions. First, the ferry?

        And second, the bridge?

        Ivan Petrov: The ferry runs daily.

        The bridge opens in June.
        The agenda is as follows: ferries first, then bridges.
        """);
    assertThat(p.turns()).containsExactly(
        turn(null, "Question", "Question", Role.QUESTION, "Two questions. First, the ferry?",
            "And second, the bridge?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "The ferry runs daily.",
            "The bridge opens in June.", "The agenda is as follows: ferries first, then bridges."));
  }

  @Test
  void repairs_damaged_labels_with_warnings_on_their_lines() throws Exception {
    Publication p = Pages.read("""
        3 May 202114:05
        Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021

        Question: Is the ferry late?

        Ivan Petrov: It will be announced soon.Question: And the bridge?

        Ivan PetrovThe bridge is ready.

        QuestionThank you.
        """);
    assertThat(p.turns()).containsExactly(
        turn(null, "Question", "Question", Role.QUESTION, "Is the ferry late?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "It will be announced soon."),
        turn(null, "Question", "Question", Role.QUESTION, "And the bridge?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "The bridge is ready."),
        turn(null, "Question", "Question", Role.QUESTION, "Thank you."));
    assertThat(p.warnings()).containsExactly(
        new ParseWarning(6, "label 'Question' was glued to the previous sentence; started a new turn there"),
        new ParseWarning(8, "label 'Ivan Petrov' had lost its colon; read as a label"),
        new ParseWarning(10, "label 'Question' had lost its colon; read as a label"));
  }

  @Test
  void resolves_speakers_from_the_title_and_keeps_label_notes() throws Exception {
    Publication p = Pages.read("""
        3 May 202114:05
        Foreign Minister Ivan Petrov’s interview with Harbour TV and The Paper, Oslo, May 3, 2021

        Q: Ferries?
        A: Daily.
        Q.: Bridges?
        A.: In June.
        QUESTION (retranslated from English): Tunnels?
        MR PETROV: Not yet.
        Harbour TV: Roads?
        The Paper: Rails?
        Answer: Both.
        Olga Lind: I would add one thing.
        """);
    assertThat(p.turns()).extracting(Turn::label, Turn::speaker, Turn::role, Turn::notes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Q", "Q", Role.QUESTION, List.of()),
            org.assertj.core.groups.Tuple.tuple("A", "Ivan Petrov", Role.ANSWER, List.of()),
            org.assertj.core.groups.Tuple.tuple("Q.", "Q.", Role.QUESTION, List.of()),
            org.assertj.core.groups.Tuple.tuple("A.", "Ivan Petrov", Role.ANSWER, List.of()),
            org.assertj.core.groups.Tuple.tuple("QUESTION", "QUESTION", Role.QUESTION,
                List.of("retranslated from English")),
            org.assertj.core.groups.Tuple.tuple("MR PETROV", "Ivan Petrov", Role.ANSWER, List.of()),
            org.assertj.core.groups.Tuple.tuple("Harbour TV", "Harbour TV", Role.QUESTION, List.of()),
            org.assertj.core.groups.Tuple.tuple("The Paper", "The Paper", Role.QUESTION, List.of()),
            org.assertj.core.groups.Tuple.tuple("Answer", "Ivan Petrov", Role.ANSWER, List.of()),
            org.assertj.core.groups.Tuple.tuple("Olga Lind", "Olga Lind", Role.ANSWER, List.of()));
  }

  @Test
  void drops_the_times_a_transcription_service_prints_between_paragraphs() throws Exception {
    Publication p = Pages.read("""
        Harbour Ministry Press Briefing, May 3, 2021

        Ivan Petrov (00:00):

        Good afternoon. Two announcements.

        (00:12)
        The ferry runs again.

        (1:02:47)
        The bridge opens in June. (10:30) is when.
        """);
    assertThat(p.turns()).singleElement().satisfies(turn -> {
      assertThat(turn.paragraphs()).containsExactly("Good afternoon. Two announcements.",
          "The ferry runs again.", "The bridge opens in June. (10:30) is when.");
      assertThat(turn.notes()).containsExactly("00:00");
    });
    assertThat(TurnBuilder.timestamp("(2021)")).isFalse();
    assertThat(TurnBuilder.timestamp("(12:)")).isFalse();
  }

  @Test
  void writes_russian_initials_labels_as_the_title_names_them() throws Exception {
    Publication p = Pages.read("""
        Выступление и ответы на вопросы СМИ Министра иностранных дел России И.П.Петрова, Москва, 3 мая 2021 года

        И.П. ПЕТРОВ: Добрый день. Мы обсудили паромы и мосты.
        ВОПРОС: Когда откроется мост?
        И.П. ПЕТРОВ: В июне.
        """);
    assertThat(p.kind().code()).isEqualTo("remarks");
    assertThat(p.turns()).containsExactly(
        turn(null, "И.П. ПЕТРОВ", "И.П.Петров", Role.REMARKS, "Добрый день. Мы обсудили паромы и мосты."),
        turn(null, "ВОПРОС", "ВОПРОС", Role.QUESTION, "Когда откроется мост?"),
        turn(null, "И.П. ПЕТРОВ", "И.П.Петров", Role.ANSWER, "В июне."));
  }

  @Test
  void makes_unlabelled_opening_remarks_one_turn_of_the_principal_speaker() throws Exception {
    Publication p = Pages.read("""
        3 May 202114:05
        Foreign Minister Ivan Petrov’s remarks and answers to media questions at a news conference, Oslo, May 3, 2021

        Good afternoon. We have finished our talks.

        We agreed on ferries.

        Question: And bridges?

        Ivan Petrov: Next year.
        """);
    assertThat(p.kind().code()).isEqualTo("remarks");
    assertThat(p.turns()).containsExactly(
        turn(null, null, "Ivan Petrov", Role.REMARKS, "Good afternoon. We have finished our talks.",
            "We agreed on ferries."),
        turn(null, "Question", "Question", Role.QUESTION, "And bridges?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "Next year."));
  }

  @Test
  void an_official_speaking_before_any_question_gives_remarks() throws Exception {
    Publication p = Pages.read("""
        3 May 202114:05
        Foreign Minister Ivan Petrov’s remarks at a joint news conference, Oslo, May 3, 2021

        Ivan Petrov: Good afternoon.
        Olga Lind: Thank you, Ivan.
        Question: When?
        Olga Lind: Soon.
        """);
    assertThat(p.turns()).extracting(Turn::role)
        .containsExactly(Role.REMARKS, Role.REMARKS, Role.QUESTION, Role.ANSWER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Speech by Foreign Minister Ivan Petrov at the Harbour Forum, Oslo, May 3, 2021 | speech",
      "Statement by Foreign Minister Ivan Petrov on the river treaty, Oslo, May 3, 2021 | statement",
      "Article by Foreign Minister Ivan Petrov for the Morning Courier newspaper | article",
  })
  void reads_a_speech_statement_or_article_as_one_remarks_turn(String title, String kind)
      throws Exception {
    Publication p = Pages.read("3 May 202114:05\n" + title + "\n\nDear friends,\n\n"
        + "The river treaty is ready: we signed it today.\n\nThank you.\n");
    assertThat(p.kind().code()).isEqualTo(kind);
    assertThat(p.turns()).containsExactly(turn(null, null, "Ivan Petrov", Role.REMARKS,
        "Dear friends,", "The river treaty is ready: we signed it today.", "Thank you."));
  }

  @Test
  void an_unlabelled_page_without_a_named_speaker_has_no_speaker() throws Exception {
    Publication p = Pages.read("3 May 202114:05\nPress release on the ferry timetable\n\n"
        + "The ferry timetable changes on Monday.\n");
    assertThat(p.kind().code()).isEqualTo("press-release");
    assertThat(p.participants()).isEmpty();
    assertThat(p.turns()).containsExactly(
        turn(null, null, null, Role.REMARKS, "The ferry timetable changes on Monday."));
  }

  @Test
  void reads_a_briefing_with_numbered_topics_with_gaps_and_restarts() throws Exception {
    Publication p = Pages.read("""
        2 March 201718:49

        Briefing by Foreign Ministry Spokesperson Anna Orlova, Moscow, March 2, 2017

        • en-GB1 ru-RU1

        1. The ferry timetable
        2. The bridge opening
        4. Fishing quotas
        1. Answers to media questions

        The ferry timetable

        The ferry timetable changes on Monday.

        Boats will leave every hour.

        The bridge opening

        The bridge opens in June.

        Fishing quotas

        Quotas stay as they are.

        Answers to media questions

        Question: Will the ferry timetable change again?

        Anna Orlova: Not this year.
        """);
    assertThat(p.kind().code()).isEqualTo("briefing");
    assertThat(p.sections()).containsExactly(new Section(1, "The ferry timetable"),
        new Section(2, "The bridge opening"), new Section(3, "Fishing quotas"),
        new Section(4, "Answers to media questions"));
    assertThat(p.turns()).containsExactly(
        turn(1, null, "Anna Orlova", Role.REMARKS, "The ferry timetable changes on Monday.",
            "Boats will leave every hour."),
        turn(2, null, "Anna Orlova", Role.REMARKS, "The bridge opens in June."),
        turn(3, null, "Anna Orlova", Role.REMARKS, "Quotas stay as they are."),
        turn(4, "Question", "Question", Role.QUESTION, "Will the ferry timetable change again?"),
        turn(4, "Anna Orlova", "Anna Orlova", Role.ANSWER, "Not this year."));
  }

  @Test
  void reads_a_briefing_with_dash_topics_after_a_contents_line() throws Exception {
    TranscriptReader.Reading r = Pages.reading("""
        2 March 201718:49
        Briefing by Foreign Ministry Spokesperson Anna Orlova
        Table of contents:
        - The ferry timetable
        – Answers to media questions

        Good afternoon.

        The ferry timetable

        It changes on Monday.

        Answers to media questions

        QUESTION: Why?
        """);
    Publication p = r.publication();
    assertThat(p.sections()).containsExactly(new Section(1, "The ferry timetable"),
        new Section(2, "Answers to media questions"));
    assertThat(p.turns()).containsExactly(
        turn(null, null, "Anna Orlova", Role.REMARKS, "Good afternoon."),
        turn(1, null, "Anna Orlova", Role.REMARKS, "It changes on Monday."),
        turn(2, "QUESTION", "QUESTION", Role.QUESTION, "Why?"));
    assertThat(r.uses()).containsSequence(LineUse.TITLE, LineUse.TOC, LineUse.TOC, LineUse.TOC);
  }

  @Test
  void numbered_paragraphs_that_never_come_back_as_headings_are_body_text() throws Exception {
    Publication p = Pages.read("""
        Statement by Foreign Minister Ivan Petrov on ferries
        1. Ferries run daily.
        2. Bridges open in June.
        """);
    assertThat(p.sections()).isEmpty();
    assertThat(p.turns()).containsExactly(turn(null, null, "Ivan Petrov", Role.REMARKS,
        "1. Ferries run daily.", "2. Bridges open in June."));
  }

  @Test
  void removes_chrome_before_in_the_middle_of_and_after_the_body() throws Exception {
    TranscriptReader.Reading r = Pages.reading("""
        Home / Press service / Transcripts
        Print
        Font size
        3 May 202114:05
        Share
        Foreign Minister Ivan Petrov’s interview with Harbour TV, Oslo, May 3, 2021
        Question: Is the ferry late?
        Views: 1234
        Ivan Petrov: It is on time.
        Additional materials
        Tags: ferries, bridges
        Showing 12 results.
        January 2019
        February 2019
        Advanced settings
        """);
    assertThat(r.publication().published()).hasToString("2021-05-03T14:05");
    assertThat(r.publication().turns()).containsExactly(
        turn(null, "Question", "Question", Role.QUESTION, "Is the ferry late?"),
        turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, "It is on time."));
    assertThat(r.uses()).containsExactly(LineUse.CHROME, LineUse.CHROME, LineUse.CHROME,
        LineUse.HEADER, LineUse.CHROME, LineUse.TITLE, LineUse.BODY, LineUse.CHROME, LineUse.BODY,
        LineUse.CHROME, LineUse.CHROME, LineUse.CHROME, LineUse.CHROME, LineUse.CHROME,
        LineUse.CHROME);
  }

  @Test
  void marks_editorial_insertions_and_keeps_them_in_the_text() throws Exception {
    Publication p = Pages.read("""
        Statement by Foreign Minister Ivan Petrov on ferries
        We protect the [river] environment.
        The [postponing of the] launch is [temporary] (Applause).
        """);
    Turn turn = p.turns().get(0);
    assertThat(turn.paragraphs()).containsExactly("We protect the [river] environment.",
        "The [postponing of the] launch is [temporary] (Applause).");
    assertThat(turn.editorial()).containsExactly(
        new Insertion(0, 15, 22, "[river]"),
        new Insertion(1, 4, 23, "[postponing of the]"),
        new Insertion(1, 34, 45, "[temporary]"));
  }

  @Test
  void keeps_notes_of_a_glued_label_and_all_text_around_it() throws Exception {
    Publication p = Pages.read("""
        Foreign Minister Ivan Petrov’s interview with Harbour TV
        Question: Is it late?Ivan Petrov (speaking Norwegian): No.
        """);
    assertThat(p.turns()).containsExactly(
        turn(null, "Question", "Question", Role.QUESTION, "Is it late?"),
        new Turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, List.of("No."),
            List.of("speaking Norwegian"), List.of()));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "Nous avons discuté des ferries et de la pêche avec nos voisins, et nous sommes d'accord pour les deux. | fr",
      "Wir haben über die Fähren und den Fischfang gesprochen, und das ist nicht einfach mit den Nachbarn. | de",
      "Hemos hablado de los transbordadores y de la pesca con nuestros vecinos, y es muy importante para nosotros. | es",
      "We have talked about the ferries and fishing with our neighbours, and that is important to us. | en",
      "Мы обсудили паромы и рыболовство с нашими соседями. | ru",
  })
  void tells_the_language_of_the_body(String paragraph, String language) throws Exception {
    assertThat(Pages.read("Statement by Foreign Minister Ivan Petrov\n\n" + paragraph + "\n")
        .language()).isEqualTo(language);
  }

  @Test
  void reads_crlf_and_a_byte_order_mark() throws Exception {
    Publication p = Pages.read("\uFEFF3 May 202114:05\r\n" + INTERVIEW_TITLE
        + "\r\n\r\nQuestion: Why?\r\nIvan Petrov: Because.\r\n");
    assertThat(p.published()).hasToString("2021-05-03T14:05");
    assertThat(p.turns()).extracting(t -> t.paragraphs().get(0)).containsExactly("Why?", "Because.");
  }

  @Test
  void leaves_a_lead_about_the_principal_speaker_to_no_speaker() throws Exception {
    Publication p = Pages.read("""
        March 7, 2024, 14:00

        Meeting with Governor of Harbour Region Igor Rudnev

        The President had a working meeting with Governor of Harbour Region Igor Rudnev.

        Ivan Petrov: Mr Rudnev, let us begin with the ferries.

        Igor Rudnev: Two new ferries run since spring.
        """);
    assertThat(p.turns()).extracting(Turn::speaker)
        .containsExactly(null, "Ivan Petrov", "Igor Rudnev");
    Publication remarks = Pages.read("""
        Foreign Minister Ivan Petrov’s remarks at the harbour, Oslo, May 3, 2021

        Colleagues, the ferries run again.

        Question: When will the bridge open?

        Ivan Petrov: Next year.
        """);
    assertThat(remarks.turns()).extracting(Turn::speaker).as("opening words of the speaker's own")
        .containsExactly("Ivan Petrov", "Question", "Ivan Petrov");
  }
}
