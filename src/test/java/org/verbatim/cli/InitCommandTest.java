package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.index.CloudSettings;
import org.verbatim.testing.TestCloud;
import org.verbatim.testing.TestPostgres;

/** {@code init} checks what it is given, writes the archive's configuration, and others read it. */
class InitCommandTest {

  @TempDir Path dir;

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void init_on_postgresql_and_solrcloud_writes_the_configuration_every_command_reads()
      throws Exception {
    TestPostgres.Database database = TestPostgres.newDatabase();
    CloudSettings collection = TestCloud.newCollection();
    try {
      Cli init = Cli.run("init", "--archive", archive(), "--store", database.url(),
          "--store-user", database.user(), "--store-password-env", "VERBATIM_TEST_UNUSED",
          "--index", collection.toSpec(), "--collection", collection.collection(),
          "--shards", "2", "--replicas", "2");

      // The password's variable is not set: nothing is written.
      assertThat(init.exit()).isEqualTo(1);
      assertThat(init.err()).isEqualTo("verbatim: The archive configuration refers to the "
          + "environment variable VERBATIM_TEST_UNUSED, which is not set (archive " + archive()
          + ")\n");
      assertThat(dir.resolve("archive").resolve(ArchiveConfig.FILE)).doesNotExist();

      init = Cli.run("init", "--archive", archive(), "--store", database.url(),
          "--store-user", database.user(), "--index", collection.toSpec(), "--collection",
          collection.collection());

      assertThat(init.exit()).as(init.err()).isZero();
      assertThat(init.out()).isEqualTo("Initialised " + archive() + ": store " + database.url()
          + ", index SolrCloud " + collection.toSpec() + " collection " + collection.collection()
          + "\n");
      assertThat(TestCloud.cluster().getZkStateReader().getClusterState()
          .getCollectionOrNull(collection.collection())).isNotNull();
      Path pages = Files.createDirectories(dir.resolve("pages"));
      Files.writeString(pages.resolve("fair.txt"), ArchiveCommandsTest.PAGE, UTF_8);
      assertThat(Cli.run("ingest", pages.toString(), "--archive", archive()).exit()).isZero();
      assertThat(dir.resolve("archive").resolve("verbatim.db")).doesNotExist();
      try (Archive opened = Archive.open(dir.resolve("archive"), "test")) {
        assertThat(opened.store().count()).isEqualTo(1);
        assertThat(opened.config().shared()).isTrue();
      }
    } finally {
      TestCloud.drop(collection);
    }
  }

  @Test
  void init_refuses_to_replace_a_configuration_without_force() {
    assertThat(Cli.run("init", "--archive", archive()).exit()).isZero();

    Cli again = Cli.run("init", "--archive", archive());

    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).startsWith("The archive " + archive() + " is configured already ("
        + ArchiveConfig.FILE + "): give --force to replace it\n");
    assertThat(Cli.run("init", "--archive", archive(), "--force").exit()).isZero();
  }

  @Test
  void init_sends_an_archive_that_holds_an_embedded_store_to_migrate() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("fair.txt"), ArchiveCommandsTest.PAGE, UTF_8);
    Cli.run("ingest", pages.toString(), "--archive", archive());

    Cli init = Cli.run("init", "--archive", archive(), "--store",
        "jdbc:postgresql://127.0.0.1:5432/verbatim", "--force");

    assertThat(init.exit()).isEqualTo(2);
    assertThat(init.err()).startsWith("The archive " + archive() + " holds an embedded store "
        + "(verbatim.db): use `verbatim migrate --archive " + archive() + " --to FILE` to move it"
        + " to jdbc:postgresql://127.0.0.1:5432/verbatim\n");
  }

  @Test
  void init_names_a_store_that_is_not_a_jdbc_url() {
    Cli init = Cli.run("init", "--archive", archive(), "--store", "postgres://db/verbatim");

    assertThat(init.exit()).isEqualTo(2);
    assertThat(init.err()).startsWith("The store must be sqlite or a JDBC URL "
        + "(jdbc:postgresql://host:5432/database), not postgres://db/verbatim\n");
  }
}
