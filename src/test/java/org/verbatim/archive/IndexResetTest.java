package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.index.Configset;
import org.verbatim.search.SearchRequest;

/**
 * An embedded index built with another configset, or left with no commit, is emptied when opened;
 * the archive rebuilds it from the store before anyone searches it, rather than serving an empty
 * site.
 */
class IndexResetTest {

  @TempDir Path dir;

  @Test
  void an_index_emptied_by_a_configset_change_is_rebuilt_from_the_store_on_opening()
      throws Exception {
    Path archive = archiveOfFivePages();
    Path schema = archive.resolve("index/verbatim/conf/managed-schema.xml");
    Files.writeString(schema, Files.readString(schema).replace(
        "name=\"verbatim-" + Configset.VERSION + "\"", "name=\"verbatim-0\""));

    try (Archive opened = Archive.open(archive, "serve")) {
      assertThat(opened.index().wasReset()).isTrue();
      assertThat(opened.searcher().search(SearchRequest.of("")).total()).isEqualTo(5);
      assertThat(opened.check().clean()).isTrue();
    }
  }

  /**
   * An ingest killed while Solr created the index (which the archive opens beside the store's
   * first writes) leaves an index folder with Lucene's lock and no commit.
   */
  @Test
  void an_index_left_with_no_commit_is_rebuilt_from_the_store_on_opening() throws Exception {
    Path archive = archiveOfFivePages();
    Path data = archive.resolve("index/verbatim/data/index");
    try (var files = Files.list(data)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.createFile(data.resolve("write.lock"));

    try (Archive opened = Archive.open(archive, "serve")) {
      assertThat(opened.index().wasReset()).isTrue();
      assertThat(opened.searcher().search(SearchRequest.of("")).total()).isEqualTo(5);
      assertThat(opened.check().clean()).isTrue();
    }
  }

  private Path archiveOfFivePages() throws Exception {
    Generator generator = new Generator(GeneratorOptions.defaults());
    Path pages = Files.createDirectories(dir.resolve("pages"));
    List<PageInput> inputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      GeneratedPage page = generator.page(9, i);
      Path file = pages.resolve(page.fileName());
      Files.write(file, page.bytes());
      inputs.add(PageInput.file(file));
    }
    Path archive = dir.resolve("archive");
    try (Archive opened = Archive.open(archive, "ingest")) {
      opened.ingest(inputs, Duration.ofSeconds(5), progress -> { });
    }
    return archive;
  }
}
