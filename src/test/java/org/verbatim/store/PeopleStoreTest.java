package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.input.RawPage;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.parse.Parser;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

/**
 * The people each stored page names and the posts it gives them: learned as pages are stored,
 * listed as a person's posts over time, replaced by a page's next version, brought by a re-read,
 * read again on opening and copied between stores; once per database.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PeopleStoreTest {

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

  /** Ivan Petrov's interview on {@code date}, its participant line giving him {@code post}. */
  private static Parsed interview(String path, LocalDate date, String post) {
    Parsed base = Pages.interview(path, "Ivan Petrov’s interview with The Daily Lantern,"
        + " Moscow, " + date, "Will the bridge open on " + date + "?",
        "It will open as planned; Deputy Minister Oleg Marnov will cut the ribbon.");
    Publication p = base.publication();
    Publication dated = new Publication(p.title(), p.kind(),
        Published.of(date, LocalTime.of(10, 15)), p.eventDate(), p.place(), p.language(),
        p.languageVersions(), List.of(new Participant("Ivan Petrov", post)), p.outlets(),
        p.sections(), p.turns(), p.warnings(), p.source());
    return new Parsed(base.page(), dated);
  }

  private PutResult put(Parsed page) {
    Recognition recognition = Recognizer.standard().analyse(page.publication(),
        store.knownPeople());
    return store.put(page.page(), page.publication(), Parser.VERSION, recognition);
  }

  @Test
  void a_persons_posts_are_listed_from_the_first_page_that_gives_one_to_the_last() {
    put(interview("pages/1.txt", LocalDate.of(2019, 2, 1), "Deputy Foreign Minister"));
    put(interview("pages/2.txt", LocalDate.of(2020, 6, 1), "Foreign Minister"));
    put(interview("pages/3.txt", LocalDate.of(2019, 9, 1), "deputy  foreign minister"));
    put(interview("pages/4.txt", LocalDate.of(2021, 1, 1), "Посла России"));
    put(interview("pages/5.txt", LocalDate.of(2021, 5, 1), "посол России"));

    assertThat(store.posts("person:ivan-petrov")).containsExactly(
        new PostTerm("Deputy Foreign Minister", "2019-02-01", "2019-09-01", 2),
        new PostTerm("Foreign Minister", "2020-06-01", "2020-06-01", 1),
        new PostTerm("Посла России", "2021-01-01", "2021-05-01", 2));
    assertThat(store.posts("person:oleg-marnov")).containsExactly(
        new PostTerm("Deputy Minister", "2019-02-01", "2021-05-01", 5));
    assertThat(store.posts("person:nobody")).isEmpty();
    assertThat(store.knownPeople().knows("person:ivan-petrov")).isTrue();
    assertThat(store.knownPeople().knows("person:oleg-marnov")).isTrue();
  }

  @Test
  void a_new_version_replaces_what_the_page_said_before() {
    put(interview("pages/1.txt", LocalDate.of(2019, 2, 1), "Deputy Foreign Minister"));
    Parsed corrected = interview("pages/1.txt", LocalDate.of(2019, 2, 1), "First Deputy Minister");
    byte[] bytes = (new String(corrected.page().bytes(), StandardCharsets.UTF_8) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    PutResult result = put(new Parsed(new RawPage(bytes, "pages/1.txt", null,
        RawPage.Format.TEXT), corrected.publication()));

    assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(store.posts("person:ivan-petrov")).extracting(PostTerm::post)
        .containsExactly("First Deputy Minister");
  }

  @Test
  void a_page_stored_before_recognition_gets_its_people_when_read_again() {
    Parsed page = interview("pages/1.txt", LocalDate.of(2019, 2, 1), "Deputy Foreign Minister");
    PutResult stored = store.put(page.page(), page.publication(), Parser.VERSION - 1);
    assertThat(store.posts("person:ivan-petrov")).isEmpty();

    PutResult reread = store.reread(stored.id(), stored.version(), page.publication(),
        Parser.VERSION, Recognizer.standard().analyse(page.publication()));

    assertThat(reread.outcome()).isEqualTo(Outcome.REREAD_SAME);
    assertThat(store.posts("person:ivan-petrov")).extracting(PostTerm::post)
        .containsExactly("Deputy Foreign Minister");
  }

  @Test
  void a_person_named_in_full_without_a_post_is_learned_too() {
    put(interview("pages/1.txt", LocalDate.of(2019, 2, 1), null));
    store.close();
    store = database.open();

    assertThat(store.knownPeople().knows("person:ivan-petrov")).isTrue();
    assertThat(store.posts("person:ivan-petrov")).isEmpty();
  }

  @Test
  void the_people_learned_are_read_again_on_opening_and_copied_to_another_store() {
    put(interview("pages/1.txt", LocalDate.of(2019, 2, 1), "Deputy Foreign Minister"));
    store.close();
    store = database.open();
    assertThat(store.knownPeople().knows("person:ivan-petrov")).isTrue();

    try (TranscriptStore target = TranscriptStore.openSqlite(archive.resolve("copy"))) {
      store.copyInto(target, progress -> { });
      assertThat(target.posts("person:ivan-petrov"))
          .isEqualTo(store.posts("person:ivan-petrov")).isNotEmpty();
      assertThat(target.knownPeople().knows("person:oleg-marnov")).isTrue();
    }
  }
}
