package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.VersionChanges.Changed;
import org.verbatim.archive.VersionChanges.TurnPlace;
import org.verbatim.diff.TurnChange;
import org.verbatim.diff.VersionDiff;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.parse.Parser;
import org.verbatim.store.LaterVersion;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoredVersion;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ChangingPage;
import org.verbatim.testing.TestPostgres;

/**
 * What changed between stored versions, where a cited turn is now, and which publications
 * changed last: on a store of record on SQLite and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(VersionChangesTest.Database.class)
class VersionChangesTest {

  enum Database { SQLITE, POSTGRESQL }

  @Parameter Database database;
  @TempDir Path dir;
  TranscriptStore store;
  VersionChanges changes;
  String id;

  @BeforeEach
  void threeVersions() throws Exception {
    store = switch (database) {
      case SQLITE -> TranscriptStore.openSqlite(dir);
      case POSTGRESQL -> {
        TestPostgres.Database db = TestPostgres.newDatabase();
        yield TranscriptStore.open(db.url(), db.user(), db.password());
      }
    };
    changes = new VersionChanges(store);
    put(ChangingPage.V1);
    put(ChangingPage.V2);
    id = put(ChangingPage.V3).id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private PutResult put(String text) throws Exception {
    RawPage page = ChangingPage.page(text);
    return store.put(page, new Parser().parse(page));
  }

  @Test
  void without_versions_named_the_diff_is_of_the_latest_and_the_one_before() {
    VersionDiff diff = changes.between(id, null, null);

    assertThat(diff.from()).isEqualTo(2);
    assertThat(diff.to()).isEqualTo(3);
    assertThat(diff.summary()).isEqualTo("edited 7 (was 8); removed 6");
    TurnChange edited = diff.at(7).orElseThrow();
    assertThat(edited.pieces()).extracting(p -> p.op().code() + ":" + p.text()).contains(
        "deleted:second", "inserted:third", "deleted:September", "inserted:October");
  }

  @Test
  void any_two_versions_can_be_compared_either_way() {
    assertThat(changes.between(id, 1, 3).summary())
        .isEqualTo("edited 7 (was 6); inserted 3, 4; removed 4");
    assertThat(changes.between(id, 3, 1).summary())
        .isEqualTo("edited 6 (was 7); inserted 4; removed 3, 4");
    assertThat(changes.between(id, 2, null).from()).isEqualTo(2);
    assertThat(changes.between(id, 1, 1).textChanged()).isFalse();
  }

  @Test
  void an_unknown_id_or_version_is_named_with_the_versions_there_are() {
    assertThatThrownBy(() -> changes.between("0123456789abcdef", null, null))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No publication with id '0123456789abcdef' in the archive");
    assertThatThrownBy(() -> changes.between(id, 4, null))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("Publication '" + id + "' has no version 4: its versions are 1 to 3");
    assertThatThrownBy(() -> changes.follow(id, 1, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Version 1 of publication '" + id + "' has no turn 7: its turns are 1 to 6");
  }

  @Test
  void each_version_says_which_turns_it_changed() {
    assertThat(changes.history(id)).extracting(VersionDiff::summary)
        .containsExactly("inserted 3, 4", "edited 7 (was 8); removed 6");
    assertThat(changes.history(id)).extracting(VersionDiff::renumbered)
        .containsExactly(true, true);
  }

  @Test
  void a_turn_cited_in_an_early_version_is_followed_to_the_latest_or_said_removed() {
    List<TurnPlace> places = changes.followAll(id, 1);

    assertThat(places).extracting(TurnPlace::now).containsExactly(1, 2, 5, null, 6, 7);
    assertThat(places.get(3).removedIn()).isEqualTo(3);
    assertThat(changes.follow(id, 2, 8)).isEqualTo(new TurnPlace(id, 2, 8, 3, 7, null));
    assertThat(changes.follow(id, 3, 4).now()).isEqualTo(4);
  }

  @Test
  void the_latest_changes_skip_versions_whose_turns_say_the_same_and_re_reads() throws Exception {
    put(ChangingPage.V3_RETIMED); // version 4: new bytes, the same turns
    Publication v4 = store.publication(id).orElseThrow().publication();
    List<Turn> reread = new ArrayList<>(v4.turns());
    Turn last = reread.removeLast();
    reread.add(new Turn(last.section(), last.label(), last.speaker(), last.role(),
        List.of("A newer parser reads this answer otherwise."), last.notes(), last.editorial()));
    store.reread(id, 4, new Publication(v4.title(), v4.kind(), v4.published(), v4.eventDate(),
        v4.place(), v4.language(), v4.languageVersions(), v4.participants(), v4.outlets(),
        v4.sections(), reread, v4.warnings(), v4.source()), Parser.VERSION + 1); // version 5
    RawPage other = new RawPage("2 March 2017 18:49\n\nA statement on the fair\n\nWe are glad.\n"
        .getBytes(UTF_8), "statement.txt", null, RawPage.Format.TEXT);
    store.put(other, new Parser().parse(other));

    assertThat(store.history(id)).extracting(StoredVersion::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(store.laterVersions(10)).extracting(LaterVersion::number).containsExactly(4, 3, 2);
    List<Changed> latest = changes.latest(20);

    assertThat(latest).hasSize(1);
    assertThat(latest.get(0).later().id()).isEqualTo(id);
    assertThat(latest.get(0).later().version()).isEqualTo(3);
    assertThat(latest.get(0).diff().summary()).isEqualTo("edited 7 (was 8); removed 6");
  }
}
