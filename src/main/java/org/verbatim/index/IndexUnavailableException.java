package org.verbatim.index;

/**
 * Part of a SolrCloud collection cannot be reached (a shard with no live replica), or the cluster
 * answered with partial results: the request was refused rather than give incomplete counts.
 * The message names the shard, the collection and the cluster. Retrying once the Solr nodes are
 * back succeeds.
 */
public final class IndexUnavailableException extends IndexException {

  IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
