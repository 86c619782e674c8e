package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.input.PageFiles;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;
import org.verbatim.search.EntityReport;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.PostTerm;

/**
 * An archive learns the people its pages name in full, with their posts: a later page's surname
 * alone is that person in the index, the store lists their posts over time, and a reparse brings
 * both to pages stored before. The people are invented.
 */
class LearnedPeopleTest {

  @TempDir Path dir;

  static final String FIRST = """
      1 February 2019 10:00
      Deputy Foreign Minister Anton Velikov’s interview with the Harbour Gazette, Moscow, \
      February 1, 2019

      Question: When will the lighthouse talks resume?

      Anton Velikov: In spring, once the ice has gone from the bay.
      """;

  static final String LATER = """
      2 June 2020 09:30
      Remarks by Ambassador Lina Sorel at the opening of the harbour museum, Tallinn, June 2, 2020

      Lina Sorel: Deputy Minister Velikov sent his greetings to the museum. We thank Velikov \
      for the old charts of the bay.
      """;

  private PageInput page(String name, String text) throws Exception {
    Path file = Files.createDirectories(dir.resolve("pages")).resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return PageInput.file(file);
  }

  private static List<String> titles(Archive archive, String query) throws Exception {
    return archive.searcher().search(SearchRequest.of(query)).hits().stream()
        .map(Hit::title).sorted().toList();
  }

  @Test
  void a_later_pages_surname_alone_is_the_person_an_earlier_page_named_in_full()
      throws Exception {
    try (Archive archive = Archive.open(dir.resolve("archive"), "ingest")) {
      archive.ingest(List.of(page("first.txt", FIRST)), Duration.ofMinutes(1), p -> { });
      archive.ingest(List.of(page("later.txt", LATER)), Duration.ofMinutes(1), p -> { });

      assertThat(titles(archive, "about:\"Anton Velikov\"")).hasSize(2);
      assertThat(titles(archive, "about:Velikov")).hasSize(2);
      EntityReport report = archive.searcher().entity("person:anton-velikov");
      assertThat(report.publications()).isEqualTo(2);
      assertThat(archive.store().posts("person:anton-velikov")).containsExactly(
          new PostTerm("Deputy Foreign Minister", "2019-02-01", "2019-02-01", 1),
          new PostTerm("Deputy Minister", "2020-06-02", "2020-06-02", 1));
    }
  }

  @Test
  void a_reparse_brings_people_and_entities_to_pages_stored_before_recognition()
      throws Exception {
    PageInput input = page("first.txt", FIRST);
    RawPage raw = input.reader().read();
    Publication parsed = new Parser().parse(raw);
    try (Archive archive = Archive.open(dir.resolve("archive"), "ingest")) {
      // Stored as an older Verbatim did: by an older parser, with nothing learned from it.
      archive.store().put(raw, parsed, Parser.VERSION - 1);
      assertThat(archive.store().posts("person:anton-velikov")).isEmpty();

      ReparseSummary summary = archive.reparse(false, Duration.ofMinutes(1), p -> { });

      assertThat(summary.failures()).isEmpty();
      assertThat(archive.store().posts("person:anton-velikov")).extracting(PostTerm::post)
          .containsExactly("Deputy Foreign Minister");
      assertThat(archive.store().knownPeople().knows("person:anton-velikov")).isTrue();
      assertThat(titles(archive, "about:\"Anton Velikov\"")).hasSize(1);
    }
  }

  @Test
  void an_archive_that_turns_recognition_off_stores_and_indexes_pages_without_entities()
      throws Exception {
    Path folder = dir.resolve("archive");
    ArchiveConfig.embedded().withOperations(Operations.defaults().withEntities(false))
        .writeTo(folder);
    try (Archive archive = Archive.open(folder, "ingest")) {
      IngestSummary summary = archive.ingest(List.of(page("first.txt", FIRST)),
          Duration.ofMinutes(1), p -> { });

      assertThat(summary.failures()).isEmpty();
      assertThat(titles(archive, "lighthouse")).hasSize(1);
      assertThat(titles(archive, "about:\"Anton Velikov\"")).isEmpty();
      assertThat(archive.store().posts("person:anton-velikov")).isEmpty();
      assertThat(archive.store().knownPeople().knows("person:anton-velikov")).isFalse();
    }
    // Turned on again, a reindex brings the entities to the index.
    ArchiveConfig.embedded().writeTo(folder);
    try (Archive archive = Archive.open(folder, "reindex")) {
      archive.reindex();

      assertThat(titles(archive, "about:\"Anton Velikov\"")).hasSize(1);
    }
  }
}
