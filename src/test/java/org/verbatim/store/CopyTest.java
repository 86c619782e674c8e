package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.entity.Recognizer;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

/** An archive's SQLite store copied into a store on each backend, as {@code migrate} does. */
@ParameterizedClass
@EnumSource(Backend.class)
class CopyTest {

  static final int PAGES = Copy.BATCH * 2 + 30;

  @Parameter Backend backend;
  @TempDir Path folder;
  TestDatabase sourceDatabase;
  TestDatabase targetDatabase;
  TranscriptStore source;
  TranscriptStore target;

  @BeforeEach
  void open() {
    sourceDatabase = Backend.SQLITE.newDatabase(folder.resolve("source"));
    targetDatabase = backend.newDatabase(folder.resolve("target"));
    source = sourceDatabase.open();
    target = targetDatabase.open();
    for (int n = 0; n < PAGES; n++) {
      Parsed page = Pages.numbered(n);
      source.put(page.page(), page.publication());
      if (n % 3 == 0) {
        Parsed changed = KillTest.changed(n);
        source.put(changed.page(), changed.publication());
      }
    }
    byte[] russian = "Заголовок\r\n\u00a0 Вопрос: é?\n".getBytes(StandardCharsets.UTF_8);
    Publication interview = Pages.interview("x", "Интервью", "Вопрос?", "Ответ.").publication();
    source.put(new RawPage(russian, null, "https://example.org/ru/1", RawPage.Format.TEXT),
        interview, Parser.VERSION, Recognizer.standard().analyse(interview),
        new DocumentId("example.org", "1"));
  }

  @AfterEach
  void close() {
    target.close();
    source.close();
  }

  @Test
  void every_publication_and_version_is_copied_exactly() throws SQLException {
    List<CopyProgress> heard = new ArrayList<>();

    CopyProgress result = source.copyInto(target, heard::add);

    int versions = PAGES + (PAGES + 2) / 3 + 1;
    assertThat(result).isEqualTo(new CopyProgress(PAGES + 1, PAGES + 1, versions, 0));
    assertThat(heard).extracting(CopyProgress::publicationsDone)
        .containsExactly((long) Copy.BATCH, 2L * Copy.BATCH, PAGES + 1L);
    assertThat(heard.get(heard.size() - 1)).isEqualTo(result);
    assertSameStores();
  }

  @Test
  void language_versions_set_by_hand_are_copied_and_a_later_decision_at_the_next_run()
      throws SQLException {
    List<String> ids = source.ids();
    source.unlinkVersion(ids.get(0));

    source.copyInto(target, progress -> {});
    source.unlinkVersion(ids.get(1));
    source.copyInto(target, progress -> {});

    assertThat(target.versionsSetByHand(ids.get(0))).isTrue();
    assertThat(target.versionsSetByHand(ids.get(1))).isTrue();
    assertThat(target.versionsSetByHand(ids.get(2))).isFalse();
    assertSameStores();
  }

  @Test
  void an_interrupted_copy_run_again_completes_and_copies_nothing_twice() throws SQLException {
    RuntimeException stop = new IllegalStateException("interrupted after one batch");
    assertThatThrownBy(() -> source.copyInto(target, progress -> {
      throw stop;
    })).isSameAs(stop);
    assertThat(target.count()).isEqualTo(Copy.BATCH);
    List<String> firstBatch = target.ids();
    Parsed later = Pages.interview(Pages.numbered(1).page().path(),
        Pages.numbered(1).publication().title(), "What did the talks number 1 bring?",
        "An answer corrected after the first copy.");
    source.put(later.page(), later.publication());
    long versionsInFirstBatch = firstBatch.stream()
        .mapToLong(id -> target.history(id).size()).sum();

    CopyProgress result = source.copyInto(target, progress -> { });

    long versions = PAGES + (PAGES + 2) / 3 + 1 + 1;
    assertThat(result).isEqualTo(new CopyProgress(PAGES + 1, PAGES + 1,
        versions - versionsInFirstBatch, versionsInFirstBatch));
    assertSameStores();
    assertThat(target.put(later.page(), later.publication()).outcome())
        .isEqualTo(Outcome.UNCHANGED);
  }

  @Test
  void a_target_holding_another_version_under_the_same_number_is_refused() {
    Parsed other = Pages.interview(Pages.numbered(0).page().path(),
        Pages.numbered(0).publication().title(), "What did the talks number 0 bring?",
        "An answer the source never had.");
    String id = target.put(other.page(), other.publication()).id();

    assertThatThrownBy(() -> source.copyInto(target, progress -> { }))
        .isInstanceOf(StoreException.class)
        .hasMessage("Version 1 of publication " + id + " differs between "
            + sourceDatabase.where() + " and " + targetDatabase.where()
            + ": the target holds other publications; copy into an empty store");
  }

  /** The target reads back what the source does, row for row. */
  private void assertSameStores() throws SQLException {
    assertThat(target.latestVersions()).isEqualTo(source.latestVersions());
    for (String id : source.ids()) {
      assertThat(target.history(id)).as(id).isEqualTo(source.history(id));
      for (StoredVersion version : source.history(id)) {
        assertThat(target.version(id, version.number())).as(id).isEqualTo(
            source.version(id, version.number()));
        assertThat(target.source(version.sourceSha256()).orElseThrow()).as(id)
            .isEqualTo(source.source(version.sourceSha256()).orElseThrow());
      }
      assertThat(target.publication(id)).isEqualTo(source.publication(id));
      assertThat(target.source(id).orElseThrow()).isEqualTo(source.source(id).orElseThrow());
    }
    for (String table : List.of(
        "SELECT id, identity_key, latest_version, created_at, updated_at FROM publication"
            + " ORDER BY id",
        "SELECT publication_id, number, source_sha256, content_sha256, title, published,"
            + " language, kind, turns, text_chars, warnings, json, ingested_at"
            + " FROM publication_version ORDER BY publication_id, number",
        "SELECT sha256, format, path, url, size, compression, ingested_at FROM source"
            + " ORDER BY sha256",
        "SELECT publication_id, group_id, decided_at FROM version_decision"
            + " ORDER BY publication_id",
        "SELECT publication_id, document_site, document_id, speaker_id, outline, numbers,"
            + " entities FROM version_key ORDER BY publication_id")) {
      assertThat(rows(targetDatabase, table)).as(table).isEqualTo(rows(sourceDatabase, table));
    }
  }

  private static List<String> rows(TestDatabase database, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(row.getString(i)).append('|');
        }
        out.add(line.toString());
      }
    }
    return out;
  }
}
