package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.entity.Recognition;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.parse.Parser;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

@ParameterizedClass
@EnumSource(Backend.class)
class TranscriptStoreTest {

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

  static final Parsed FIRST = Pages.interview("pages/a.txt",
      "Foreign Minister Ivan Petrov’s interview with The Daily Lantern, Moscow, March 3, 2021",
      "Will the bridge be finished this year?",
      "The bridge will open in the autumn, as planned.");

  /** The same page (same path, title and date) after the publisher corrected its answer. */
  static final Parsed CORRECTED = Pages.interview("pages/a.txt",
      "Foreign Minister Ivan Petrov’s interview with The Daily Lantern, Moscow, March 3, 2021",
      "Will the bridge be finished this year?",
      "The bridge will open in the autumn, as planned, and a second one next spring.");

  @Test
  void a_new_page_is_added_as_version_1_under_the_id_of_its_identity() {
    PutResult result = store.put(FIRST.page(), FIRST.publication());

    String key = Identity.key(FIRST.page(), FIRST.publication());
    assertThat(result).isEqualTo(new PutResult(Outcome.ADDED, Identity.id(key), 1));
    assertThat(result.id()).matches("[0-9a-f]{16}");
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.ids()).containsExactly(result.id());
  }

  @Test
  void the_same_page_again_is_unchanged_and_writes_nothing() throws SQLException {
    PutResult added = store.put(FIRST.page(), FIRST.publication());
    String before = writeMarkSeenFromOutside();

    PutResult again = store.put(FIRST.page(), FIRST.publication());

    assertThat(again).isEqualTo(new PutResult(Outcome.UNCHANGED, added.id(), 1));
    assertThat(writeMarkSeenFromOutside()).isEqualTo(before);
    assertThat(store.history(added.id())).hasSize(1);
  }

  @Test
  void other_bytes_parsed_into_the_same_content_are_unchanged() {
    PutResult added = store.put(FIRST.page(), FIRST.publication());
    byte[] withTrailingChrome = (new String(FIRST.page().bytes(), StandardCharsets.UTF_8)
        + "\nPrint\nShare\n").getBytes(StandardCharsets.UTF_8);
    RawPage resaved = new RawPage(withTrailingChrome, "pages/a.txt", null, RawPage.Format.TEXT);

    PutResult again = store.put(resaved, FIRST.publication());

    assertThat(again).isEqualTo(new PutResult(Outcome.UNCHANGED, added.id(), 1));
    assertThat(store.source(Hashes.sha256Hex(withTrailingChrome))).isEmpty();
  }

  @Test
  void a_changed_page_becomes_version_2_and_version_1_is_kept() {
    PutResult added = store.put(FIRST.page(), FIRST.publication());

    PutResult updated = store.put(CORRECTED.page(), CORRECTED.publication());

    assertThat(updated).isEqualTo(new PutResult(Outcome.UPDATED, added.id(), 2));
    assertThat(store.count()).isEqualTo(1);
    StoredPublication latest = store.publication(added.id()).orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.latestVersion()).isEqualTo(2);
    assertThat(latest.publication()).isEqualTo(CORRECTED.publication());
    StoredPublication first = store.version(added.id(), 1).orElseThrow();
    assertThat(first.publication()).isEqualTo(FIRST.publication());
    assertThat(first.isLatest()).isFalse();
    assertThat(first.latestVersion()).isEqualTo(2);
    assertThat(store.version(added.id(), 3)).isEmpty();
  }


  @Test
  void a_prepared_page_is_decided_again_against_what_the_store_holds_when_it_is_written() {
    PreparedPut first = store.prepare(FIRST.page(), FIRST.publication(), Parser.VERSION,
        Recognition.NONE, null);
    PreparedPut corrected = store.prepare(CORRECTED.page(), CORRECTED.publication(),
        Parser.VERSION, Recognition.NONE, null);
    assertThat(store.count()).as("preparing writes nothing").isZero();

    PutResult added = store.put(FIRST.page(), FIRST.publication()); // another writer, meanwhile

    assertThat(first.write()).isEqualTo(new PutResult(Outcome.UNCHANGED, added.id(), 1));
    assertThat(corrected.write()).isEqualTo(new PutResult(Outcome.UPDATED, added.id(), 2));
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.publication(added.id()).orElseThrow().publication())
        .isEqualTo(CORRECTED.publication());
  }
  @Test
  void language_versions_are_the_latest_versions_of_the_same_kind_and_time_in_other_languages() {
    String en = store.put(FIRST.page(), FIRST.publication()).id();
    String ru = store.put(Pages.version(FIRST, "pages/a-ru.txt",
        "Интервью Министра иностранных дел И.П.Петрова газете «Дейли Лантерн»", "ru").page(),
        Pages.version(FIRST, "pages/a-ru.txt",
            "Интервью Министра иностранных дел И.П.Петрова газете «Дейли Лантерн»", "ru")
            .publication()).id();
    Pages.Parsed sameLanguage = Pages.version(FIRST, "pages/b.txt",
        "Foreign Minister Ivan Petrov’s remarks to The Daily Lantern", "en");
    store.put(sameLanguage.page(), sameLanguage.publication());
    Pages.Parsed unknown = Pages.version(FIRST, "pages/c.txt", "Ivan Petrov, Moscow", null);
    String unknownId = store.put(unknown.page(), unknown.publication()).id();
    store.put(CORRECTED.page(), CORRECTED.publication()); // en is at version 2 now

    StoredPublication english = store.publication(en).orElseThrow();
    assertThat(store.languageVersions(en, english.publication()))
        .extracting(LanguageVersion::id, LanguageVersion::language)
        .containsExactly(tuple(ru, "ru"), tuple(unknownId, null));
    // Two English publications printed at that time: one version a language, the first by id.
    assertThat(store.languageVersions(ru, store.publication(ru).orElseThrow().publication()))
        .extracting(LanguageVersion::language).containsExactly("en", null);
    Publication untimed = Pages.interview("pages/d.txt", "No time printed", "Why?", "Because.")
        .publication();
    assertThat(store.languageVersions("0000000000000000", new Publication(untimed.title(),
        untimed.kind(), Published.of(LocalDate.of(2021, 3, 3), null), null, null, "fr",
        List.of(), List.of(), List.of(), List.of(), untimed.turns(), List.of(),
        untimed.source()))).isEmpty();
  }

  @Test
  void the_first_page_again_after_a_change_is_a_third_version() {
    store.put(FIRST.page(), FIRST.publication());
    store.put(CORRECTED.page(), CORRECTED.publication());

    PutResult reverted = store.put(FIRST.page(), FIRST.publication());

    assertThat(reverted.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(reverted.version()).isEqualTo(3);
    assertThat(store.publication(reverted.id()).orElseThrow().publication())
        .isEqualTo(FIRST.publication());
  }

  @Test
  void history_lists_every_version_with_its_sizes_and_turns() {
    PutResult added = store.put(FIRST.page(), FIRST.publication());
    store.put(CORRECTED.page(), CORRECTED.publication());

    List<StoredVersion> history = store.history(added.id());

    assertThat(history).extracting(StoredVersion::number).containsExactly(1, 2);
    StoredVersion one = history.get(0);
    assertThat(one.title()).isEqualTo(
        "Foreign Minister Ivan Petrov’s interview with The Daily Lantern, Moscow, March 3, 2021");
    assertThat(one.published()).isEqualTo("2021-03-03T10:15");
    assertThat(one.language()).isEqualTo("en");
    assertThat(one.kind()).isEqualTo(Kind.INTERVIEW);
    assertThat(one.turns()).isEqualTo(2);
    assertThat(one.textChars()).isEqualTo(
        "Will the bridge be finished this year?".length()
            + "The bridge will open in the autumn, as planned.".length());
    assertThat(one.warnings()).isEqualTo(1);
    assertThat(one.sourceSha256()).isEqualTo(Hashes.sha256Hex(FIRST.page().bytes()));
    assertThat(one.sourceBytes()).isEqualTo(FIRST.page().bytes().length);
    assertThat(history.get(1).textChars() - one.textChars())
        .isEqualTo(", and a second one next spring".length());
    assertThat(history.get(1).ingestedAt()).isAfterOrEqualTo(one.ingestedAt());
    assertThat(store.history("0000000000000000")).isEmpty();
  }

  @Test
  void source_bytes_come_back_exactly_by_id_and_by_sha256() {
    byte[] bytes = "Заголовок\r\n\u00a0 Question: é?\n".getBytes(StandardCharsets.UTF_8);
    RawPage page = new RawPage(bytes, "pages/ru.txt", null, RawPage.Format.TEXT);
    Parsed parsed = Pages.interview("pages/ru.txt", "Интервью", "Вопрос?", "Ответ.");
    PutResult added = store.put(page, parsed.publication());

    assertThat(store.source(added.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    assertThat(store.source(Hashes.sha256Hex(bytes)))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    assertThat(store.source(Hashes.sha256Hex(new byte[] {1}))).isEmpty();
    assertThat(store.source("ffffffffffffffff")).isEmpty();
  }

  @Test
  void source_bytes_are_stored_compressed() throws SQLException {
    byte[] big = ("Ivan Petrov: We discussed the weather at length. ".repeat(400))
        .getBytes(StandardCharsets.UTF_8);
    store.put(new RawPage(big, "pages/big.txt", null, RawPage.Format.TEXT),
        FIRST.publication());

    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT size, compression, length(content) FROM source")) {
      row.next();
      assertThat(row.getLong(1)).isEqualTo(big.length);
      assertThat(row.getString(2)).isEqualTo("gzip");
      assertThat(row.getLong(3)).isLessThan(big.length / 10);
    }
  }

  @Test
  void a_page_with_a_url_keeps_its_publication_when_its_title_changes() {
    RawPage atUrl = new RawPage(FIRST.page().bytes(), null, "https://Example.org/en/news/17#top",
        RawPage.Format.TEXT);
    PutResult added = store.put(atUrl, FIRST.publication());
    Parsed retitled = Pages.interview("x", "A new title for the same address", "Q?", "A.");
    RawPage sameUrl = new RawPage(retitled.page().bytes(), null, "https://example.org/en/news/17",
        RawPage.Format.TEXT);

    PutResult updated = store.put(sameUrl, retitled.publication());

    assertThat(updated).isEqualTo(new PutResult(Outcome.UPDATED, added.id(), 2));
  }

  @Test
  void reading_unknown_ids_finds_nothing() {
    assertThat(store.publication("0123456789abcdef")).isEmpty();
    assertThat(store.version("0123456789abcdef", 1)).isEmpty();
  }

  @Test
  void stored_publications_keep_their_ingest_time() {
    Instant before = Instant.now().minusMillis(1);
    PutResult added = store.put(FIRST.page(), FIRST.publication());

    StoredPublication stored = store.publication(added.id()).orElseThrow();

    assertThat(stored.ingestedAt()).isBetween(before, Instant.now());
    assertThat(stored.id()).isEqualTo(added.id());
  }

  @Test
  void for_each_latest_walks_every_publication_once_in_id_order_across_pages() {
    int n = Queries.PAGE * 2 + 7;
    for (int i = 0; i < n; i++) {
      Parsed page = Pages.numbered(i);
      store.put(page.page(), page.publication());
    }
    Parsed changed = Pages.interview("pages/3.txt", Pages.numbered(3).publication().title(),
        "What did the talks number 3 bring?", "Nothing at all, in the end.");
    PutResult updated = store.put(changed.page(), changed.publication());

    List<StoredPublication> seen = new ArrayList<>();
    store.forEachLatest(seen::add);

    assertThat(seen).hasSize(n);
    assertThat(seen).extracting(StoredPublication::id).isSorted().doesNotHaveDuplicates()
        .containsExactlyElementsOf(store.ids());
    assertThat(seen).allMatch(StoredPublication::isLatest);
    assertThat(seen).filteredOn(s -> s.id().equals(updated.id())).singleElement()
        .satisfies(s -> {
          assertThat(s.version()).isEqualTo(2);
          assertThat(s.publication()).isEqualTo(changed.publication());
        });
  }

  @Test
  void held_tells_before_parsing_which_latest_version_holds_a_page_and_which_parser_read_it() {
    PutResult added = store.put(FIRST.page(), FIRST.publication(), 1);

    assertThat(store.held(FIRST.page())).contains(new HeldSource(added.id(), 1, 1));
    assertThat(store.held(CORRECTED.page())).isEmpty();
    store.put(CORRECTED.page(), CORRECTED.publication());
    assertThat(store.held(CORRECTED.page()))
        .contains(new HeldSource(added.id(), 2, Parser.VERSION));
    assertThat(store.held(FIRST.page())).isEmpty();
  }

  @Test
  void held_needs_the_same_url_for_a_page_known_by_its_url() {
    RawPage atUrl = new RawPage(FIRST.page().bytes(), null, "https://example.org/a",
        RawPage.Format.TEXT);
    store.put(atUrl, FIRST.publication());

    RawPage elsewhere = new RawPage(FIRST.page().bytes(), null, "https://example.org/b",
        RawPage.Format.TEXT);

    assertThat(store.held(atUrl)).isPresent();
    assertThat(store.held(elsewhere)).isEmpty();
  }

  @Test
  void a_closed_store_says_so() {
    store.close();

    assertThatThrownBy(() -> store.count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The store of " + database.where() + " is closed");
  }

  @Test
  void a_store_opened_again_by_jdbc_url_reads_what_was_written() {
    PutResult added = store.put(FIRST.page(), FIRST.publication());
    store.close();

    try (TranscriptStore byUrl =
        TranscriptStore.open(database.url(), database.user(), database.password())) {
      assertThat(byUrl.publication(added.id()).orElseThrow().publication())
          .isEqualTo(FIRST.publication());
    }
    store = database.open();
  }

  /** What changes, seen from another connection, when the store writes anything. */
  private String writeMarkSeenFromOutside() throws SQLException {
    if (watcher == null) {
      watcher = database.connect();
    }
    return database.writeMark(watcher);
  }

  private Connection watcher;

  @AfterEach
  void closeWatcher() throws SQLException {
    if (watcher != null) {
      watcher.close();
    }
  }
}
