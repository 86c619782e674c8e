package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.entity.Recognizer;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.parse.Parser;
import org.verbatim.store.Pages.Parsed;

/**
 * The language versions of a publication: found by kind, printed date-time and principal speaker,
 * or grouped and split by hand, the decision kept through new versions; once per database.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class VersionGroupsTest {

  static final Parsed ENGLISH = Pages.interview("pages/en.txt",
      "Ivan Petrov’s interview with The Daily Lantern", "Will the bridge open?", "It will.");
  static final Parsed RUSSIAN = Pages.version(ENGLISH, "pages/ru.txt",
      "Интервью И.П.Петрова газете «Дейли Лантерн»", "ru");
  static final Parsed GERMAN = Pages.version(ENGLISH, "pages/de.txt",
      "Interview von Ivan Petrov mit The Daily Lantern", "de");

  @Parameter Backend backend;
  @TempDir Path archive;
  TestDatabase database;
  TranscriptStore store;

  @BeforeEach
  void open() {
    database = backend.newDatabase(archive);
    store = database.open();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Stores a page as ingest does, learning the people it names in full. */
  private String put(Parsed page) {
    return store.put(page.page(), page.publication(), Parser.VERSION,
        Recognizer.standard().analyse(page.publication(), store.knownPeople())).id();
  }

  private List<String> versionsOf(String id) {
    return store.languageVersions(id, store.publication(id).orElseThrow().publication()).stream()
        .map(LanguageVersion::id).toList();
  }

  /** {@code page} with another principal speaker, or printed at another time. */
  private static Parsed changed(Parsed page, String speaker, LocalTime time) {
    return changed(page, speaker, Published.of(LocalDate.of(2021, 3, 3), time));
  }

  /** {@code page} with another principal speaker, printed {@code when}. */
  private static Parsed changed(Parsed page, String speaker, Published when) {
    Publication p = page.publication();
    return new Parsed(page.page(), new Publication(p.title(), p.kind(), when, p.eventDate(),
        p.place(), p.language(), p.languageVersions(), List.of(new Participant(speaker, null)),
        p.outlets(), p.sections(), p.turns(), p.warnings(), p.source()));
  }

  @Test
  void versions_are_found_by_kind_time_and_the_same_principal_speaker() {
    String en = put(ENGLISH);
    String ru = put(RUSSIAN);
    String otherSpeaker = put(changed(GERMAN, "Oleg Marnov", LocalTime.of(10, 15)));

    assertThat(versionsOf(en)).containsExactly(ru);
    assertThat(versionsOf(ru)).containsExactly(en);
    assertThat(versionsOf(otherSpeaker)).isEmpty();
    assertThat(store.versionsSetByHand(en)).isFalse();
  }

  @Test
  void publications_linked_by_hand_are_versions_whatever_their_times() {
    String en = put(ENGLISH);
    String ru = put(changed(RUSSIAN, "Ivan Petrov",
        Published.of(LocalDate.of(2021, 3, 9), LocalTime.of(11, 40))));
    assertThat(versionsOf(en)).isEmpty();

    assertThat(store.linkVersions(en, ru)).extracting(LanguageVersion::id).containsExactly(ru);

    assertThat(versionsOf(ru)).containsExactly(en);
    assertThat(store.versionsSetByHand(en)).isTrue();
    assertThat(store.versionsSetByHand(ru)).isTrue();
  }

  @Test
  void linking_brings_the_versions_each_side_had() {
    String en = put(ENGLISH);
    String de = put(GERMAN); // found with English
    String ru = put(changed(RUSSIAN, "Ivan Petrov", LocalTime.of(11, 40)));

    store.linkVersions(ru, en);

    assertThat(versionsOf(ru)).containsExactly(de, en);
    assertThat(versionsOf(de)).containsExactly(en, ru);
  }

  @Test
  void an_unlinked_publication_has_no_versions_and_leaves_the_others_grouped() {
    String en = put(ENGLISH);
    String ru = put(RUSSIAN);
    String de = put(GERMAN);

    assertThat(store.unlinkVersion(ru)).extracting(LanguageVersion::id).containsExactly(de, en);

    assertThat(versionsOf(ru)).isEmpty();
    assertThat(versionsOf(en)).containsExactly(de);
    assertThat(versionsOf(de)).containsExactly(en);
    assertThat(store.versionsSetByHand(ru)).isTrue();
    assertThat(store.versionsSetByHand(en)).isFalse();
  }

  @Test
  void a_decision_holds_through_a_new_version_of_the_page() {
    String en = put(ENGLISH);
    String ru = put(RUSSIAN);
    store.unlinkVersion(ru);
    Parsed corrected = Pages.version(Pages.interview("pages/en.txt", "",
        "Will the bridge open?", "It will, in May."), "pages/ru.txt",
        RUSSIAN.publication().title(), "ru");

    PutResult again = store.put(corrected.page(), corrected.publication(), Parser.VERSION,
        Recognizer.standard().analyse(corrected.publication(), store.knownPeople()));

    assertThat(again.id()).isEqualTo(ru);
    assertThat(again.version()).isEqualTo(2);
    assertThat(versionsOf(ru)).isEmpty();
    assertThat(versionsOf(en)).isEmpty();
  }

  @Test
  void a_link_is_refused_for_an_unknown_id_itself_or_two_of_one_language() {
    String en = put(ENGLISH);
    String ru = put(RUSSIAN);
    String ru2 = put(changed(Pages.version(ENGLISH, "pages/ru2.txt", "Второе интервью", "ru"),
        "Ivan Petrov", LocalTime.of(9, 0)));

    assertThatThrownBy(() -> store.linkVersions(en, "00000000000000ff"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No publication with id '00000000000000ff' in the archive");
    assertThatThrownBy(() -> store.linkVersions(en, en))
        .hasMessage("A publication is not a version of itself: " + en);
    assertThatThrownBy(() -> store.linkVersions(en, ru2))
        .hasMessage("Publications " + ru + " and " + ru2 + " are both in language 'ru', and a"
            + " group holds one version per language: unlink one of them first"
            + " (versions unlink ID)");
    assertThat(store.versionsSetByHand(en)).isFalse();
    assertThatThrownBy(() -> store.unlinkVersion("00000000000000ff"))
        .hasMessage("No publication with id '00000000000000ff' in the archive");
  }

  // ---- by the site's document id, and by content

  private static final DocumentId KREMLIN_12345 = new DocumentId("kremlin.ru", "12345");

  /** Stores a page as ingest does, with the document id a site profile told from its URL. */
  private String put(Parsed page, DocumentId documentId) {
    return store.put(page.page(), page.publication(), Parser.VERSION,
        Recognizer.standard().analyse(page.publication(), store.knownPeople()), documentId).id();
  }

  /** A generated version as a stored page would give it, printed {@code when}. */
  private static Parsed generated(Publication p, String path, Published when) {
    Publication printed = new Publication(p.title(), p.kind(), when, p.eventDate(), p.place(),
        p.language(), p.languageVersions(), p.participants(), p.outlets(), p.sections(),
        p.turns(), p.warnings(), p.source());
    byte[] bytes = PublicationJson.toJson(printed).getBytes(StandardCharsets.UTF_8);
    return new Parsed(new RawPage(bytes, path, null, RawPage.Format.TEXT), printed);
  }

  /** Two generated pairs of the same kind: two publications and their versions. */
  private static List<ParallelPair> twoOfOneKind() {
    List<ParallelPair> pairs = new ParallelPairs().pairs(14, 40).toList();
    for (ParallelPair a : pairs) {
      for (ParallelPair b : pairs) {
        if (a != b && a.english().kind() == b.english().kind()) {
          return List.of(a, b);
        }
      }
    }
    throw new AssertionError("no two generated pairs of one kind");
  }

  @Test
  void pages_of_one_site_document_are_versions_whatever_their_times_and_contents() {
    String en = put(ENGLISH, KREMLIN_12345);
    String ru = put(changed(Pages.version(Pages.interview("pages/ru.txt", "",
        "Откроется ли мост?", "Да, в мае."), "pages/ru.txt", "Интервью", "ru"),
        "Oleg Marnov", Published.of(LocalDate.of(2021, 3, 5))), KREMLIN_12345);
    String otherDocument = put(changed(GERMAN, "Ivan Petrov", LocalTime.of(10, 15)),
        new DocumentId("kremlin.ru", "12346"));

    assertThat(versionsOf(en)).containsExactly(otherDocument, ru);
    assertThat(versionsOf(ru)).containsExactly(en);
  }

  @Test
  void the_site_document_id_comes_before_the_printed_time() {
    String en = put(ENGLISH, KREMLIN_12345);
    put(RUSSIAN); // printed at the same minute, but not known as that document
    String ru = put(changed(Pages.version(ENGLISH, "pages/ru-site.txt", "Интервью", "ru"),
        "Ivan Petrov", LocalTime.of(18, 0)), KREMLIN_12345);

    assertThat(versionsOf(en)).containsExactly(ru);
  }

  @Test
  void versions_printed_at_different_times_are_found_by_their_content() {
    List<ParallelPair> two = twoOfOneKind();
    LocalDate day = LocalDate.of(2021, 6, 10);
    String en = put(generated(two.get(0).english(), "pairs/a-en.txt",
        Published.of(day, LocalTime.of(14, 30))));
    String ru = put(generated(two.get(0).russian(), "pairs/a-ru.txt",
        Published.of(day.plusDays(1), LocalTime.of(9, 5))));
    String dateOnly = put(generated(two.get(1).english(), "pairs/b-en.txt", Published.of(day)));
    String otherOfTheDay = put(generated(two.get(1).russian(), "pairs/b-ru.txt",
        Published.of(day)));

    assertThat(versionsOf(en)).containsExactly(ru);
    assertThat(versionsOf(ru)).containsExactly(en);
    assertThat(versionsOf(dateOnly)).containsExactly(otherOfTheDay);
  }

  @Test
  void different_publications_of_one_day_are_not_versions() {
    List<ParallelPair> two = twoOfOneKind();
    Published day = Published.of(LocalDate.of(2021, 6, 10));
    String en = put(generated(two.get(0).english(), "pairs/a-en.txt", day));
    String ru = put(generated(two.get(1).russian(), "pairs/b-ru.txt", day));

    assertThat(versionsOf(en)).isEmpty();
    assertThat(versionsOf(ru)).isEmpty();
  }

  @Test
  void a_decision_by_hand_wins_over_every_tie_and_holds_through_a_reparse() {
    ParallelPair pair = twoOfOneKind().get(0);
    LocalDate day = LocalDate.of(2021, 6, 10);
    String bySite = put(ENGLISH, KREMLIN_12345);
    put(changed(RUSSIAN, "Ivan Petrov", Published.of(LocalDate.of(2021, 3, 20))), KREMLIN_12345);
    Published later = Published.of(LocalDate.of(2021, 3, 10), LocalTime.of(18, 0));
    String byTime = put(changed(GERMAN, "Ivan Petrov", later));
    put(changed(Pages.version(ENGLISH, "pages/ru-time.txt", "Интервью", "ru"), "Ivan Petrov",
        later));
    Parsed russian = generated(pair.russian(), "pairs/a-ru.txt", Published.of(day));
    String en = put(generated(pair.english(), "pairs/a-en.txt",
        Published.of(day, LocalTime.of(14, 30))));
    String byContent = put(russian);
    assertThat(versionsOf(bySite)).hasSize(1);
    assertThat(versionsOf(byTime)).hasSize(1);
    assertThat(versionsOf(byContent)).containsExactly(en);

    store.unlinkVersion(bySite);
    store.unlinkVersion(byTime);
    store.unlinkVersion(byContent);
    PutResult reread = store.reread(byContent, 1, russian.publication(), Parser.VERSION + 1,
        Recognizer.standard().analyse(russian.publication(), store.knownPeople()));

    assertThat(reread.outcome()).isEqualTo(PutResult.Outcome.REREAD_SAME);
    assertThat(versionsOf(bySite)).isEmpty();
    assertThat(versionsOf(byTime)).isEmpty();
    assertThat(versionsOf(byContent)).isEmpty();
    assertThat(versionsOf(en)).isEmpty();
  }

  @Test
  void keys_are_worked_out_for_a_publication_stored_before_they_were_recorded()
      throws SQLException {
    String en = put(ENGLISH, KREMLIN_12345);
    String ru = put(changed(RUSSIAN, "Ivan Petrov", LocalTime.of(18, 0)));
    database.execute("DELETE FROM version_key WHERE publication_id = '" + ru + "'");

    assertThat(versionsOf(en)).containsExactly(ru);
    assertThat(versionsOf(ru)).containsExactly(en);
  }
}
