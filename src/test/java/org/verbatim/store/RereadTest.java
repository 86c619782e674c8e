package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.model.Publication;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;
import org.verbatim.testing.OlderReading;

/**
 * A stored source read again by a newer parser: a new version only when the content changed,
 * marked as a re-read of the version whose source it read; the parser's version recorded either
 * way, so that the same parser never reads it again.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RereadTest {

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

  static final Parsed PAGE = Pages.numbered(1);

  /** What an older parser made of {@link #PAGE}: it lost the answer. */
  static final Publication OLDER_READING = OlderReading.lastTurnLost(PAGE.publication());

  @Test
  void a_newer_reading_of_the_same_source_becomes_the_next_version_that_rereads_it() {
    PutResult old = store.put(PAGE.page(), OLDER_READING, 1);

    PutResult reread = store.reread(old.id(), 1, PAGE.publication(), 2);

    assertThat(reread).isEqualTo(new PutResult(Outcome.REREAD, old.id(), 2));
    assertThat(store.publication(old.id()).orElseThrow().publication())
        .isEqualTo(PAGE.publication());
    List<StoredVersion> history = store.history(old.id());
    assertThat(history).extracting(StoredVersion::number, StoredVersion::parserVersion,
            StoredVersion::readBy, StoredVersion::rereadOf, StoredVersion::turns)
        .containsExactly(tuple(1, 1, 1, null, 1),
            tuple(2, 2, 2, 1, 2));
    assertThat(history.get(1).sourceSha256()).isEqualTo(history.get(0).sourceSha256());
    assertThat(store.version(old.id(), 1).orElseThrow().publication()).isEqualTo(OLDER_READING);
  }

  @Test
  void the_same_reading_by_a_newer_parser_adds_no_version_and_records_the_parser() {
    PutResult old = store.put(PAGE.page(), PAGE.publication(), 1);

    PutResult reread = store.reread(old.id(), 1, PAGE.publication(), 2);

    assertThat(reread).isEqualTo(new PutResult(Outcome.REREAD_SAME, old.id(), 1));
    assertThat(store.history(old.id())).singleElement()
        .satisfies(v -> {
          assertThat(v.parserVersion()).isEqualTo(1);
          assertThat(v.readBy()).isEqualTo(2);
          assertThat(v.isReread()).isFalse();
        });
    assertThat(store.readBefore(2)).isEmpty();
    assertThat(store.reread(old.id(), 1, PAGE.publication(), 2))
        .isEqualTo(new PutResult(Outcome.UNCHANGED, old.id(), 1));
  }

  @Test
  void read_before_lists_the_publications_whose_latest_version_an_older_parser_read() {
    PutResult older = store.put(Pages.numbered(1).page(), Pages.numbered(1).publication(), 1);
    PutResult current = store.put(Pages.numbered(2).page(), Pages.numbered(2).publication(), 2);
    PutResult updated = store.put(Pages.numbered(3).page(), Pages.numbered(3).publication(), 1);
    Parsed corrected = Pages.interview(Pages.numbered(3).page().path(),
        Pages.numbered(3).publication().title(), "What did the talks number 3 bring?",
        "A date for the next round, and nothing else.");
    store.put(corrected.page(), corrected.publication(), 2);

    assertThat(store.readBefore(2)).containsExactly(older.id());
    assertThat(store.readBefore(1)).isEmpty();
    assertThat(store.readBefore(3)).containsExactlyInAnyOrder(older.id(), current.id(),
        updated.id());
  }

  @Test
  void the_latest_source_comes_back_with_the_bytes_path_and_format_it_was_read_with() {
    PutResult old = store.put(PAGE.page(), OLDER_READING, 1);

    StoredSource source = store.latestSource(old.id()).orElseThrow();

    assertThat(source.id()).isEqualTo(old.id());
    assertThat(source.version()).isEqualTo(1);
    assertThat(source.readBy()).isEqualTo(1);
    assertThat(source.page().bytes()).isEqualTo(PAGE.page().bytes());
    assertThat(source.page().path()).isEqualTo(PAGE.page().path());
    assertThat(source.page().url()).isNull();
    assertThat(source.page().format()).isEqualTo(PAGE.page().format());
    assertThat(store.latestSource("0123456789abcdef")).isEmpty();
  }

  @Test
  void putting_bytes_an_older_parser_read_rereads_them_and_then_finds_them_unchanged() {
    PutResult old = store.put(PAGE.page(), OLDER_READING, 1);
    assertThat(store.held(PAGE.page())).contains(new HeldSource(old.id(), 1, 1));

    PutResult reread = store.put(PAGE.page(), PAGE.publication(), 2);
    PutResult again = store.put(PAGE.page(), PAGE.publication(), 2);

    assertThat(reread).isEqualTo(new PutResult(Outcome.REREAD, old.id(), 2));
    assertThat(again).isEqualTo(new PutResult(Outcome.UNCHANGED, old.id(), 2));
    assertThat(store.history(old.id())).extracting(StoredVersion::rereadOf)
        .containsExactly(null, 1);
    assertThat(store.held(PAGE.page())).contains(new HeldSource(old.id(), 2, 2));
  }

  @Test
  void an_older_parser_never_rereads_what_a_newer_one_read() {
    PutResult current = store.put(PAGE.page(), PAGE.publication(), 2);

    assertThat(store.put(PAGE.page(), OLDER_READING, 1))
        .isEqualTo(new PutResult(Outcome.UNCHANGED, current.id(), 1));
    assertThat(store.history(current.id())).hasSize(1);
  }

  @Test
  void a_reread_of_a_version_that_is_no_longer_the_latest_writes_nothing() {
    PutResult old = store.put(PAGE.page(), OLDER_READING, 1);
    Parsed corrected = Pages.interview(PAGE.page().path(), PAGE.publication().title(),
        "What did the talks number 1 bring?", "Nothing at all, in the end.");
    store.put(corrected.page(), corrected.publication(), 2);

    PutResult late = store.reread(old.id(), 1, PAGE.publication(), 2);

    assertThat(late).isEqualTo(new PutResult(Outcome.UNCHANGED, old.id(), 2));
    assertThat(store.history(old.id())).hasSize(2);
    assertThat(store.publication(old.id()).orElseThrow().publication())
        .isEqualTo(corrected.publication());
  }

  @Test
  void a_reread_of_an_unknown_publication_is_refused_by_id() {
    assertThatThrownBy(() -> store.reread("0123456789abcdef", 1, PAGE.publication(), 2))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("No publication 0123456789abcdef to re-read");
  }
}
