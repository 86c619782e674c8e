package org.verbatim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Facet counts of every matching document from the index's doc values, as plain Lucene code
 * would count them: per segment by ordinal, then by value. String fields are read as sorted sets
 * (single- or multi-valued), number fields as sorted numerics.
 */
final class DocValuesFacets implements CollectorManager<DocValuesFacets.Counter,
    Map<String, Map<String, Integer>>> {

  private final List<String> stringFields;
  private final List<String> numberFields;

  DocValuesFacets(List<String> stringFields, List<String> numberFields) {
    this.stringFields = stringFields;
    this.numberFields = numberFields;
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Map<String, Integer>> reduce(Collection<Counter> counters) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (Counter counter : counters) {
      counter.counts.forEach((field, values) -> values.forEach((value, n) ->
          out.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Integer::sum)));
    }
    return out;
  }

  /** The {@code top} values of a field's counts, most frequent first (all when top is -1). */
  static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int top) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return top < 0 ? entries : entries.subList(0, Math.min(top, entries.size()));
  }

  final class Counter implements Collector {
    final Map<String, Map<String, Integer>> counts = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<SortedSetDocValues> strings = new ArrayList<>();
      List<int[]> ordinals = new ArrayList<>();
      for (String field : stringFields) {
        SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
        strings.add(values);
        ordinals.add(new int[(int) values.getValueCount()]);
      }
      List<SortedNumericDocValues> numbers = new ArrayList<>();
      List<Map<Long, Integer>> numberCounts = new ArrayList<>();
      for (String field : numberFields) {
        numbers.add(DocValues.getSortedNumeric(context.reader(), field));
        numberCounts.add(new HashMap<>());
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int f = 0; f < strings.size(); f++) {
            SortedSetDocValues values = strings.get(f);
            if (values.advanceExact(doc)) {
              for (int i = 0; i < values.docValueCount(); i++) {
                ordinals.get(f)[(int) values.nextOrd()]++;
              }
            }
          }
          for (int f = 0; f < numbers.size(); f++) {
            SortedNumericDocValues values = numbers.get(f);
            if (values.advanceExact(doc)) {
              for (int i = 0; i < values.docValueCount(); i++) {
                numberCounts.get(f).merge(values.nextValue(), 1, Integer::sum);
              }
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int f = 0; f < strings.size(); f++) {
            Map<String, Integer> byValue = counts.computeIfAbsent(stringFields.get(f),
                k -> new HashMap<>());
            int[] counted = ordinals.get(f);
            for (int ord = 0; ord < counted.length; ord++) {
              if (counted[ord] > 0) {
                byValue.merge(strings.get(f).lookupOrd(ord).utf8ToString(), counted[ord],
                    Integer::sum);
              }
            }
          }
          for (int f = 0; f < numbers.size(); f++) {
            Map<String, Integer> byValue = counts.computeIfAbsent(numberFields.get(f),
                k -> new HashMap<>());
            numberCounts.get(f).forEach((value, n) ->
                byValue.merge(Long.toString(value), n, Integer::sum));
          }
        }
      };
    }
  }
}
