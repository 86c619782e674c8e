package org.verbatim.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.index.Fields;

/**
 * How often queries occur over time, absolute and per million words of the corpus they are
 * counted in. For each query, its occurrences in every turn it finds (those the search matches:
 * see {@link TurnScan}) and the turn itself are counted in its publication's month. A query that
 * is a single word (filters aside) is counted from the index's term frequencies, summed per month
 * by a facet, without reading any text; any other query (a phrase, several words, a prefix) has
 * every turn it finds read and its occurrences marked by the highlighter; the corpus is the turns the query's filters choose ({@code speaker:},
 * {@code in:}, {@code lang:}, dates… given beside it or written in it), whose words the index
 * sums per month ({@link Fields#WORDS}). Undated publications are left out. The periods are every
 * month (or year) from the first to the last in which any query's corpus has words, gaps
 * included.
 *
 * <pre>{@code
 * TrendResult result = new Trends(searcher).count(TrendRequest.of("sanctions", "\"arctic shelf\""));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Trends {

  /** Split series per query: the values with most occurrences. */
  public static final int SPLIT_TOP = 8;

  /**
   * The answer: {@code periods} in order, and one series per query (per query and split value
   * when split), in the order of the queries.
   */
  public record TrendResult(List<String> periods, List<TrendSeries> series) {

    /** The columns of {@link #rows()}. */
    public static final List<String> COLUMNS = List.of("query", "split", "period", "occurrences",
        "turns", "words", "per_million");

    public TrendResult {
      periods = List.copyOf(periods);
      series = List.copyOf(series);
    }

    /**
     * One row per series and period, in {@link #COLUMNS} order: the table beside the chart. A
     * period whose corpus has no words has no rate (an empty field), as the API's null.
     */
    public List<List<String>> rows() {
      List<List<String>> rows = new ArrayList<>();
      for (TrendSeries s : series) {
        for (TrendSeries.Point p : s.points()) {
          rows.add(java.util.Arrays.asList(s.query(), s.split(), p.period(),
              String.valueOf(p.occurrences()), String.valueOf(p.turns()),
              String.valueOf(p.words()), p.words() == 0 ? "" : perMillion(p.perMillion())));
        }
      }
      return rows;
    }

    /** A rate as shown: two decimals, a point, whatever the locale. */
    public static String perMillion(double rate) {
      return String.format(java.util.Locale.ROOT, "%.2f", rate);
    }
  }

  private final Searcher searcher;
  private final Vocabulary vocabulary;

  public Trends(Searcher searcher) {
    this.searcher = searcher;
    this.vocabulary = new Vocabulary(searcher);
  }

  /**
   * The trends {@code request} asks for.
   *
   * @throws QueryException naming the query that cannot be searched or has no words
   */
  public TrendResult count(TrendRequest request) throws QueryException {
    String splitField = request.split() == null ? null : switch (request.split()) {
      case SPEAKER -> Fields.SPEAKER;
      case ROLE -> Fields.ROLE;
      case LANG -> Fields.LANGUAGE;
    };
    List<Counted> counted = new ArrayList<>();
    TreeSet<String> months = new TreeSet<>();
    for (String query : request.queries()) {
      Counted c = count(query, request, splitField);
      months.addAll(c.words().keySet());
      counted.add(c);
    }
    List<String> periods = periods(months, request.by());
    List<TrendSeries> series = new ArrayList<>();
    for (Counted c : counted) {
      for (String value : c.splits()) {
        List<TrendSeries.Point> points = new ArrayList<>();
        for (String period : periods) {
          long occurrences = 0;
          long turns = 0;
          long words = 0;
          for (String month : months.subSet(period, true, period + "\uffff", true)) {
            long[] found = c.found().getOrDefault(value, Map.of()).get(month);
            if (found != null) {
              occurrences += found[0];
              turns += found[1];
            }
            words += c.words().getOrDefault(month, Map.of()).getOrDefault(value, 0L);
          }
          points.add(new TrendSeries.Point(period, occurrences, turns, words,
              words == 0 ? 0 : occurrences * 1_000_000.0 / words));
        }
        series.add(new TrendSeries(c.query(), splitField == null ? null
            : value.isEmpty() ? TrendSeries.NONE : value, points));
      }
    }
    return new TrendResult(periods, series);
  }

  /**
   * One query's counts: occurrences and turns by split value ({@code ""} when not split or
   * missing) and month, the corpus's words by month and split value, and the split values shown.
   */
  private record Counted(String query, Map<String, Map<String, long[]>> found,
      Map<String, Map<String, Long>> words, List<String> splits) {}

  private Counted count(String query, TrendRequest request, String splitField)
      throws QueryException {
    TurnScan scan;
    try {
      scan = TurnScan.of(searcher, query, request.filters());
    } catch (QueryException e) {
      throw new QueryException("Query '" + query + "': " + e.getMessage());
    }
    Map<String, String> terms = terms(scan);
    Map<String, Map<String, long[]>> found = terms == null ? scanned(scan, request.split())
        : scan.termCounts(terms, splitField);
    Map<String, Long> totals = new HashMap<>();
    found.forEach((value, byMonth) -> byMonth.values()
        .forEach(counts -> totals.merge(value, counts[0], Long::sum)));
    List<String> splits = splitField == null ? List.of("") : totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(SPLIT_TOP).map(Map.Entry::getKey).toList();
    return new Counted(query, found, scan.corpusWords(splitField), splits);
  }

  /**
   * For a query that is one word beside filters, the one term that word is indexed as in each
   * turn text field searched (each field's own analysis: {@code talks} is {@code talk} in
   * {@code text_en}), so that its occurrences can be counted from the index's term frequencies;
   * null when the query is anything else, or the word is not one term in every field (a phrase
   * in disguise, such as {@code e-mail}): then the turns are read.
   */
  Map<String, String> terms(TurnScan scan) {
    String word = scan.singleWord();
    if (word == null) {
      return null;
    }
    Map<String, String> terms = new LinkedHashMap<>();
    for (String field : scan.turnFields()) {
      List<Vocabulary.Token> tokens = vocabulary.tokens(field, word);
      if (tokens.size() != 1) {
        return null;
      }
      terms.put(field, tokens.get(0).term());
    }
    return terms;
  }

  /**
   * Occurrences and turns by split value ({@code ""} when not split or missing) and month, as
   * {@code {occurrences, turns}}, counted in every turn the scan reads: the highlighter's
   * occurrences, for any query.
   */
  static Map<String, Map<String, long[]>> scanned(TurnScan scan, TrendRequest.Split split)
      throws QueryException {
    Map<String, Map<String, long[]>> found = new HashMap<>();
    String mark = "*";
    while (mark != null) {
      TurnScan.Batch batch = scan.read(mark, TurnScan.BATCH);
      for (TurnScan.Turn turn : batch.turns()) {
        if (turn.month() == null || turn.spans().isEmpty()) {
          continue;
        }
        String value = split == null ? "" : splitValue(turn, split);
        long[] counts = found.computeIfAbsent(value, k -> new HashMap<>())
            .computeIfAbsent(turn.month(), k -> new long[2]);
        counts[0] += turn.spans().size();
        counts[1]++;
      }
      mark = batch.next();
    }
    return found;
  }

  private static String splitValue(TurnScan.Turn turn, TrendRequest.Split split) {
    String value = switch (split) {
      case SPEAKER -> turn.speaker();
      case ROLE -> turn.role() == null ? null : turn.role().code();
      case LANG -> turn.language();
    };
    return value == null ? "" : value;
  }

  /** Every period from the first month's to the last's, gaps included. */
  static List<String> periods(TreeSet<String> months, TrendRequest.Period by) {
    if (months.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Boolean> periods = new TreeMap<>();
    java.time.YearMonth first = java.time.YearMonth.parse(months.first());
    java.time.YearMonth last = java.time.YearMonth.parse(months.last());
    for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      periods.put(by.of(m.toString()), true);
    }
    return new ArrayList<>(periods.keySet());
  }
}
