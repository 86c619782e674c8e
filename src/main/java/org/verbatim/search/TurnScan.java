package org.verbatim.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.common.util.NamedList;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;
import org.verbatim.model.Role;

/**
 * Every turn a query's words occur in, read from the index in batches by cursor (never by a start
 * offset, so there is no last page it cannot reach), oldest publication first, then by turn
 * number; each turn's whole text comes back with every occurrence marked. The occurrences are the
 * unified highlighter's, run on the offsets the index stored: a word counts where the field's own
 * analysis matched it (stems, case folding, a phrase as one span), and the text around it is the
 * text as printed.
 *
 * <p>The turns chosen are those of {@link QueryTranslator.Plan#turnQuery()} (the turn scope's
 * turns holding one of the words) whose publication matches the whole query and its filters.
 * Thread-safe: a scan holds only the query it was made of.
 */
final class TurnScan {

  /** Turns read per request to the index. */
  static final int BATCH = 200;
  /** Marks an occurrence in the highlighter's output: private-use characters no page holds. */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final String PARENTS_PARAM = "scanParents";
  private static final String CURSOR_TEXT = "[A-Za-z0-9+/=_-]{1,4000}";
  static final Pattern CURSOR = Pattern.compile("\\*|" + CURSOR_TEXT);

  /**
   * One turn with its occurrences.
   *
   * @param text  the turn's text as printed (paragraphs joined by blank lines)
   * @param spans where each occurrence starts and ends in {@code text}, in order
   */
  record Turn(String id, String publication, int number, String speaker, Role role, String month,
      String language, String text, List<int[]> spans) {}

  /** A batch of turns and where the next batch starts (null after the last). */
  record Batch(List<Turn> turns, long total, String next) {}

  private final Searcher searcher;
  private final Node.And parsed;
  private final QueryTranslator.Plan plan;

  private TurnScan(Searcher searcher, Node.And parsed, QueryTranslator.Plan plan) {
    this.searcher = searcher;
    this.parsed = parsed;
    this.plan = plan;
  }

  /**
   * The scan of {@code query} with {@code filters}.
   *
   * @throws QueryException when the query cannot be searched, has no words to find, or asks for
   *                        another language version ({@code also:})
   */
  static TurnScan of(Searcher searcher, String query, Filters filters) throws QueryException {
    Node.And parsed = parsed(query, filters);
    if (CrossLanguage.split(parsed) != null) {
      throw new QueryException("'also:' is not available here: occurrences are counted in the "
          + "text of the publications found, not of their other language versions");
    }
    QueryTranslator.Plan plan = QueryTranslator.translate(parsed, searcher::entityIds);
    if (plan.highlightQuery() == null) {
      throw new QueryException("Nothing to find in '" + query + "': give a word or a phrase "
          + "(filters alone choose turns but name no occurrence)");
    }
    return new TurnScan(searcher, parsed, plan);
  }

  /** {@code query} and {@code filters} as one query. */
  static Node.And parsed(String query, Filters filters) throws QueryException {
    List<Node> items = new ArrayList<>(QueryParser.parse(query).items());
    items.addAll(filters.nodes());
    return new Node.And(items);
  }

  /** The batch of at most {@code rows} turns that starts at {@code cursor} ({@code *}: the first). */
  Batch read(String cursor, int rows) throws QueryException {
    SolrQuery query = turns(plan.turnQuery(), plan);
    query.setFields(Fields.ID, Fields.PUBLICATION_ID, Fields.NUMBER, Fields.SPEAKER, Fields.ROLE,
        Fields.MONTH, Fields.LANGUAGE);
    query.addSort(Fields.PUBLISHED_AT, SolrQuery.ORDER.asc);
    query.addSort(Fields.PUBLICATION_ID, SolrQuery.ORDER.asc);
    query.addSort(Fields.NUMBER, SolrQuery.ORDER.asc);
    query.addSort(Fields.ID, SolrQuery.ORDER.asc); // cursors need the unique key last
    query.setRows(rows);
    query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    mark(query);
    QueryResponse response = searcher.run(query);
    String next = response.getNextCursorMark();
    List<Turn> turns = turns(response);
    boolean last = next == null || next.equals(cursor) || response.getResults().size() < rows;
    return new Batch(turns, response.getResults().getNumFound(), last ? null : next);
  }

