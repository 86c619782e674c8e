package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.align.TurnAlignment;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;

/** The alignments a searcher keeps between searches: one per pair of versions, never stale. */
class AlignmentsTest {

  static final Path FOLDER = Path.of("src/test/resources/xlang");

  static Publication parse(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
    return new Parser().parse(new RawPage(bytes, file, null, RawPage.Format.TEXT));
  }

  @Test
  void a_pair_of_versions_is_aligned_once_and_again_when_either_changes() throws Exception {
    Alignments alignments = new Alignments();
    var english = new LanguageVersions.Latest(1, parse("02-icebreakers.en.txt"));
    var russian = new LanguageVersions.Latest(1, parse("02-icebreakers.ru.txt"));
    // Version 2 of the English one: the Russian one's text, in place of its own.
    var changed = new LanguageVersions.Latest(2, parse("02-icebreakers.ru.txt"));

    TurnAlignment first = alignments.of("en", english, "ru", russian);
    TurnAlignment again = alignments.of("en", english, "ru", russian);
    TurnAlignment after = alignments.of("en", changed, "ru", russian);

    assertThat(again).isSameAs(first);
    assertThat(first.turns()).anyMatch(link -> link.pairs(List.of(4, 5), List.of(4)));
    assertThat(after).isNotSameAs(first);
    assertThat(after.turns()).allMatch(link -> link.left().equals(link.right()));
  }
}
