package org.verbatim.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.QuoteBench;
import org.verbatim.diff.Piece;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.generate.Quotes;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.search.QuoteFinder;
import org.verbatim.search.QuoteMatch;
import org.verbatim.search.Searcher;
import org.verbatim.store.PutResult;
import org.verbatim.store.TranscriptStore;

/**
 * The quote finder's accuracy on a generated archive (SQLite and the embedded index): 1,500
 * generated pages and 60 English–Russian version pairs, linked by hand as versions; 50 quotes of
 * each kind ({@link Quotes}), each said as well by one turn of the corpus only
 * ({@link QuoteBench#alone}). The
 * source must come first for 95% of the quotes of each kind and among the first three for 99%;
 * a translated quote's source is the Russian turn, named through the English turn found.
 */
class QuoteAccuracyTest {

  static final long SEED = 15_3;
  static final int PAGES = 1_500;
  static final int PAIRS = 60;
  static final int PER_KIND = 50;

  @TempDir
  static Path dir;
  static TranscriptStore store;
  static SearchIndex index;
  static QuoteFinder finder;
  static final List<Publication> pages = new ArrayList<>();
  static final List<String> pageIds = new ArrayList<>();
  static final List<ParallelPair> pairs = new ArrayList<>();
  /** For each pair, its English id and Russian id. */
  static final List<String[]> pairIds = new ArrayList<>();

  @BeforeAll
  static void build() {
    store = TranscriptStore.openSqlite(dir);
    index = EmbeddedIndex.open(dir);
    Indexer indexer = new Indexer(index.client());
    List<IndexEntry> batch = new ArrayList<>();
    for (GeneratedPage page : new Generator(GeneratorOptions.defaults()).pages(SEED, PAGES)
        .toList()) {
      PutResult put = store.put(page.rawPage(), page.truth());
      pages.add(page.truth());
      pageIds.add(put.id());
      batch.add(entry(put, page.truth()));
      batch = flush(indexer, batch);
    }
    for (ParallelPair pair : new ParallelPairs().pairs(SEED, PAIRS).toList()) {
      // The store keeps a pair's versions as their JSON: the source of a page never generated.
      PutResult english = store.put(json(pair.english(), pair.name() + ".en.json"),
          pair.english());
      PutResult russian = store.put(json(pair.russian(), pair.name() + ".ru.json"),
          pair.russian());
      store.linkVersions(english.id(), russian.id());
      pairs.add(pair);
      pairIds.add(new String[] {english.id(), russian.id()});
      batch.add(entry(english, pair.english()));
      batch.add(entry(russian, pair.russian()));
      batch = flush(indexer, batch);
    }
    indexer.put(batch);
    indexer.commit();
    finder = new QuoteFinder(new Searcher(index.client(), store.knownPeople(),
        new StoreVersions(store)));
  }

  @AfterAll
  static void close() {
    index.close();
    store.close();
  }

  @Test
  void finds_the_source_first_for_95_percent_and_in_the_top_three_for_99_percent_of_each_kind()
      throws Exception {
    Quotes quotes = new Quotes();
    Map<Quotes.Kind, int[]> counts = new EnumMap<>(Quotes.Kind.class);
    for (Quotes.Kind kind : Quotes.Kind.values()) {
      int[] count = new int[3]; // quotes, first, top 3
      for (int k = 0; count[0] < PER_KIND; k++) {
        Optional<Quotes.Quote> quote;
        String id;
        String original = null;
        if (kind == Quotes.Kind.TRANSLATED) {
          int p = k % PAIRS;
          quote = quotes.translated(SEED + k, pairs.get(p), QuoteAccuracyTest::alone);
          id = pairIds.get(p)[0];
          original = pairIds.get(p)[1];
        } else {
          int p = (k * 29 + kind.ordinal() * 7) % PAGES;
          quote = quotes.quote(kind, SEED + k, pages.get(p), QuoteAccuracyTest::alone);
          id = pageIds.get(p);
        }
        if (quote.isEmpty()) {
          continue;
        }
        count[0]++;
        List<QuoteMatch> found = finder.find(quote.get().text(), null, 3);
        found.forEach(m -> checkPieces(m, quote.get().text()));
        int rank = rank(found, id, quote.get(), original);
        if (rank == 0) {
          count[1]++;
        }
        if (rank >= 0) {
          count[2]++;
        } else {
          System.out.println("MISS " + kind + " " + id + " t" + quote.get().turn() + " "
              + store.publication(id).get().publication().language() + " | " + quote.get().text()
              + " || " + found.stream().map(m -> m.id() + "/" + m.turn() + " " + m.score()).toList());
        }
      }
      counts.put(kind, count);
    }
    StringBuilder report = new StringBuilder();
    counts.forEach((kind, c) -> report.append(String.format("%s: %d quotes, first %d, top 3 %d%n",
        kind.code(), c[0], c[1], c[2])));
    System.out.print(report);
    counts.forEach((kind, c) -> {
      assertThat(c[1]).as(kind.code() + " first\n" + report).isGreaterThanOrEqualTo(
          (int) Math.ceil(0.95 * c[0]));
      assertThat(c[2]).as(kind.code() + " top 3\n" + report).isGreaterThanOrEqualTo(
          (int) Math.ceil(0.99 * c[0]));
    });
  }

