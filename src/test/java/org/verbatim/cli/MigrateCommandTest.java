package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.StoredVersion;
import org.verbatim.testing.ArchiveBackend;

/**
 * {@code migrate} moves an embedded archive onto PostgreSQL and SolrCloud: interrupted, it leaves
 * the archive as it was, and run again it completes with every version and the same searches.
 */
class MigrateCommandTest {

  @TempDir Path dir;
  ArchiveConfig target;

  @AfterEach
  void dispose() {
    if (target != null) {
      ArchiveBackend.SERVERS.dispose(target);
    }
  }

  @Test
  void an_interrupted_migration_leaves_the_archive_as_it_was_and_a_second_run_completes_it()
      throws Exception {
    Path archive = dir.resolve("archive");
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (int i = 0; i < 40; i++) {
      GeneratedPage page = generator.page(23, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
    }
    Files.writeString(pages.resolve("fair.txt"), ArchiveCommandsTest.PAGE, UTF_8);
    assertThat(Cli.run("ingest", pages.toString(), "--archive", archive.toString()).exit())
        .isZero();
    Files.writeString(pages.resolve("fair.txt"), ArchiveCommandsTest.PAGE_CORRECTED, UTF_8);
    assertThat(Cli.run("ingest", pages.toString(), "--archive", archive.toString()).exit())
        .isZero();
    Map<String, List<StoredVersion>> histories = new LinkedHashMap<>();
    List<String> found;
    try (Archive before = Archive.open(archive, "test")) {
      before.store().ids().forEach(id -> histories.put(id, before.store().history(id)));
      found = ids(before, "weather");
    }
    target = ArchiveBackend.SERVERS.newArchive(dir.resolve("target"));
    Path good = dir.resolve("target").resolve(ArchiveConfig.FILE);
    Path unreachable = dir.resolve("unreachable.properties");
    Files.writeString(unreachable, target.withIndex("http://127.0.0.1:1/solr", "verbatim", 2, 2)
        .text(), UTF_8);

    Cli interrupted = Cli.run("migrate", "--archive", archive.toString(), "--to",
        unreachable.toString());

    assertThat(interrupted.exit()).isEqualTo(1);
    assertThat(interrupted.out()).contains("Copied 42 versions (0 were there already)");
    assertThat(interrupted.err()).startsWith("verbatim: ").contains("127.0.0.1:1");
    assertThat(ArchiveConfig.of(archive).embeddedStore()).isTrue();
    assertThat(Cli.run("check", "--archive", archive.toString()).exit()).isZero();

    Cli completed = Cli.run("migrate", "--archive", archive.toString(), "--to", good.toString());

    assertThat(completed.exit()).as(completed.err()).isZero();
    assertThat(completed.out()).contains("Copied 0 versions (42 were there already)",
        "Checked: 41 publications agree.");
    assertThat(ArchiveConfig.of(archive)).isEqualTo(target);
    try (Archive after = Archive.open(archive, "test")) {
      assertThat(after.config().shared()).isTrue();
      Map<String, List<StoredVersion>> migrated = new LinkedHashMap<>();
      after.store().ids().forEach(id -> migrated.put(id, after.store().history(id)));
      assertThat(migrated).isEqualTo(histories);
      assertThat(ids(after, "weather")).isEqualTo(found);
    }
    assertThat(Cli.run("check", "--archive", archive.toString()).exit()).isZero();
  }

  private static List<String> ids(Archive archive, String query) throws Exception {
    return archive.searcher().search(SearchRequest.of(query)).hits().stream().map(Hit::id)
        .toList();
  }
}
