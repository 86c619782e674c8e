package org.verbatim.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.verbatim.archive.Archive;
import org.verbatim.archive.PageInput;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.generate.Quotes;
import org.verbatim.index.Fields;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.SolrText;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;
import org.verbatim.search.QueryException;
import org.verbatim.search.QuoteFinder;
import org.verbatim.search.QuoteMatch;
import org.verbatim.store.PutResult;
import org.verbatim.store.StoredPublication;

/**
 * The quote finder's accuracy and latency (issue 15): on an archive of the bench's generated
 * pages of one size, ingested as {@code ingest} does, with {@value #PAIRS} English–Russian
 * version pairs ({@link ParallelPairs}) stored and linked as versions beside them, quotes of each
 * kind ({@link Quotes}) are looked for, and the rank of their source among the finder's
 * {@value #LIMIT} answers counted. A quote is made only from a passage that one turn of the
 * archive says (as the index reads it: no other turn has it as a phrase), so that its source is
 * a truth. Each search is timed, in the bench's own JVM, after {@value #WARM_UP} quotes of
 * another seed warm the JVM up.
 *
 * <p>The archive is made once into the work folder ({@code quotes-SEED-SIZE}) and reused.
 */
public final class QuoteBench {

  /** Version pairs stored beside the pages, for the translated quotes. */
  static final int PAIRS = 100;
  /** The finder's answers asked for: the command's default. */
  static final int LIMIT = 5;
  /** Quotes searched for, and not timed, before the measure. */
  static final int WARM_UP = 20;
  private static final String COMPLETE = "complete";

  private QuoteBench() {}

  /** Counts of one kind of quote: how many, how many with the source first, among three. */
  record KindFigures(String kind, int quotes, int first, int topThree) {}

  /**
   * A run's figures.
   *
   * @param pages   generated pages in the archive
   * @param pairs   version pairs beside them
   * @param kinds   each kind's counts
   * @param latency the time of one search, over every quote
   */
  record Figures(int pages, int pairs, List<KindFigures> kinds, Results.Latency latency) {}

