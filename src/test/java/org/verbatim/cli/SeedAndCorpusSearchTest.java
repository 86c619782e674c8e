package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.input.PageFiles;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.parse.Parser;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.TurnHit;
import org.verbatim.testing.ArchiveBackend;
import org.verbatim.testing.SeedPage;
import org.verbatim.testing.TempFolder;

/**
 * The seed page (read from {@code ../shared/seed/}, never copied into the repository) and a
 * generated corpus, ingested by the command line, then searched: the seed's own words find it
 * with the right turn, and the facets count what the generator's truth files say. Without the
 * seed beside the repository the corpus alone is ingested and counted, and the seed's own checks
 * are skipped, saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@EnumSource(ArchiveBackend.class)
class SeedAndCorpusSearchTest {

  static final int GENERATED = 300;

  @Parameter
  ArchiveBackend backend;
  TempFolder dir;
  ArchiveConfig config;
  Path pages;
  Archive archive;
  Publication seed; // null when the seed page is absent
  String seedId;

  @BeforeParameterizedClassInvocation
  void ingest() throws Exception {
    dir = TempFolder.create();
    config = backend.newArchive(dir.resolve("archive"));
    pages = dir.resolve("pages");
    Cli generate = Cli.run("generate", "--count", String.valueOf(GENERATED), "--seed", "5",
        "--out", pages.toString());
    assertThat(generate.exit()).as(generate.err()).isZero();
    List<String> args = new ArrayList<>(List.of("ingest", pages.toString()));
    if (SeedPage.present()) {
      args.add(SeedPage.PATH.toString());
    }
    args.addAll(List.of("--archive", dir.resolve("archive").toString()));
    Cli ingest = Cli.run(args.toArray(String[]::new));
    assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).contains("  added     " + (GENERATED + seeds()) + "\n");
    archive = Archive.open(dir.resolve("archive"), "test");
    if (SeedPage.present()) {
      seed = new Parser().parse(PageFiles.read(SeedPage.PATH));
      seedId = archive.store().ids().stream()
          .filter(id -> seed.title().equals(archive.store().publication(id).orElseThrow()
              .publication().title()))
          .findFirst().orElseThrow();
    }
  }

  @AfterParameterizedClassInvocation
  void close() {
    try (TempFolder folder = dir; Archive opened = archive) {
      if (config != null) {
        backend.dispose(config);
      }
    }
  }

  /** How many seed pages the archive holds: 1, or 0 when the seed is absent. */
  private static int seeds() {
    return SeedPage.present() ? 1 : 0;
  }

  @Test
  void a_phrase_from_the_seed_finds_the_seed_with_that_turn_highlighted() throws Exception {
    SeedPage.assumePresent();
    // The phrase is taken from the page at run time: its third answer, five words of letters.
    List<Turn> turns = seed.turns();
    int number = 0;
    int answers = 0;
    String phrase = null;
    for (int i = 0; i < turns.size() && phrase == null; i++) {
      if (turns.get(i).role() == Role.ANSWER && ++answers == 3) {
        number = i + 1;
        phrase = fiveWords(turns.get(i).paragraphs().get(0));
      }
    }
    assertThat(phrase).isNotNull();

    SearchResult result = archive.searcher().search(SearchRequest.of("\"" + phrase + "\""));

    assertThat(result.hits()).isNotEmpty();
    Hit first = result.hits().get(0);
    assertThat(first.id()).isEqualTo(seedId);
    assertThat(first.turns()).isNotEmpty();
    assertThat(first.turns().get(0).number()).as("turn of '%s'", phrase).isEqualTo(number);
    assertThat(first.turns().get(0).snippet()).contains("<mark>");
  }

  @Test
  void lavrov_answering_on_the_arctic_finds_the_seed_with_its_arctic_answer_first()
      throws Exception {
    SeedPage.assumePresent();
    SearchResult result = archive.searcher()
        .search(SearchRequest.of("speaker:\"Sergey Lavrov\" in:answers Arctic"));

    assertThat(result.hits()).extracting(Hit::id).first().isEqualTo(seedId);
    TurnHit best = result.hits().get(0).turns().get(0);
    assertThat(best.role()).isEqualTo(Role.ANSWER);
    assertThat(best.speaker()).isEqualTo("Sergey Lavrov");
    assertThat(best.snippet()).contains("<mark>Arctic</mark>");
    assertThat(String.join(" ", seed.turns().get(best.number() - 1).paragraphs()))
        .contains("Arctic");
  }

  @Test
  void facet_counts_equal_the_generators_truth_files_and_the_seed_when_present()
      throws Exception {
    List<Publication> truth = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".truth.json")).toList()) {
        truth.add(PublicationJson.fromJson(Files.readString(file, UTF_8)));
      }
    }
    assertThat(truth).hasSize(GENERATED);
    if (seed != null) {
      truth.add(seed);
    }

    SearchResult all = archive.searcher().search(SearchRequest.of("").withPageSize(1));

    assertThat(all.total()).isEqualTo(GENERATED + seeds());
    assertThat(counts(all.facets().kind())).isEqualTo(count(truth, p -> p.kind().code()));
    assertThat(counts(all.facets().language())).isEqualTo(count(truth, Publication::language));
    assertThat(counts(all.facets().year())).isEqualTo(count(truth,
        p -> p.published() == null ? null : String.valueOf(p.published().date().getYear())));
    Map<String, Long> places = count(truth, Publication::place);
    for (FacetCount place : all.facets().place()) {
      assertThat(place.count()).as("place %s", place.value()).isEqualTo(places.get(place.value()));
    }
  }

  static String fiveWords(String paragraph) {
    List<String> words = new ArrayList<>();
    for (String word : paragraph.split("\\s+")) {
      if (word.matches("\\p{L}{3,}")) {
        words.add(word);
        if (words.size() == 5) {
          return String.join(" ", words);
        }
      } else {
        words.clear();
      }
    }
    throw new AssertionError("no five words of letters in a row: " + paragraph);
  }

  static Map<String, Long> counts(List<FacetCount> facet) {
    Map<String, Long> out = new TreeMap<>();
    facet.forEach(c -> out.put(c.value(), c.count()));
    return out;
  }

  static Map<String, Long> count(List<Publication> publications,
      java.util.function.Function<Publication, String> value) {
    Map<String, Long> out = new TreeMap<>();
    for (Publication p : publications) {
      String v = value.apply(p);
      if (v != null) {
        out.merge(v, 1L, Long::sum);
      }
    }
    return out;
  }
}
