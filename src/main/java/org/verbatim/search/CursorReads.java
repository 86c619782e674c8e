package org.verbatim.search;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Every document a query finds, read a batch at a time with Solr's cursor: no cap and no deep
 * paging, whatever the number. The query must sort on the unique key last, as cursors require.
 */
final class CursorReads {

  /** What is done with each document read; may throw the caller's own exception. */
  interface Each<E extends Exception> {
    void accept(SolrDocument doc) throws E;
  }

  private CursorReads() {}

  /**
   * Reads all that {@code query} finds, {@code rows} at a time, handing each document to
   * {@code each} in the query's order.
   *
   * @return how many documents were read
   */
  static <E extends Exception> long readAll(Searcher searcher, SolrQuery query, int rows,
      Each<E> each) throws QueryException, E {
    query.setRows(rows);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long count = 0;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = searcher.run(query);
      for (SolrDocument doc : response.getResults()) {
        each.accept(doc);
        count++;
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().size() < rows) {
        return count;
      }
      cursor = next;
    }
  }
}
