package org.verbatim.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.index.Publications;
import org.verbatim.model.Kind;

/**
 * Not a test: a rough measure of indexing rate and search latency on invented publications.
 * {@code java -cp … org.verbatim.search.SearchBenchmark DIR [COUNT]}; prints the figures.
 */
public final class SearchBenchmark {

  static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po",
      "li", "an", "or", "es", "ut", "ba", "ze", "ko", "ri", "ma"};
  static final String[] SPEAKERS = new String[40];
  static final String[] PLACES = {"Moscow", "Geneva", "New York", "Vienna", "Beijing", "Paris",
      "Berlin", "Madrid", "Astana", "Hanoi"};
  static final String[] OUTLETS = {"Radio Lumen", "Northern Herald", "Channel Nine",
      "Daily Courier", "Morning Post"};

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Random random = new Random(42);
    String[] words = new String[3_000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < 2 + i % 3; s++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words[i] = w.toString();
    }
    for (int i = 0; i < SPEAKERS.length; i++) {
      SPEAKERS[i] = "Speaker" + (char) ('A' + i % 26) + " " + capital(words[i * 7]);
    }
    long textBytes = 0;
    long turns = 0;
    long start = System.nanoTime();
    try (EmbeddedIndex index = EmbeddedIndex.open(dir)) {
      long opened = System.nanoTime();
      Indexer indexer = new Indexer(index.client());
      List<IndexEntry> batch = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        String principal = SPEAKERS[zipf(random, SPEAKERS.length)];
        String lang = random.nextInt(10) < 7 ? "en" : "ru";
        Publications p = Publications.publication("Interview of " + principal + " number " + n)
            .kind(Kind.values()[random.nextInt(Kind.values().length)])
            .published((2005 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10) + "T1" + random.nextInt(10) + ":00")
            .place(PLACES[random.nextInt(PLACES.length)])
            .outlets(OUTLETS[random.nextInt(OUTLETS.length)])
            .language(lang).participant(principal, "Minister");
        int turnCount = 4 + random.nextInt(16);
        for (int t = 0; t < turnCount; t++) {
          String text = sentence(random, words, 40 + random.nextInt(120));
          textBytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
          if (t % 2 == 0) {
            p.question("Question", text);
          } else {
            p.answer(principal, text);
          }
          turns++;
        }
        batch.add(p.entry("bench-" + n));
        if (batch.size() == 500) {
          indexer.put(batch);
          indexer.commit();
          batch.clear();
        }
      }
      indexer.put(batch);
      indexer.commit();
      double seconds = (System.nanoTime() - opened) / 1e9;
      System.out.printf("open: %.1f s%n", (opened - start) / 1e9);
      System.out.printf("indexed %d publications (%d turns, %.1f MB of text) in %.1f s: "
              + "%.0f publications/s, %.2f MB/s%n", count, turns, textBytes / 1e6, seconds,
          count / seconds, textBytes / 1e6 / seconds);

      Searcher searcher = new Searcher(index.client());
      List<String> queries = new ArrayList<>();
      for (int q = 0; q < 220; q++) {
        String a = words[zipf(random, 600)];
        String b = words[zipf(random, 600)];
        queries.add(switch (q % 8) {
          case 0 -> a;
          case 1 -> a + " " + b;
          case 2 -> "\"" + a + " " + b + "\"";
          case 3 -> a + " -" + b;
          case 4 -> a + " OR " + b;
          case 5 -> a.substring(0, 3) + "*";
          case 6 -> "speaker:\"" + SPEAKERS[zipf(random, SPEAKERS.length)] + "\" in:answers " + a;
          default -> a + " kind:interview from:2010 to:2020";
        });
      }
      long[] micros = new long[200];
      long hits = 0;
      for (int q = 0; q < queries.size(); q++) {
        long t0 = System.nanoTime();
        SearchResult result = searcher.search(SearchRequest.of(queries.get(q)));
        long t1 = System.nanoTime();
        if (q >= 20) { // the first 20 warm up
          micros[q - 20] = (t1 - t0) / 1_000;
          hits += result.total();
        }
      }
      Arrays.sort(micros);
      System.out.printf("200 queries (20 hits a page, facets, best turns highlighted), mean total "
              + "%d: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", hits / 200, micros[99] / 1e3,
          micros[189] / 1e3, micros[199] / 1e3);
      long related0 = System.nanoTime();
      for (int r = 0; r < 20; r++) {
        searcher.related("bench-" + r);
      }
      System.out.printf("related: %.1f ms each%n", (System.nanoTime() - related0) / 20 / 1e6);
    }
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      long size = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      System.out.printf("index size on disk: %.1f MB%n", size / 1e6);
    }
  }

  static int zipf(Random random, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
  }

  static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String sentence(Random random, String[] words, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(i == 0 ? "" : (i % 12 == 0 ? ". " : " ")).append(words[zipf(random, words.length)]);
    }
    return out.append('.').toString();
  }
}
