package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.verbatim.index.Fields;

/**
 * Every publication a search matches, not a page of them: its id and the version indexed, in id
 * order, read from the index {@value #BATCH} at a time with Solr's cursor, so that memory does not
 * grow with the number of hits. The query and filters are read as {@link Searcher} reads them;
 * {@code also:} is refused (its hits are the other language's publications, found page by page).
 *
 * <pre>{@code
 * new Matches(archive.searcher()).forEach(request, m -> out.println(m.id() + " " + m.version()));
 * }</pre>
 *
 * <p>Thread-safe when the client is.
 */
public final class Matches {

  /** Ids read from the index per request. */
  static final int BATCH = 1000;

  /** A matching publication: its id and the version the index holds. */
  public record Match(String id, int version) {}

  /** What is done with each match; may throw what the caller's writing throws. */
  @FunctionalInterface
  public interface Action<E extends Exception> {
    void accept(Match match) throws E;
  }

  private final Searcher searcher;

  /** The matches of searches as {@code searcher} reads them (its index, the people it knows). */
  public Matches(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Calls {@code action} with every publication {@code request} matches (its query and filters;
   * its sort, page size and cursor are ignored), in id order; returns how many.
   *
   * @throws QueryException when the query cannot be searched as written, or uses {@code also:}
   */
  /** The plan of {@code request}'s query and filters; {@code also:} is refused. */
  QueryTranslator.Plan plan(SearchRequest request) throws QueryException {
    Node.And parsed = QueryParser.parse(request.query());
    List<Node> items = new ArrayList<>(parsed.items());
    items.addAll(request.filters().nodes());
    Node.And query = new Node.And(items);
    if (CrossLanguage.split(query) != null) {
      throw new QueryException("'also:' cannot be exported: export each language's search");
    }
    return QueryTranslator.translate(query, searcher::entityIds);
  }

  public <E extends Exception> long forEach(SearchRequest request, Action<E> action)
      throws QueryException, E {
    QueryTranslator.Plan plan = plan(request);
    SolrQuery solr = new SolrQuery(plan.q());
    solr.set("defType", "lucene");
    plan.filterQueries().forEach(solr::addFilterQuery);
    plan.params().forEach(solr::set);
    solr.setFields(Fields.ID, Fields.VERSION);
    solr.addSort(Fields.ID, SolrQuery.ORDER.asc);
    return CursorReads.readAll(searcher, solr, BATCH, doc -> action.accept(new Match(
        (String) doc.getFieldValue(Fields.ID), (Integer) doc.getFieldValue(Fields.VERSION))));
  }
}
