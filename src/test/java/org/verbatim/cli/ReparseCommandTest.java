package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.verbatim.input.PageFiles;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;
import org.verbatim.parse.Parser;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.StoredVersion;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.OlderReading;

/**
 * {@code reparse}, and {@code ingest} of bytes an older parser read, on each backend. The set-up
 * stores generated pages as an older parser (version 1) read them: every other page as the
 * current parser reads it, the rest with its last turn lost, as a parser with a bug would have
 * left it; the index serves those older readings until the pages are read again.
 */
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class ReparseCommandTest {

  static final int PAGES = 12;

  @Parameter
  ArchiveBackend backend;
  ArchiveConfig config;
  @TempDir Path dir;
  Path pages;
  /** Publication id → the phrase of the last turn the older parser lost, for those it changed. */
  final Map<String, String> lost = new LinkedHashMap<>();
  final List<String> same = new ArrayList<>();

  @BeforeEach
  void storeAsAnOlderParserReadThem() throws Exception {
    config = backend.newArchive(dir.resolve("archive"));
    pages = Files.createDirectories(dir.resolve("pages"));
    Generator generator = new Generator(GeneratorOptions.defaults());
    Parser parser = new Parser();
    try (Archive archive = open()) {
      for (int i = 0; lost.size() + same.size() < PAGES; i++) {
        GeneratedPage generated = generator.page(23, i);
        Path file = pages.resolve(generated.fileName());
        Files.write(file, generated.bytes());
        RawPage page = PageFiles.read(file);
        Publication current = parser.parse(page);
        if (current.turns().size() < 2) {
          Files.delete(file);
          continue;
        }
        Publication older = OlderReading.lastTurnLost(current);
        String phrase = (lost.size() + same.size()) % 2 == 0 ? lostPhrase(current, older) : null;
        String id = archive.store().put(page, phrase != null ? older : current, 1).id();
        if (phrase != null) {
          lost.put(id, phrase);
        } else {
          same.add(id);
        }
      }
      archive.reindex();
    }
  }

  @AfterEach
  void dispose() {
    backend.dispose(config);
  }

  /**
   * Five words in a row from the last turn of {@code current} that {@code older} nowhere has, to
   * search for; null when there are none.
   */
  static String lostPhrase(Publication current, Publication older) {
    String last = text(current.turns().subList(current.turns().size() - 1,
        current.turns().size()));
    List<String> words = new ArrayList<>();
    for (String word : last.split(" ")) {
      if (!word.matches("\\p{L}{3,}")) {
        words.clear();
        continue;
      }
      words.add(word);
      if (words.size() > 5) {
        words.remove(0);
      }
      String phrase = String.join(" ", words);
      if (words.size() == 5 && !words(older.title() + " " + text(older.turns()))
          .contains(words(phrase))) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * The words of {@code text}, lower case, cut to their first five letters and one space apart:
   * roughly as a phrase search, which stems words, compares them.
   */
  static String words(String text) {
    StringBuilder out = new StringBuilder(" ");
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      out.append(word, 0, Math.min(5, word.length())).append(' ');
    }
    return out.toString();
  }

  static String text(List<Turn> turns) {
    return String.join(" ", turns.stream().flatMap(t -> t.paragraphs().stream()).toList())
        .replaceAll("\\s+", " ");
  }

  Archive open() throws Exception {
    return Archive.open(dir.resolve("archive"), "test");
  }

  String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void reparse_adds_a_version_only_where_the_reading_changed_and_the_index_serves_it()
      throws Exception {
    assertThat(idsFinding(lost)).as("the older readings lack the lost turns").isEmpty();

    Cli run = Cli.run("reparse", "--archive", archive());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Read " + PAGES + " publications again with parser "
        + Parser.VERSION + " in ").contains("  changed   " + lost.size() + "\n",
        "  unchanged " + same.size() + "\n", "  failed    0\n")
        .as("indexed as they were stored, with nothing left for the repair at the end")
        .doesNotContain("index repaired");
    try (Archive archive = open()) {
      for (String id : lost.keySet()) {
        List<StoredVersion> history = archive.store().history(id);
        assertThat(history).as(id).extracting(StoredVersion::number, StoredVersion::parserVersion,
            StoredVersion::rereadOf).containsExactly(tuple(1, 1, null),
            tuple(2, Parser.VERSION, 1));
        assertThat(history.get(1).sourceSha256()).isEqualTo(history.get(0).sourceSha256());
        assertThat(history.get(1).turns()).isEqualTo(history.get(0).turns() + 1);
      }
      for (String id : same) {
        assertThat(archive.store().history(id)).as(id).singleElement()
            .extracting(StoredVersion::parserVersion, StoredVersion::readBy)
            .containsExactly(1, Parser.VERSION);
      }
      assertThat(archive.check().clean()).as(archive.check().toString()).isTrue();
    }
    assertThat(idsFinding(lost)).as("the new readings are indexed, as version 2")
        .containsExactlyInAnyOrderEntriesOf(versions(lost.keySet(), 2));
  }

  @Test
  void history_shows_the_reread_beside_the_version_it_read_again() throws Exception {
    Cli.run("reparse", "--archive", archive());
    String changed = lost.keySet().iterator().next();

    Cli history = Cli.run("history", changed, "--archive", archive());
    Cli unchanged = Cli.run("history", same.get(0), "--archive", archive());

    assertThat(history.exit()).as(history.err()).isZero();
    List<String> lines = history.out().lines().toList();
    assertThat(lines).as("title, the versions and what the re-read changed").hasSize(6);
    assertThat(lines.get(1)).startsWith("version ").contains(" source ").endsWith(" parser");
    assertThat(lines.get(2)).startsWith("1 ").endsWith(" 1");
    assertThat(lines.get(3)).startsWith("2 ").contains("(+1)")
        .endsWith(" " + Parser.VERSION + ", re-read of version 1");
    String source = lines.get(2).split(" +")[3];
    assertThat(source).matches("[0-9a-f]{12}");
    assertThat(lines.get(3).split(" +")[3]).isEqualTo(source);
    assertThat(lines.get(4)).startsWith("version ").contains("turns changed");
    assertThat(lines.get(5)).startsWith("2 ").contains("inserted ");
    assertThat(unchanged.out().lines().toList()).as("nothing changed, so no changes section")
        .hasSize(3);
    assertThat(unchanged.out().lines().toList().get(2))
        .endsWith(" 1, read the same by " + Parser.VERSION);
  }

  @Test
  void show_json_lists_the_reread_with_its_parser_and_the_version_it_read_again()
      throws Exception {
    Cli.run("reparse", "--archive", archive());
    String changed = lost.keySet().iterator().next();

    Cli show = Cli.run("show", changed, "--json", "--archive", archive());

    assertThat(show.exit()).as(show.err()).isZero();
    JsonNode versions = new ObjectMapper().readTree(show.out()).get("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("parserVersion").asInt()).isEqualTo(1);
    assertThat(versions.get(0).get("rereadOf").isNull()).isTrue();
    assertThat(versions.get(1).get("parserVersion").asInt()).isEqualTo(Parser.VERSION);
    assertThat(versions.get(1).get("readBy").asInt()).isEqualTo(Parser.VERSION);
    assertThat(versions.get(1).get("rereadOf").asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("sourceSha256")).isEqualTo(versions.get(0).get("sourceSha256"));
  }

  @Test
  void reparse_run_twice_reads_nothing_the_second_time() throws Exception {
    Cli first = Cli.run("reparse", "--archive", archive());
    Map<String, List<StoredVersion>> before = histories();

    Cli second = Cli.run("reparse", "--archive", archive());

    assertThat(first.exit()).isZero();
    assertThat(second.exit()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("Read 0 publications again")
        .contains("  changed   0\n", "  unchanged 0\n", "  failed    0\n");
    assertThat(histories()).isEqualTo(before);
  }

  @Test
  void reparse_all_reads_every_publication_again_and_changes_nothing_already_current()
      throws Exception {
    Cli.run("reparse", "--archive", archive());
    Map<String, List<StoredVersion>> before = histories();

    Cli all = Cli.run("reparse", "--all", "--archive", archive());

    assertThat(all.exit()).as(all.out() + all.err()).isZero();
    assertThat(all.out()).contains("Read " + PAGES + " publications again")
        .contains("  changed   0\n", "  unchanged " + PAGES + "\n");
    assertThat(histories()).isEqualTo(before);
  }

  @Test
  void ingest_of_the_bytes_an_older_parser_read_reads_them_again() throws Exception {
    Cli ingest = Cli.run("ingest", pages.toString(), "--archive", archive());
    Cli again = Cli.run("ingest", pages.toString(), "--archive", archive());

    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).contains("  added     0\n", "  updated   0\n",
        "  re-read   " + PAGES + "\n", "  unchanged 0\n", "  failed    0\n")
        .doesNotContain("index repaired");
    assertThat(again.out()).contains("  re-read   0\n", "  unchanged " + PAGES + "\n");
    try (Archive archive = open()) {
      for (String id : lost.keySet()) {
        assertThat(archive.store().history(id)).as(id).extracting(StoredVersion::rereadOf)
            .containsExactly(null, 1);
      }
      for (String id : same) {
        assertThat(archive.store().history(id)).as(id).singleElement()
            .extracting(StoredVersion::readBy).isEqualTo(Parser.VERSION);
      }
      assertThat(archive.store().readBefore(Parser.VERSION)).isEmpty();
      assertThat(archive.check().clean()).isTrue();
    }
    assertThat(idsFinding(lost)).containsExactlyInAnyOrderEntriesOf(versions(lost.keySet(), 2));
  }

  @Test
  void a_source_the_parser_now_refuses_keeps_its_version_is_named_and_the_run_goes_on()
      throws Exception {
    String refused;
    try (Archive archive = open()) {
      // What an older parser made of a page that is now empty: any publication, with a title
      // of its own so that it is a publication of its own.
      Publication p = archive.store().publication(same.get(0)).orElseThrow().publication();
      Publication emptied = new Publication("The emptied page", p.kind(), p.published(),
          p.eventDate(), p.place(), p.language(), p.languageVersions(), p.participants(),
          p.outlets(), p.sections(), p.turns(), p.warnings(), null);
      RawPage empty = new RawPage(new byte[0], "pages/emptied.txt", null, RawPage.Format.TEXT);
      refused = archive.store().put(empty, emptied, 1).id();
      archive.reindex();
    }

    Cli run = Cli.run("reparse", "--archive", archive());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("  changed   " + lost.size() + "\n", "  failed    1\n",
        "    " + refused + " (pages/emptied.txt): parser " + Parser.VERSION
            + " cannot read it again (version 1, read by parser 1, is kept): ");
    try (Archive archive = open()) {
      assertThat(archive.store().history(refused)).singleElement()
          .extracting(StoredVersion::readBy).isEqualTo(1);
      assertThat(archive.store().readBefore(Parser.VERSION)).containsExactly(refused);
      assertThat(archive.check().clean()).isTrue();
    }
  }

  /** Each publication's history, by id. */
  Map<String, List<StoredVersion>> histories() throws Exception {
    Map<String, List<StoredVersion>> out = new LinkedHashMap<>();
    try (Archive archive = open()) {
      for (String id : archive.store().ids()) {
        out.put(id, archive.store().history(id));
      }
    }
    return out;
  }

  /** Of the publications in {@code phrases}, those whose phrase finds them, with the version. */
  Map<String, Integer> idsFinding(Map<String, String> phrases) throws Exception {
    Map<String, Integer> out = new LinkedHashMap<>();
    try (Archive archive = open()) {
      for (Map.Entry<String, String> entry : phrases.entrySet()) {
        List<Hit> hits = archive.searcher().search(
            SearchRequest.of("\"" + entry.getValue() + "\"").withPageSize(100)).hits();
        hits.stream().filter(h -> h.id().equals(entry.getKey())).findFirst()
            .ifPresent(h -> out.put(h.id(), h.version()));
      }
    }
    return out;
  }

  static Map<String, Integer> versions(Iterable<String> ids, int version) {
    Map<String, Integer> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, version));
    return out;
  }
}
