package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;
import org.verbatim.model.Role;

/**
 * The turns of a filtered set, for statistics: the turns of every publication a search matches
 * ({@link Matches}), narrowed to the query's turn scope ({@code speaker:}, {@code in:}) when it
 * has one, each with its stored text; read from the index in pages, so memory does not grow with
 * the set. Thread-safe when the searcher is.
 */
public final class TurnSet {

  /** Publications whose turns are read by one query. */
  static final int PUBLICATIONS_PER_QUERY = 200;
  static final int ROWS = 500;

  /**
   * A turn of the set.
   *
   * @param publication its publication's id
   * @param number      its number in the publication, from 1
   * @param speaker     who spoke, or null
   * @param role        question, answer or remarks
   * @param field       the text field it is indexed in ({@code text_en}): its language's analysis
   * @param text        its text, paragraphs joined by line breaks
   */
  public record Turn(String publication, int number, String speaker, Role role, String field,
      String text) {}

  /** What is done with each turn. */
  @FunctionalInterface
  public interface Action {
    void accept(Turn turn);
  }

  private final Searcher searcher;
  private final Matches matches;

  public TurnSet(Searcher searcher) {
    this.searcher = searcher;
    this.matches = new Matches(searcher);
  }

  /**
   * Calls {@code action} with every turn of {@code request}'s set, publication by publication in
   * id order; returns how many turns.
   *
   * @throws QueryException when the query cannot be searched as written
   */
  public long forEach(SearchRequest request, Action action) throws QueryException {
    QueryTranslator.Plan plan = matches.plan(request);
    List<String> ids = new ArrayList<>(PUBLICATIONS_PER_QUERY);
    long[] count = {0};
    matches.forEach(request, m -> {
      ids.add(m.id());
      if (ids.size() == PUBLICATIONS_PER_QUERY) {
        count[0] += turns(plan, ids, action);
        ids.clear();
      }
    });
    if (!ids.isEmpty()) {
      count[0] += turns(plan, ids, action);
    }
    return count[0];
  }

  private long turns(QueryTranslator.Plan plan, List<String> ids, Action action)
      throws QueryException {
    String scope = plan.params().get(QueryTranslator.SCOPE_PARAM);
    SolrQuery query = new SolrQuery(scope == null ? QueryTranslator.CHILDREN : scope);
    query.set("defType", "lucene");
    query.addFilterQuery(QueryTranslator.CHILDREN);
    query.addFilterQuery(Fields.PUBLICATION_ID + ":(" + SolrText.anyOf(ids) + ")");
    query.setFields(Fields.ID, Fields.PUBLICATION_ID, Fields.NUMBER, Fields.SPEAKER, Fields.ROLE,
        "text_*");
    query.addSort(Fields.ID, SolrQuery.ORDER.asc);
    long[] spoken = {0};
    CursorReads.readAll(searcher, query, ROWS, doc -> {
      String field = doc.getFieldNames().stream().filter(f -> f.startsWith("text_"))
          .findFirst().orElse(null);
      if (field == null) {
        return; // a turn without text: nothing spoken
      }
      action.accept(new Turn((String) doc.getFieldValue(Fields.PUBLICATION_ID),
          (Integer) doc.getFieldValue(Fields.NUMBER), (String) doc.getFieldValue(Fields.SPEAKER),
          Role.ofCode((String) doc.getFieldValue(Fields.ROLE)), field,
          (String) doc.getFieldValue(field)));
      spoken[0]++;
    });
    return spoken[0];
  }
}
