package org.verbatim.index;

import org.apache.solr.client.solrj.SolrClient;

/**
 * The archive's index, wherever it lives: an in-process core ({@link EmbeddedIndex}) or a
 * SolrCloud collection ({@link CloudIndex}). {@link Indexer} and the searcher work through
 * {@link #client()} alone, so the code above does not know which one it has.
 *
 * <p>Implementations are thread-safe; the client stays valid until {@link #close()}.
 */
public interface SearchIndex extends AutoCloseable {

  /** The client for this index; thread-safe, valid until {@link #close()}. */
  SolrClient client();

  /**
   * True when the index had to be emptied on opening (it was built with another configset
   * version, or created just now for an archive that may already hold publications): it needs a
   * reindex from the store.
   */
  boolean wasReset();

  /**
   * Where the index is, for messages: {@code embedded Solr in /x/index}, {@code SolrCloud
   * collection verbatim at zk:h:2181}.
   */
  String describe();

  /** Releases the client and whatever the index holds (a lock, an in-process Solr). */
  @Override
  void close();
}