  /** The turns with these ids that the query finds, each with its occurrences, by id. */
  Map<String, Turn> byIds(List<String> ids) throws QueryException {
    SolrQuery query = turns(plan.turnQuery(), plan);
    query.addFilterQuery(Fields.ID + ":(" + SolrText.anyOf(ids) + ")");
    query.setFields(Fields.ID, Fields.PUBLICATION_ID, Fields.NUMBER, Fields.SPEAKER, Fields.ROLE,
        Fields.MONTH, Fields.LANGUAGE);
    query.setRows(ids.size());
    mark(query);
    Map<String, Turn> found = new HashMap<>();
    for (Turn turn : turns(searcher.run(query))) {
      found.put(turn.id(), turn);
    }
    return found;
  }

  /**
   * The words of the turns the query's filters choose (its words left out: the corpus the words
   * are counted in), by month and then by {@code splitField}'s value (one value, {@code ""}, when
   * null); turns of undated publications are left out.
   */
  Map<String, Map<String, Long>> corpusWords(String splitField) throws QueryException {
    List<Node> filtersOnly = new ArrayList<>();
    for (Node item : parsed.items()) {
      if (QueryTranslator.only(item, true) || QueryTranslator.only(item, false)) {
        filtersOnly.add(item);
      }
    }
    QueryTranslator.Plan corpus = QueryTranslator.translate(new Node.And(filtersOnly),
        searcher::entityIds);
    SolrQuery query = turns(corpus.turnQuery() == null ? QueryTranslator.CHILDREN
        : corpus.turnQuery(), corpus);
    Map<String, Map<String, Long>> byMonth = new LinkedHashMap<>();
    byMonthAndSplit(query, "words:\"sum(" + Fields.WORDS + ")\"", splitField).forEach(
        (month, bySplit) -> bySplit.forEach((value, bucket) -> byMonth
            .computeIfAbsent(month, m -> new LinkedHashMap<>())
            .put(value, number(bucket.get("words")))));
    return byMonth;
  }

  /**
   * The one word the query looks for when it is a single word (not a prefix) beside filters
   * only, else null: the query whose occurrences {@link #termCounts} can count.
   */
  String singleWord() {
    Node.Word word = null;
    for (Node item : parsed.items()) {
      if (QueryTranslator.only(item, true) || QueryTranslator.only(item, false)) {
        continue;
      }
      if (word != null || !(item instanceof Node.Word w) || w.prefix()) {
        return null;
      }
      word = w;
    }
    return word == null ? null : word.text();
  }

  /** The turn text fields the query searches. */
  List<String> turnFields() {
    return plan.turnFields();
  }

  /**
   * The occurrences and turns of a {@link #singleWord()} query by split value ({@code ""} when
   * {@code splitField} is null or the turn has none) and month, as {@code {occurrences, turns}},
   * from the index's term frequencies rather than the turns' text: {@code terms} gives, for each
   * turn text field searched, the one term the word is indexed as there. The occurrences are the
   * term's frequency summed over the turns found, the same positions the highlighter would mark.
   */
  Map<String, Map<String, long[]>> termCounts(Map<String, String> terms, String splitField)
      throws QueryException {
    SolrQuery query = turns(plan.turnQuery(), plan);
    List<String> frequencies = new ArrayList<>();
    for (Map.Entry<String, String> term : terms.entrySet()) {
      String param = "tf" + frequencies.size();
      query.set(param, term.getValue());
      frequencies.add("termfreq(" + term.getKey() + ",$" + param + ")");
    }
    String sum = frequencies.size() == 1 ? frequencies.get(0)
        : "add(" + String.join(",", frequencies) + ")";
    Map<String, Map<String, long[]>> found = new HashMap<>();
    byMonthAndSplit(query, "occurrences:\"sum(" + sum + ")\"", splitField).forEach(
        (month, bySplit) -> bySplit.forEach((value, bucket) -> found
            .computeIfAbsent(value, v -> new HashMap<>())
            .put(month, new long[] {number(bucket.get("occurrences")),
                number(bucket.get("count"))})));
    return found;
  }

