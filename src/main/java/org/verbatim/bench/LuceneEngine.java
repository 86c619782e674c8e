package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.solr.schema.IndexSchema;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.Fields;

/**
 * Plain Lucene on the very index Verbatim searches: an {@link IndexSearcher} over the archive's
 * Solr core folder opened read-only, queries built with the schema's own query analyzers and
 * meaning what Verbatim's do (words and phrases in the whole text; with a speaker, in that
 * speaker's turns through a block join; dates as a point range), facets counted from doc values
 * ({@link DocValuesFacets}), and the best turns highlighted by the {@link UnifiedHighlighter}
 * from the offsets in the postings, in passages of about 220 characters that end at spaces, as
 * Verbatim asks Solr for them.
 */
final class LuceneEngine implements SearchEngine {

  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.VERSION, Fields.TITLE,
      Fields.PUBLISHED, Fields.KIND, Fields.LANGUAGE, Fields.LANGUAGE_VERSIONS, Fields.PLACE,
      Fields.OUTLETS, Fields.SPEAKERS);
  private static final Set<String> TURN_FIELDS = Set.of(Fields.ID, Fields.PUBLICATION_ID,
      Fields.NUMBER, Fields.LABEL, Fields.SPEAKER, Fields.ROLE, Fields.SECTION);
  private static final Query PARENTS = new TermQuery(new Term(Fields.DOC_TYPE, Fields.PUBLICATION));
  private static final Query CHILDREN = new TermQuery(new Term(Fields.DOC_TYPE, Fields.TURN));
  /** The string facets the search page counts: the publication's facts and what it names. */
  private static final List<String> FACET_STRINGS = facetStrings();
  private static final Sort SORT = sort();
  /** The passage length Verbatim asks for ({@code hl.fragsize}), and Solr's default alignment. */
  private static final int PASSAGE = 220;
  private static final float PASSAGE_ALIGN = 0.33f;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder analysis;
  private final QueryBitSetProducer parents = new QueryBitSetProducer(PARENTS);
  private final UnifiedHighlighter highlighter;
  private final String[] turnFields = Fields.allTextFields().toArray(String[]::new);

  /** Hits per query: {@link SearchEngine#TOP}, or as many as a page of the site shows. */
  private final int hits;

  LuceneEngine(Path archiveDir) throws IOException {
    this(archiveDir, TOP);
  }

  LuceneEngine(Path archiveDir, int hits) throws IOException {
    this.hits = hits;
    Path core = archiveDir.resolve("index").resolve(EmbeddedIndex.CORE);
    IndexSchema schema = SolrSchema.read(core);
    this.directory = FSDirectory.open(core.resolve("data").resolve("index"));
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.analysis = new QueryBuilder(schema.getQueryAnalyzer());
    // Passages as Verbatim's Searcher asks Solr for them: about 220 characters, ending at spaces.
    this.highlighter = UnifiedHighlighter.builder(searcher, schema.getIndexAnalyzer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
            new CustomSeparatorBreakIterator(' '), PASSAGE, PASSAGE_ALIGN))
        .build();
  }

  private static List<String> facetStrings() {
    List<String> fields = new ArrayList<>(List.of(Fields.KIND, Fields.SPEAKERS, Fields.LANGUAGE,
        Fields.PLACE, Fields.OUTLETS));
    fields.addAll(Fields.allEntityFields());
    return List.copyOf(fields);
  }

  private static Sort sort() {
    SortField newest = new SortField(Fields.PUBLISHED_AT, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    return new Sort(SortField.FIELD_SCORE, newest);
  }

  @Override
  public List<String> search(BenchQuery query) throws IOException {
    Query main = publications(query);
    TopFieldCollectorManager topManager = new TopFieldCollectorManager(SORT, hits, null,
        query.faceted() ? Integer.MAX_VALUE : hits);
    TopFieldDocs top;
    if (query.faceted()) {
      DocValuesFacets facets = new DocValuesFacets(FACET_STRINGS, List.of(Fields.YEAR));
      Object[] results = searcher.search(main, new MultiCollectorManager(topManager, facets));
      top = (TopFieldDocs) results[0];
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Integer>> counts = (Map<String, Map<String, Integer>>) results[1];
      for (String field : FACET_STRINGS) {
        if (!field.equals(Fields.KIND) && !field.equals(Fields.LANGUAGE)) {
          DocValuesFacets.top(counts.getOrDefault(field, Map.of()), FACET_TOP);
        }
      }
    } else {
      top = searcher.search(main, topManager);
    }
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, HIT_FIELDS);
      ids.add(doc.get(Fields.ID));
    }
    if (query.faceted() && !ids.isEmpty()) {
      bestTurns(query, ids);
    }
    return ids;
  }

  /** The publications matching the query, scored. */
  private Query publications(BenchQuery query) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(PARENTS, Occur.FILTER);
    if (query.speaker() == null) {
      for (String text : query.texts()) {
        q.add(anyField(Fields.allWholeTextFields(), text), Occur.MUST);
      }
    } else {
      q.add(new ToParentBlockJoinQuery(scope(query), parents, ScoreMode.None), Occur.FILTER);
      for (String text : query.texts()) {
        Query turn = new BooleanQuery.Builder().add(scope(query), Occur.FILTER)
            .add(anyField(Fields.allTextFields(), text), Occur.MUST).build();
        q.add(new ToParentBlockJoinQuery(turn, parents, ScoreMode.Max), Occur.MUST);
      }
    }
    if (query.hasDates()) {
      q.add(LongPoint.newRangeQuery(Fields.PUBLISHED_AT, query.fromMillis(),
          query.toMillisExclusive() - 1), Occur.FILTER);
    }
    return q.build();
  }

  /** The turns a speaker query looks in: that speaker's. */
  private Query scope(BenchQuery query) {
    return new BooleanQuery.Builder().add(CHILDREN, Occur.FILTER)
        .add(analysis.createPhraseQuery(Fields.SPEAKER_TEXT, query.speaker()), Occur.FILTER)
        .build();
  }

  /** A word or phrase in any of the fields, each analysed as that field is. */
  private Query anyField(List<String> fields, String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      Query one = analysis.createPhraseQuery(field, text);
      if (one != null) {
        any.add(one, Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** The three best matching turns of each hit, highlighted. */
  private void bestTurns(BenchQuery query, List<String> ids) throws IOException {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String text : query.texts()) {
      words.add(anyField(Fields.allTextFields(), text), Occur.SHOULD);
    }
    Query highlight = words.build();
    BooleanQuery.Builder turns = new BooleanQuery.Builder()
        .add(CHILDREN, Occur.FILTER)
        .add(new TermInSetQuery(Fields.PUBLICATION_ID, ids.stream().map(BytesRef::new).toList()),
            Occur.FILTER)
        .add(highlight, Occur.MUST);
    if (query.speaker() != null) {
      turns.add(scope(query), Occur.FILTER);
    }
    TopDocs found = searcher.search(turns.build(), hits * 30);
    StoredFields stored = searcher.storedFields();
    Map<String, Integer> perHit = new HashMap<>();
    List<Integer> chosen = new ArrayList<>();
    Map<Integer, Document> fields = new LinkedHashMap<>();
    for (ScoreDoc turn : found.scoreDocs) {
      Document doc = stored.document(turn.doc, TURN_FIELDS);
      if (perHit.merge(doc.get(Fields.PUBLICATION_ID), 1, Integer::sum) <= TURNS_PER_HIT) {
        chosen.add(turn.doc);
        fields.put(turn.doc, doc);
      }
    }
    int[] docs = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] passages = new int[turnFields.length];
    java.util.Arrays.fill(passages, 1);
    highlighter.highlightFields(turnFields, highlight, docs, passages);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
