package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedIndexTest {

  @TempDir
  Path archive;

  @Test
  void keeps_committed_publications_across_a_restart_and_releases_its_lock() {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(index.wasReset()).isFalse();
      assertThat(index.describe())
          .isEqualTo("embedded Solr in " + archive.resolve("index").toAbsolutePath());
      Indexer indexer = new Indexer(index.client());
      indexer.put(List.of(publication("Kept").remarks("Ivan Petrov", "Kept.").entry("k")));
      indexer.commit();
      assertThatThrownBy(() -> EmbeddedIndex.open(archive))
          .isInstanceOf(IndexLockedException.class)
          .hasMessage("The index in " + archive.resolve("index").toAbsolutePath()
              + " is already open in this process; use the open instance");
    }
    assertThat(archive.resolve("index/solr.xml")).hasContent("<solr/>");
    assertThat(archive.resolve("index/verbatim/core.properties")).hasContent("name=verbatim");
    assertThat(archive.resolve("index/verbatim/conf/managed-schema.xml")).exists();

    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(new Indexer(index.client()).versions()).containsOnlyKeys("k");
      assertThat(new Indexer(index.client()).turnCount()).isEqualTo(1);
    }
  }

  @Test
  void fails_at_once_naming_the_process_that_holds_the_index() throws Exception {
    Path home = archive.resolve("index");
    Files.createDirectories(home);
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        home.resolve(EmbeddedIndex.LOCK_FILE).toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");

      long start = System.nanoTime();
      assertThatThrownBy(() -> EmbeddedIndex.open(archive))
          .isInstanceOf(IndexLockedException.class)
          .hasMessage("The index in " + home.toAbsolutePath() + " is open in another process (pid "
              + holder.pid() + "): stop it, or send this command to the Verbatim server it runs");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) { // free again once it has gone
      assertThat(new Indexer(index.client()).count()).isZero();
    }
  }

  @Test
  void empties_an_index_built_with_another_configset_version() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      Indexer indexer = new Indexer(index.client());
      indexer.put(List.of(publication("Old").entry("old")));
      indexer.commit();
    }
    Path schema = archive.resolve("index/verbatim/conf/managed-schema.xml");
    Files.writeString(schema, Files.readString(schema).replace(
        "name=\"verbatim-" + Configset.VERSION + "\"", "name=\"verbatim-0\""));

    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(index.wasReset()).isTrue();
      assertThat(new Indexer(index.client()).count()).isZero();
      assertThat(new Indexer(index.client()).configsetVersion()).isEqualTo(Configset.VERSION);
    }
  }

  @Test
  void starts_afresh_from_an_index_folder_left_with_no_commit() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(index.wasReset()).isFalse();
    }
    // What a process killed while Solr created the index leaves: Lucene's lock, no segments_N.
    Path data = archive.resolve("index/verbatim/data/index");
    try (var files = Files.list(data)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.createFile(data.resolve("write.lock"));
    Files.createFile(data.resolve("_0.fdt"));

    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(index.wasReset()).isTrue();
      Indexer indexer = new Indexer(index.client());
      assertThat(indexer.count()).isZero();
      indexer.put(List.of(publication("New").entry("new")));
      indexer.commit();
    }
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      assertThat(index.wasReset()).isFalse();
      assertThat(new Indexer(index.client()).versions()).containsOnlyKeys("new");
    }
  }
}