  /**
   * The buckets of a facet of {@code query}'s turns by month (in order) and then by
   * {@code splitField}'s value ({@code ""} for turns without one, or for all when null), each
   * with {@code count} and the {@code aggregations} (JSON facet syntax).
   */
  private Map<String, Map<String, NamedList<?>>> byMonthAndSplit(SolrQuery query,
      String aggregations, String splitField) throws QueryException {
    query.setRows(0);
    String inner = splitField == null ? aggregations
        : aggregations + ",split:{type:terms,field:" + splitField
            + ",limit:-1,missing:true,facet:{" + aggregations + "}}";
    query.set("json.facet", "{months:{type:terms,field:" + Fields.MONTH
        + ",limit:-1,sort:\"index asc\",facet:{" + inner + "}}}");
    Object facets = searcher.run(query).getResponse().get("facets");
    Map<String, Map<String, NamedList<?>>> byMonth = new LinkedHashMap<>();
    for (Object bucket : buckets(facets, "months")) {
      var month = (NamedList<?>) bucket;
      Map<String, NamedList<?>> bySplit = new LinkedHashMap<>();
      if (splitField == null) {
        bySplit.put("", month);
      } else {
        for (Object s : buckets(month, "split")) {
          var split = (NamedList<?>) s;
          bySplit.put(String.valueOf(split.get("val")), split);
        }
        if (month.get("split") instanceof NamedList<?> m
            && m.get("missing") instanceof NamedList<?> missing
            && number(missing.get("count")) > 0) {
          bySplit.put("", missing);
        }
      }
      byMonth.put(String.valueOf(month.get("val")), bySplit);
    }
    return byMonth;
  }

  private static List<?> buckets(Object facets, String name) {
    if (facets instanceof NamedList<?> list
        && list.get(name) instanceof NamedList<?> facet
        && facet.get("buckets") instanceof List<?> buckets) {
      return buckets;
    }
    return List.of();
  }

  private static long number(Object value) {
    return value instanceof Number n ? Math.round(n.doubleValue()) : 0;
  }

  /**
   * The turns {@code turnQuery} matches whose publication matches {@code plan}'s main query and
   * filters: a child filter ({@code {!child}}) of those publications.
   */
  private static SolrQuery turns(String turnQuery, QueryTranslator.Plan plan) {
    SolrQuery query = new SolrQuery(turnQuery);
    query.set("defType", "lucene");
    plan.params().forEach(query::set);
    List<String> parents = new ArrayList<>();
    parents.add("+(" + plan.q() + ")");
    for (String filter : plan.filterQueries()) {
      parents.add("+(" + filter + ")");
    }
    query.set(PARENTS_PARAM, String.join(" ", parents));
    query.addFilterQuery("{!child of=" + QueryTranslator.PARENTS + " v=$" + PARENTS_PARAM + "}");
    return query;
  }

  /** Asks for each turn's whole text with every occurrence marked. */
  private void mark(SolrQuery query) {
    query.setHighlight(true);
    query.set(HighlightParams.METHOD, "unified");
    query.set(HighlightParams.FIELDS, String.join(",", plan.turnFields()));
    query.set(HighlightParams.Q, plan.highlightQuery());
    query.set(HighlightParams.QPARSER, "lucene");
    query.set(HighlightParams.BS_TYPE, "WHOLE");
    query.set(HighlightParams.FRAGSIZE, 0);
    query.set(HighlightParams.SNIPPETS, 1);
    query.set(HighlightParams.MAX_CHARS, Integer.MAX_VALUE - 1); // the whole turn: MAX_VALUE is refused
    query.set(HighlightParams.TAG_PRE, String.valueOf(OPEN));
    query.set(HighlightParams.TAG_POST, String.valueOf(CLOSE));
    query.set(HighlightParams.DEFAULT_SUMMARY, false);
    query.set(HighlightParams.FIELD_MATCH, true);
  }

  private static List<Turn> turns(QueryResponse response) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    List<Turn> turns = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFieldValue(Fields.ID);
      Map<String, List<String>> byField = highlighting == null ? null : highlighting.get(id);
      String marked = byField == null ? null : byField.values().stream()
          .filter(v -> v != null && !v.isEmpty()).map(v -> v.get(0)).findFirst().orElse(null);
      if (marked == null) {
        continue; // matched by about: alone: no word of the query occurs in its text
      }
      StringBuilder text = new StringBuilder(marked.length());
      List<int[]> spans = new ArrayList<>();
      int start = -1;
      for (int i = 0; i < marked.length(); i++) {
        char c = marked.charAt(i);
        if (c == OPEN) {
          start = text.length();
        } else if (c == CLOSE) {
          spans.add(new int[] {start, text.length()});
        } else {
          text.append(c);
        }
      }
      String role = (String) doc.getFieldValue(Fields.ROLE);
      turns.add(new Turn(id, (String) doc.getFieldValue(Fields.PUBLICATION_ID),
          (Integer) doc.getFieldValue(Fields.NUMBER), (String) doc.getFieldValue(Fields.SPEAKER),
          role == null ? null : Role.ofCode(role), (String) doc.getFieldValue(Fields.MONTH),
          (String) doc.getFieldValue(Fields.LANGUAGE), text.toString(), List.copyOf(spans)));
    }
    return turns;
  }
}