  @Test
  void says_nothing_is_found_for_words_no_turn_says() throws Exception {
    assertThat(finder.find("Zyxwv qwertzu plonkish grimbleworth vantablack", null, 5)).isEmpty();
  }

  @Test
  void marks_the_changed_word_on_both_sides() throws Exception {
    Publication p = pages.get(3);
    Quotes.Quote quote = new Quotes().quote(Quotes.Kind.EXACT, 11, p, QuoteAccuracyTest::alone)
        .orElseThrow();
    List<String> words = List.of(quote.text().split(" "));
    int k = words.size() / 2;
    String changed = String.join(" ", words.subList(0, k)) + " Zanzibarian "
        + String.join(" ", words.subList(k + 1, words.size()));
    QuoteMatch first = finder.find(changed, null, 1).get(0);
    assertThat(first.sourceText()).isEqualTo(quote.passage());
    assertThat(first.quote()).contains(new Piece(Piece.Op.INSERTED, " Zanzibarian"));
    assertThat(first.source()).filteredOn(piece -> piece.op() == Piece.Op.DELETED)
        .extracting(Piece::text).containsExactly(" " + words.get(k).replaceAll("(?U)\\W+$", ""));
  }

  /** Where the true source is among {@code found} (0 first), or -1. */
  private static int rank(List<QuoteMatch> found, String id, Quotes.Quote quote,
      String original) {
    for (int i = 0; i < found.size(); i++) {
      QuoteMatch m = found.get(i);
      boolean source = m.id().equals(id) && m.turn() == quote.turn();
      boolean named = original == null || m.versions().stream()
          .anyMatch(v -> v.id().equals(original) && v.turns().contains(quote.original()));
      if (source && named) {
        return i;
      }
    }
    return -1;
  }

  /** The pieces give the source's words and the quote exactly. */
  private static void checkPieces(QuoteMatch m, String quote) {
    StringBuilder said = new StringBuilder();
    m.quote().forEach(p -> said.append(p.text()));
    assertThat(said.toString()).isEqualTo(quote.strip());
    assertThat(m.source()).allMatch(p -> p.op() != Piece.Op.INSERTED);
    assertThat(m.quote()).allMatch(p -> p.op() != Piece.Op.DELETED);
  }

  /** Whether one turn of the corpus only says {@code wording}. */
  static boolean alone(Quotes.Wording wording) {
    return QuoteBench.alone(index.client(), wording);
  }

  private static IndexEntry entry(PutResult put, Publication p) {
    return new IndexEntry(put.id(), put.version(), p);
  }

  private static List<IndexEntry> flush(Indexer indexer, List<IndexEntry> batch) {
    if (batch.size() < Indexer.BATCH) {
      return batch;
    }
    indexer.put(batch);
    return new ArrayList<>();
  }

  private static RawPage json(Publication p, String name) {
    return new RawPage(PublicationJson.toJson(p).getBytes(UTF_8), name, null,
        RawPage.Format.TEXT);
  }

}
