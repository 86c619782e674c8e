package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
  TranscriptStore store;

  @BeforeEach
  void open() {
    store = backend.newDatabase(archive).open();
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
    Publication p = page.publication();
    return new Parsed(page.page(), new Publication(p.title(), p.kind(),
        Published.of(LocalDate.of(2021, 3, 3), time), p.eventDate(), p.place(), p.language(),
        p.languageVersions(), List.of(new Participant(speaker, null)), p.outlets(),
        p.sections(), p.turns(), p.warnings(), p.source()));
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
    String ru = put(changed(RUSSIAN, "Ivan Petrov", LocalTime.of(11, 40)));
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
}
