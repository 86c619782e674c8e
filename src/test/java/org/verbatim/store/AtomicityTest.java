package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

/**
 * A failure in the middle of a page's write, injected with a trigger that raises a constraint
 * violation after some of the page's rows were already written, leaves nothing of that page.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AtomicityTest {

  @Parameter Backend backend;
  @TempDir Path archive;
  TestDatabase database;
  TranscriptStore store;

  static final Parsed EARLIER = Pages.numbered(1);
  static final Parsed POISONED = Pages.interview("pages/poison.txt", "A poisoned interview",
      "Will this be stored?", "Not a word of it.");

  @BeforeEach
  void open() {
    database = backend.newDatabase(archive);
    store = database.open();
    store.put(EARLIER.page(), EARLIER.publication());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_new_publication_failing_at_its_version_row_leaves_no_source_and_no_publication()
      throws SQLException {
    database.poison("INSERT", "publication_version", "NEW.title LIKE '%poisoned%'");

    assertThatThrownBy(() -> store.put(POISONED.page(), POISONED.publication()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not store pages/poison.txt in " + database.where() + ": ")
        .hasMessageContaining("injected failure");

    assertThat(database.count("SELECT COUNT(*) FROM source WHERE sha256 = '"
        + Hashes.sha256Hex(POISONED.page().bytes()) + "'")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM publication")).isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM publication_version")).isEqualTo(1);
    assertThat(store.ids()).containsExactly(store.held(EARLIER.page()).orElseThrow().id());
  }

  @Test
  void a_new_version_failing_at_its_last_statement_leaves_the_previous_version_latest()
      throws SQLException {
    RawPage changed = new RawPage("a corrected page".getBytes(StandardCharsets.UTF_8),
        EARLIER.page().path(), null, RawPage.Format.TEXT);
    Parsed corrected = Pages.interview(EARLIER.page().path(), EARLIER.publication().title(),
        "What did the talks number 1 bring?", "A corrected answer.");
    database.poison("UPDATE", "publication", "1 = 1");

    assertThatThrownBy(() -> store.put(changed, corrected.publication()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("injected failure");

    assertThat(database.count("SELECT COUNT(*) FROM source")).isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM publication_version")).isEqualTo(1);
    String id = store.ids().get(0);
    assertThat(store.publication(id).orElseThrow().publication())
        .isEqualTo(EARLIER.publication());
  }

  @Test
  void the_store_writes_again_once_the_cause_is_gone() throws SQLException {
    database.poison("INSERT", "publication_version", "NEW.title LIKE '%poisoned%'");
    assertThatThrownBy(() -> store.put(POISONED.page(), POISONED.publication()))
        .isInstanceOf(StoreException.class);
    database.cure("publication_version");

    PutResult result = store.put(POISONED.page(), POISONED.publication());

    assertThat(result.outcome()).isEqualTo(Outcome.ADDED);
    assertThat(store.count()).isEqualTo(2);
    assertThat(store.source(result.id()))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(POISONED.page().bytes()));
  }

}
