package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;
import org.verbatim.testing.ArchiveBackend;

/**
 * ingest, history, check and reindex through the command line, on each backend: SQLite and
 * embedded Solr, PostgreSQL and SolrCloud.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class ArchiveCommandsTest {

  @Parameter
  ArchiveBackend backend;
  ArchiveConfig config;

  static final String PAGE = """
      2 March 201718:49
      Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017

      Question: How did the harvest fair go this year?

      Ivan Petrov: The fair went well and the weather held for all three days.
      """;

  static final String PAGE_CORRECTED = """
      2 March 201718:49
      Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017

      Question: How did the harvest fair go this year?

      Ivan Petrov: The fair went well, and the weather held for all four days.

      Question: Will it return next autumn?

      Ivan Petrov: It will, on the same meadow by the river.
      """;

  @TempDir Path dir;

  @BeforeEach
  void newArchive() throws Exception {
    config = backend.newArchive(dir.resolve("archive"));
  }

  @AfterEach
  void dispose() {
    backend.dispose(config);
  }

  Archive open() throws Exception {
    return Archive.open(dir.resolve("archive"), "test");
  }

  Path pages() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < 20; i++) {
      GeneratedPage page = generator.page(11, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
    }
    Files.writeString(pages.resolve("fair.txt"), PAGE, UTF_8);
    return pages;
  }

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void ingesting_a_folder_twice_adds_nothing_the_second_time() throws Exception {
    Path pages = pages();

    Cli first = Cli.run("ingest", pages.toString(), "--archive", archive());
    Cli second = Cli.run("ingest", pages.toString(), "--archive", archive());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("  added     21\n", "  updated   0\n",
        "  unchanged 0\n", "  failed    0\n");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("  added     0\n", "  updated   0\n",
        "  unchanged 21\n", "  failed    0\n");
  }

  @Test
  void a_changed_page_becomes_a_second_version_that_history_lists() throws Exception {
    Path pages = pages();
    Cli.run("ingest", pages.toString(), "--archive", archive());
    Files.writeString(pages.resolve("fair.txt"), PAGE_CORRECTED, UTF_8);

    Cli again = Cli.run("ingest", pages.toString(), "--archive", archive());

    assertThat(again.out()).contains("  added     0\n", "  updated   1\n",
        "  unchanged 20\n");
    String id = idOf("Northern Courier");
    Cli history = Cli.run("history", id, "--archive", archive());
    assertThat(history.exit()).isZero();
    List<String> lines = history.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(id + ": Foreign Minister Ivan Petrov’s interview with the "
        + "Northern Courier, Newtown, March 2, 2017");
    assertThat(lines).hasSize(6);
    assertThat(lines.get(2)).startsWith("1 ").contains("2017-03-02T18:49", " 2  ");
    assertThat(lines.get(3)).startsWith("2 ")
        .contains("(+" + (PAGE_CORRECTED.getBytes(UTF_8).length - PAGE.getBytes(UTF_8).length)
            + ")", "4 (+2)");
    assertThat(lines.get(4)).isEqualTo("version  turns changed (verbatim diff " + id
        + " --from N --to M shows the words)");
    assertThat(lines.get(5)).isEqualTo("2        edited 2; inserted 3, 4");
  }

  @Test
  void a_broken_page_is_named_with_its_reason_and_the_others_are_kept() throws Exception {
    Path pages = pages();
    Files.write(pages.resolve("empty.txt"), new byte[0]);

    Cli run = Cli.run("ingest", pages.toString(), "--archive", archive());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("  added     21\n", "  failed    1\n",
        "    " + pages.resolve("empty.txt") + ": empty file\n");
    try (Archive archive = open()) {
      assertThat(archive.store().count()).isEqualTo(21);
    }
    assertThat(Cli.run("check", "--archive", archive()).exit()).isZero();
  }

  @Test
  void history_of_an_unknown_id_says_so_in_one_line() throws Exception {
    Cli.run("ingest", pages().toString(), "--archive", archive());

    Cli run = Cli.run("history", "0123456789abcdef", "--archive", archive());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("verbatim: no publication with id '0123456789abcdef' in "
        + "the archive " + archive() + "\n");
  }

  @Test
  void check_names_a_publication_the_index_lost_and_one_it_should_not_have() throws Exception {
    Cli.run("ingest", pages().toString(), "--archive", archive());
    String lost = idOf("Northern Courier");
    try (Archive archive = open()) {
      StoredPublication any = archive.store().publication(lost).orElseThrow();
      Indexer indexer = new Indexer(archive.index().client());
      indexer.delete(List.of(lost));
      indexer.put(List.of(new IndexEntry("ffffffffffffffff", 1, any.publication())));
      indexer.commit();
    }

    Cli check = Cli.run("check", "--archive", archive());

    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains(
        "1 missing from the index: " + lost + "\n",
        "1 in the index but not in the store: ffffffffffffffff\n",
        "2 disagreement(s)\n");

    Cli reindex = Cli.run("reindex", "--archive", archive());
    Cli clean = Cli.run("check", "--archive", archive());

    assertThat(reindex.out()).startsWith("Reindexed 21 publications in ");
    assertThat(clean.exit()).as(clean.out()).isZero();
    assertThat(clean.out()).endsWith("0 disagreements\n");
  }

  @Test
  void check_repair_puts_the_index_right_from_the_store() throws Exception {
    Cli.run("ingest", pages().toString(), "--archive", archive());
    try (Archive archive = open()) {
      Indexer indexer = new Indexer(archive.index().client());
      indexer.deleteAll();
      indexer.commit();
    }

    Cli repair = Cli.run("check", "--repair", "--archive", archive());
    Cli clean = Cli.run("check", "--archive", archive());

    assertThat(repair.exit()).isEqualTo(1);
    assertThat(repair.out()).contains("21 missing from the index: ", "Repaired 21 publication(s)");
    assertThat(clean.exit()).isZero();
  }

  @Test
  void reindex_recreate_index_drops_the_index_and_builds_it_again_from_the_store()
      throws Exception {
    Cli.run("ingest", pages().toString(), "--archive", archive());

    Cli recreate = Cli.run("reindex", "--recreate-index", "--archive", archive());
    Cli clean = Cli.run("check", "--archive", archive());

    assertThat(recreate.exit()).as(recreate.err()).isZero();
    assertThat(recreate.out()).startsWith("Reindexed 21 publications in ");
    assertThat(clean.exit()).as(clean.out()).isZero();
  }

  /** The id of the only publication whose title contains {@code words}. */
  String idOf(String words) throws Exception {
    try (Archive archive = open()) {
      TranscriptStore store = archive.store();
      List<String> ids = store.ids().stream().filter(id -> {
        String title = store.publication(id).orElseThrow().publication().title();
        return title != null && title.contains(words);
      }).toList();
      assertThat(ids).hasSize(1);
      return ids.get(0);
    }
  }
}
