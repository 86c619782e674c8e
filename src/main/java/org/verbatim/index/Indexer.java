package org.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Writes publications into the index and answers what it holds, through any {@link SolrClient}
 * (the embedded core, or a SolrCloud collection, where a publication and its turns are routed
 * together to the shard of the publication's id).
 *
 * <p>Adding a publication whose id is indexed already replaces it with all its turns. Nothing is
 * visible to searches before {@link #commit()}: the ingest commits once per batch, after the
 * store has committed the same batch. Thread-safe when the client is.
 *
 * <pre>{@code
 * Indexer indexer = new Indexer(index.client());
 * indexer.put(List.of(new IndexEntry("a1b2", 1, publication)));
 * indexer.commit();
 * }</pre>
 */
public final class Indexer {

  /**
   * Publications per {@link #put} and commit when many are written: the ingest's index threads,
   * the index's repair and the bench's bare-Solr ingest all write this many at a time.
   */
  public static final int BATCH = 500;

  private static final int PAGE = 1000;
  private final SolrClient client;

  public Indexer(SolrClient client) {
    this.client = client;
  }

  /** Adds or replaces the publications of {@code batch} in one request; not yet committed. */
  public void put(Collection<IndexEntry> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<SolrInputDocument> docs = new ArrayList<>(batch.size());
    for (IndexEntry entry : batch) {
      docs.add(IndexDocuments.toDocument(entry));
    }
    try {
      client.add(docs);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not add " + batch.size() + " publication(s) to the index, "
          + "the first being " + batch.iterator().next().id() + ": " + e.getMessage(), e);
    }
  }

  /** Removes these publications with their turns; not yet committed. Unknown ids are ignored. */
  public void delete(Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      client.deleteByQuery(Fields.ROOT + ":(" + SolrText.anyOf(ids) + ")");
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not delete " + ids.size() + " publication(s): "
          + e.getMessage(), e);
    }
  }

  /** Removes everything: the first step of a reindex. Not yet committed. */
  public void deleteAll() {
    try {
      client.deleteByQuery("*:*");
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not empty the index: " + e.getMessage(), e);
    }
  }

  /** Makes every change so far durable and visible to searches. */
  public void commit() {
    try {
      client.commit(true, true);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not commit the index: " + e.getMessage(), e);
    }
  }

  /**
   * Makes every change so far visible to searches without making it durable (a soft commit: no
   * flush to disk, so cheaper than {@link #commit()}); a later {@link #commit()} makes it
   * durable, and Solr's update log keeps it meanwhile.
   */
  public void softCommit() {
    try {
      client.commit(true, true, true);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not make the index's changes visible: " + e.getMessage(),
          e);
    }
  }

  /** The number of publications (not turns) in the index. */
  public long count() {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(Fields.DOC_TYPE + ":" + Fields.PUBLICATION);
    query.setRows(0);
    return query(query).getResults().getNumFound();
  }

  /** The number of turns in the index. */
  public long turnCount() {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(Fields.DOC_TYPE + ":" + Fields.TURN);
    query.setRows(0);
    return query(query).getResults().getNumFound();
  }

  /**
   * Every indexed publication id with the version indexed, in id order: what {@code check}
   * compares with the store. Pages through the whole index with a cursor.
   */
  public NavigableMap<String, Integer> versions() {
    NavigableMap<String, Integer> versions = new TreeMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery query = new SolrQuery("*:*");
      query.addFilterQuery(Fields.DOC_TYPE + ":" + Fields.PUBLICATION);
      query.setFields(Fields.ID, Fields.VERSION);
      query.setSort(Fields.ID, SolrQuery.ORDER.asc);
      query.setRows(PAGE);
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(query);
      for (SolrDocument doc : response.getResults()) {
        versions.put((String) doc.getFieldValue(Fields.ID),
            (Integer) doc.getFieldValue(Fields.VERSION));
      }
      String next = response.getNextCursorMark();
      if (next.equals(cursor)) {
        return versions;
      }
      cursor = next;
    }
  }

  /** The configset version the index was built with (from its schema's name); -1 if unknown. */
  public int configsetVersion() {
    try {
      String name = new SchemaRequest.SchemaName().process(client).getSchemaName();
      return name == null ? -1 : Configset.versionOfSchemaName(name);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not read the index schema's name: " + e.getMessage(), e);
    }
  }

  private QueryResponse query(SolrQuery query) {
    try {
      return client.query(query);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Could not read the index: " + e.getMessage(), e);
    }
  }
}
