package org.verbatim.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.index.Fields;

/**
 * How often queries occur over time, absolute and per million words of the corpus they are
 * counted in. For each query, every turn it finds is read (see {@link TurnScan}: the occurrences
 * are those the search matches) and its occurrences and the turn itself are counted in its
 * publication's month; the corpus is the turns the query's filters choose ({@code speaker:},
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

  public Trends(Searcher searcher) {
    this.searcher = searcher;
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
    Map<String, Map<String, long[]>> found = new HashMap<>();
    Map<String, Long> totals = new HashMap<>();
    String mark = "*";
    while (mark != null) {
      TurnScan.Batch batch = scan.read(mark, TurnScan.BATCH);
      for (TurnScan.Turn turn : batch.turns()) {
        if (turn.month() == null || turn.spans().isEmpty()) {
          continue;
        }
        String value = splitField == null ? "" : splitValue(turn, request.split());
        long[] counts = found.computeIfAbsent(value, k -> new HashMap<>())
            .computeIfAbsent(turn.month(), k -> new long[2]);
        counts[0] += turn.spans().size();
        counts[1]++;
        totals.merge(value, (long) turn.spans().size(), Long::sum);
      }
      mark = batch.next();
    }
    List<String> splits = splitField == null ? List.of("") : totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(SPLIT_TOP).map(Map.Entry::getKey).toList();
    return new Counted(query, found, scan.corpusWords(splitField), splits);
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
