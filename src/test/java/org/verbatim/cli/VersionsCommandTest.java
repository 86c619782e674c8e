package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.store.TranscriptStore;

/**
 * {@code versions list|link|unlink} over an archive holding an English and a Russian version of
 * one interview (the fixture pair of the aligner's tests): found, split and grouped again by
 * hand, the decision kept through {@code reparse --all}.
 */
class VersionsCommandTest {

  static final Path PAIR = Path.of("src/test/resources/align");
  static final String NAME = "06-switcher-answer-split-in-english";

  @TempDir Path dir;
  String en;
  String ru;

  @BeforeEach
  void ingest() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (String language : List.of("en", "ru")) {
      Files.copy(PAIR.resolve(NAME + "." + language + ".txt"),
          pages.resolve(NAME + "." + language + ".txt"));
    }
    Cli ingested = Cli.run("ingest", pages.toString(), "--archive", archive());
    assertThat(ingested.exit()).as(ingested.err()).isZero();
    try (TranscriptStore store = Archive.openStore(dir.resolve("archive"))) {
      for (String id : store.ids()) {
        String language = store.publication(id).orElseThrow().publication().language();
        if ("en".equals(language)) {
          en = id;
        } else {
          ru = id;
        }
      }
    }
  }

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void list_shows_the_versions_found_and_unlink_and_link_set_them_by_hand() {
    Cli found = Cli.run("versions", "list", en, "--archive", archive());
    assertThat(found.exit()).as(found.err()).isZero();
    assertThat(found.out()).isEqualTo(
        en + " en    2024-05-14T11:20 Foreign Minister Arkady Veshnin’s interview with the"
            + " Lowland Courier, Moscow, May 14, 2024\n"
            + "  " + ru + " ru    2024-05-14T11:20 Интервью Министра иностранных дел"
            + " А.Л.Вешнина газете «Равнинный курьер», Москва, 14 мая 2024 года\n"
            + "Grouped as found: by site document id, printed date and time, or content;"
            + " another language.\n");

    Cli unlinked = Cli.run("versions", "unlink", ru, "--archive", archive());
    assertThat(unlinked.exit()).as(unlinked.err()).isZero();
    assertThat(unlinked.out()).startsWith("Unlinked " + ru + " by hand; it was grouped with:\n  "
        + en + " en ");
    assertThat(Cli.run("versions", "list", en, "--archive", archive()).out())
        .endsWith("\nNo language versions found.\n");
    assertThat(Cli.run("versions", "list", ru, "--archive", archive()).out())
        .endsWith("\nNo language versions: set by hand (versions link to group it again).\n");

    Cli reparsed = Cli.run("reparse", "--all", "--archive", archive());
    assertThat(reparsed.exit()).as(reparsed.err()).isZero();
    assertThat(Cli.run("versions", "list", en, "--archive", archive()).out())
        .endsWith("\nNo language versions found.\n");

    Cli linked = Cli.run("versions", "link", en, ru, "--archive", archive());
    assertThat(linked.exit()).as(linked.err()).isZero();
    assertThat(linked.out()).startsWith("Linked " + en + " and " + ru + " by hand.\n" + en)
        .contains("\n  " + ru + " ru ").endsWith("\nGrouped by hand.\n");
  }

  @Test
  void an_unknown_id_or_a_missing_subcommand_is_named() {
    Cli unknown = Cli.run("versions", "link", en, "00000000000000ff", "--archive", archive());
    Cli itself = Cli.run("versions", "link", en, en, "--archive", archive());
    Cli bare = Cli.run("versions");

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo(
        "verbatim: No publication with id '00000000000000ff' in the archive\n");
    assertThat(itself.err()).isEqualTo("verbatim: A publication is not a version of itself: "
        + en + "\n");
    assertThat(bare.exit()).isEqualTo(2);
    assertThat(bare.err()).startsWith(
        "Say what to do: versions list, versions link or versions unlink\n");
  }
}