  /**
   * Measures (see {@link #measure}), checks issue 15's targets, writes {@code quotes.json} and
   * {@code quotes.md} into {@code out} and returns the Markdown.
   */
  public static String run(Path work, Path out, long seed, int size, int perKind,
      PrintWriter progress) throws IOException, InterruptedException, QueryException {
    Figures figures = measure(work, seed, size, perKind, progress);
    List<Results.Target> targets = Targets.quotes(figures);
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "# The quote finder on %,d generated pages and %d "
        + "version pairs (seed %d)%n%n", figures.pages(), figures.pairs(), seed));
    md.append("| kind | quotes | source first | in the first three |\n|---|---|---|---|\n");
    for (KindFigures k : figures.kinds()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d (%.0f%%) | %d (%.0f%%) |%n", k.kind(),
          k.quotes(), k.first(), 100.0 * k.first() / k.quotes(), k.topThree(),
          100.0 * k.topThree() / k.quotes()));
    }
    md.append(String.format(Locale.ROOT, "%nOne search (%d answers asked): p50 %.0f ms, p95 %.0f "
        + "ms over %d quotes.%n%n| target | measured | met |%n|---|---|---|%n", LIMIT,
        figures.latency().p50(), figures.latency().p95(), figures.latency().samples()));
    for (Results.Target t : targets) {
      md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
          .append(t.met() ? "yes" : "**no**").append(" |\n");
    }
    Files.createDirectories(out);
    ChildJvm.JSON.writeValue(out.resolve("quotes.json").toFile(),
        Map.of("figures", figures, "targets", targets));
    Files.writeString(out.resolve("quotes.md"), md, UTF_8);
    return md.toString();
  }

  /**
   * Measures on the generated pages of {@code seed} and {@code size}, {@code perKind} quotes of
   * each kind, the archive made under {@code work} when absent.
   */
  static Figures measure(Path work, long seed, int size, int perKind, PrintWriter progress)
      throws IOException, InterruptedException, QueryException {
    Path dir = archive(work, seed, size, progress);
    List<String> pairIds = Files.readAllLines(dir.resolve(COMPLETE), UTF_8);
    try (Archive archive = Archive.open(dir, "bench")) {
      Set<String> versions = new HashSet<>();
      pairIds.forEach(line -> versions.addAll(List.of(line.split(" "))));
      List<StoredPublication> pages = new ArrayList<>();
      archive.store().forEachLatest(stored -> {
        if (!versions.contains(stored.id())) {
          pages.add(stored);
        }
      });
      List<ParallelPair> pairs = new ParallelPairs().pairs(seed, PAIRS).toList();
      QuoteFinder finder = new QuoteFinder(archive.searcher());
      Sampler warmUp = new Sampler(archive, pages, pairs, pairIds, seed + 1);
      for (int k = 0; k < WARM_UP; k++) {
        finder.find(warmUp.next(Quotes.Kind.values()[k % Quotes.Kind.values().length]).text(),
            null, LIMIT);
      }
      Sampler sampler = new Sampler(archive, pages, pairs, pairIds, seed);
      List<KindFigures> kinds = new ArrayList<>();
      List<Long> nanos = new ArrayList<>();
      for (Quotes.Kind kind : Quotes.Kind.values()) {
        progress.printf("quotes: %s%n", kind.code());
        progress.flush();
        int first = 0;
        int topThree = 0;
        for (int q = 0; q < perKind; q++) {
          Sampled quote = sampler.next(kind);
          long start = System.nanoTime();
          List<QuoteMatch> found = finder.find(quote.text(), null, LIMIT);
          nanos.add(System.nanoTime() - start);
          int rank = quote.rank(found);
          if (rank != 0) {
            progress.printf("quotes: %s quote's source %s turn %d %s: %s%n  found: %s%n",
                kind.code(), quote.id(), quote.quote().turn(),
                rank < 0 ? "not found" : "answer " + (rank + 1), quote.text(), found.stream()
                    .map(m -> String.format(Locale.ROOT, "%s turn %d (%.2f)", m.id(), m.turn(),
                        m.score())).toList());
          }
          first += rank == 0 ? 1 : 0;
          topThree += rank >= 0 && rank < 3 ? 1 : 0;
        }
        kinds.add(new KindFigures(kind.code(), perKind, first, topThree));
      }
      return new Figures(pages.size(), PAIRS, kinds, Results.Latency.ofNanos(nanos));
    }
  }

  /** A quote and where its source is: publication and turn, and for a translation the original. */
  private record Sampled(Quotes.Quote quote, String id, String original) {
    String text() {
      return quote.text();
    }

    /** The source's rank among {@code found} (0 first), or -1. */
    int rank(List<QuoteMatch> found) {
      for (int i = 0; i < found.size(); i++) {
        QuoteMatch m = found.get(i);
        boolean named = original == null || m.versions().stream()
            .anyMatch(v -> v.id().equals(original) && v.turns().contains(quote.original()));
        if (m.id().equals(id) && m.turn() == quote.turn() && named) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Draws quotes of publications (or pairs) at random, each kind's draws from its own stream of
   * {@code seed}.
   */
  private static final class Sampler {
    private final Archive archive;
    private final List<StoredPublication> pages;
    private final List<ParallelPair> pairs;
    private final List<String> pairIds;
    private final Quotes quotes = new Quotes();
    private final Map<Quotes.Kind, SplittableRandom> streams = new EnumMap<>(Quotes.Kind.class);

    Sampler(Archive archive, List<StoredPublication> pages, List<ParallelPair> pairs,
        List<String> pairIds, long seed) {
      this.archive = archive;
      this.pages = pages;
      this.pairs = pairs;
      this.pairIds = pairIds;
      for (Quotes.Kind kind : Quotes.Kind.values()) {
        streams.put(kind, new SplittableRandom(seed * 31 + kind.ordinal()));
      }
    }

    Sampled next(Quotes.Kind kind) {
      SplittableRandom random = streams.get(kind);
      for (int tries = 0; tries < 10_000; tries++) {
        long quoteSeed = random.nextLong();
        if (kind == Quotes.Kind.TRANSLATED) {
          int p = random.nextInt(pairs.size());
          Optional<Quotes.Quote> q = quotes.translated(quoteSeed, pairs.get(p), this::alone);
          if (q.isPresent()) {
            String[] ids = pairIds.get(p).split(" ");
            return new Sampled(q.get(), ids[0], ids[1]);
          }
        } else {
          StoredPublication page = pages.get(random.nextInt(pages.size()));
          Optional<Quotes.Quote> q = quotes.quote(kind, quoteSeed, page.publication(),
              this::alone);
          if (q.isPresent()) {
            return new Sampled(q.get(), page.id(), null);
          }
        }
      }
      throw new IllegalStateException("No " + kind.code() + " quote found in 10,000 draws: the "
          + "archive has no passage that only one turn says");
    }

    private boolean alone(Quotes.Wording wording) {
      return QuoteBench.alone(archive.index().client(), wording);
    }
  }

  /**
   * Whether one turn only of the index says {@code wording}, in any language: its stretches as one
   * phrase of the text fields, with as many positions of slop as words may stand between them
   * (Lucene's sloppy phrase, which also lets close words trade places: more turns say a wording
   * than the generator asks, never fewer).
   */
  public static boolean alone(SolrClient index, Quotes.Wording wording) {
    String phrase = SolrText.quoted(String.join(" ", wording.stretches()))
        + (wording.between() > 0 ? "~" + wording.between() : "");
    StringBuilder q = new StringBuilder();
    for (String field : Fields.allTextFields()) {
      q.append(q.isEmpty() ? "" : " OR ").append(field).append(':').append(phrase);
    }
    SolrQuery query = new SolrQuery(q.toString());
    query.set("defType", "lucene");
    query.addFilterQuery(Fields.DOC_TYPE + ":" + Fields.TURN);
    query.setRows(0);
    try {
      return index.query(query).getResults().getNumFound() == 1;
    } catch (SolrServerException | IOException e) {
      throw new IllegalStateException("The index did not answer the phrase query of a "
          + "quote's wording: " + e.getMessage(), e);
    }
  }

  /**
   * The archive of the pages of {@code seed} and {@code size} with the version pairs, made when
   * absent; its file {@value #COMPLETE}, written last, holds each pair's English and Russian ids.
   */
  private static Path archive(Path work, long seed, int size, PrintWriter progress)
      throws IOException, InterruptedException {
    Path dir = work.resolve("quotes-" + seed + "-" + size);
    if (Files.exists(dir.resolve(COMPLETE))) {
      return dir;
    }
    IngestChild.deleteTree(dir);
    Corpus corpus = Corpus.prepare(work, seed, size);
    progress.printf("quotes: ingesting %,d pages into %s%n", size, dir);
    progress.flush();
    List<String> pairIds = new ArrayList<>();
    try (Archive archive = Archive.open(dir, "bench")) {
      archive.ingest(corpus.files().stream().map(PageInput::file).toList(), Duration.ofDays(1),
          p -> { });
      Indexer indexer = new Indexer(archive.index().client());
      List<IndexEntry> batch = new ArrayList<>();
      for (ParallelPair pair : new ParallelPairs().pairs(seed, PAIRS).toList()) {
        PutResult english = archive.store().put(json(pair.english(), pair.name() + ".en.json"),
            pair.english());
        PutResult russian = archive.store().put(json(pair.russian(), pair.name() + ".ru.json"),
            pair.russian());
        archive.store().linkVersions(english.id(), russian.id());
        pairIds.add(english.id() + " " + russian.id());
        batch.add(new IndexEntry(english.id(), english.version(), pair.english()));
        batch.add(new IndexEntry(russian.id(), russian.version(), pair.russian()));
      }
      indexer.put(batch);
      indexer.commit();
    }
    Files.write(dir.resolve(COMPLETE), pairIds, UTF_8);
    return dir;
  }

  /** A pair's version as a page: its JSON, the source of a page never fetched. */
  private static RawPage json(Publication p, String name) {
    return new RawPage(PublicationJson.toJson(p).getBytes(UTF_8), name, null, RawPage.Format.TEXT);
  }
}
