package org.verbatim.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.verbatim.index.EmbeddedIndex;

/**
 * Not a test: a loop of typical searches over an existing archive's index, to profile the
 * searcher (run it under JFR). {@code java -cp … org.verbatim.search.SearchLoop ARCHIVE [ROUNDS]};
 * prints p50 and p95 per kind of query. The archive must not be open elsewhere.
 */
public final class SearchLoop {

  public static void main(String[] args) throws Exception {
    Path archive = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      Searcher searcher = new Searcher(index.client());
      SearchResult all = searcher.search(SearchRequest.of("").withPageSize(100));
      Set<String> vocabulary = new LinkedHashSet<>();
      for (Hit hit : all.hits()) {
        for (String w : hit.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (w.length() >= 5) {
            vocabulary.add(w);
          }
        }
      }
      List<String> words = new ArrayList<>(vocabulary);
      List<String> speakers = all.facets().speaker().stream().map(FacetCount::value).toList();
      Random random = new Random(7);
      List<String> queries = new ArrayList<>();
      for (int q = 0; q < 200; q++) {
        String a = words.get(random.nextInt(words.size()));
        String b = words.get(random.nextInt(words.size()));
        queries.add(switch (q % 6) {
          case 0 -> a;
          case 1 -> a + " " + b;
          case 2 -> "\"" + a + " " + b + "\"";
          case 3 -> a + " OR " + b;
          case 4 -> "speaker:\"" + speakers.get(random.nextInt(speakers.size())) + "\" " + a;
          default -> a + " from:2010 to:2020";
        });
      }
      for (String q : queries.subList(0, 40)) { // warm up
        searcher.search(SearchRequest.of(q));
      }
      long[] micros = new long[queries.size() * rounds];
      int n = 0;
      long hits = 0;
      long start = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          long t0 = System.nanoTime();
          SearchResult result = searcher.search(SearchRequest.of(q));
          micros[n++] = (System.nanoTime() - t0) / 1_000;
          hits += result.total();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(micros);
      System.out.printf(Locale.ROOT, "%d searches in %.1f s, mean total %d: p50 %.1f ms, "
              + "p95 %.1f ms, p99 %.1f ms%n", n, seconds, hits / n, micros[n / 2] / 1e3,
          micros[n * 95 / 100] / 1e3, micros[n * 99 / 100] / 1e3);
    }
  }
}
