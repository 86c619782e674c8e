package org.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;

/**
 * The client a {@link CloudIndex} hands out: every request goes through the cloud client (which
 * routes updates to the shard of their root document and spreads searches over the replicas),
 * and no search may return less than the whole collection. Queries are sent with
 * {@code shards.tolerant=false}; a response whose header says {@code partialResults} is refused;
 * a failure while a shard has no live replica becomes an {@link IndexUnavailableException} naming
 * the shard. Thread-safe.
 */
final class WholeCollectionClient extends org.apache.solr.client.solrj.SolrClient {

  private static final long serialVersionUID = 1L;

  private final transient CloudHttp2SolrClient cloud;
  private final String collection;
  private final String where;

  WholeCollectionClient(CloudHttp2SolrClient cloud, String collection, String where) {
    this.cloud = cloud;
    this.collection = collection;
    this.where = where;
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collectionName)
      throws SolrServerException, IOException {
    boolean query = request instanceof QueryRequest;
    if (query && request.getParams() instanceof ModifiableSolrParams params) {
      params.set(ShardParams.SHARDS_TOLERANT, false);
    }
    NamedList<Object> response;
    try {
      response = cloud.request(request, collectionName);
    } catch (SolrException | SolrServerException | IOException e) {
      IndexUnavailableException unavailable = unavailable(query, e);
      if (unavailable != null) {
        throw unavailable;
      }
      throw e;
    }
    if (response.get("responseHeader") instanceof NamedList<?> header
        && Boolean.TRUE.equals(header.get("partialResults"))) {
      throw new IndexUnavailableException("The SolrCloud collection " + collection + " at "
          + where + " answered with partial results (a shard did not answer in time): "
          + "refused, since results would be incomplete", null);
    }
    return response;
  }

  /**
   * The shards of the collection without a live active replica, when there are any: the reason
   * for {@code failure}, told plainly. Null when every shard is served (the failure is another).
   */
  private IndexUnavailableException unavailable(boolean query, Exception failure) {
    List<String> dark = new ArrayList<>();
    try {
      ClusterState.CollectionRef ref = cloud.getClusterStateProvider().getState(collection);
      DocCollection state = ref == null ? null : ref.get();
      if (state == null) {
        return null;
      }
      Set<String> live = cloud.getClusterStateProvider().getLiveNodes();
      for (Slice slice : state.getActiveSlices()) {
        boolean served = false;
        for (Replica replica : slice.getReplicas()) {
          served |= replica.isActive(live);
        }
        if (!served) {
          dark.add(slice.getName());
        }
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      return null;
    }
    if (dark.isEmpty()) {
      return null;
    }
    String shards = dark.size() == 1 ? "shard " + dark.get(0) : "shards " + String.join(", ", dark);
    return new IndexUnavailableException(
        (dark.size() == 1 ? "Shard " : "Shards ") + String.join(", ", dark)
            + " of collection " + collection + " at " + where + " " + (dark.size() == 1 ? "has" : "have")
            + " no live replica: " + (query ? "results would be incomplete" : "nothing can be written to "
                + (dark.size() == 1 ? "it" : "them"))
            + "; start the Solr node(s) holding " + shards + " and try again",
        failure);
  }

  @Override
  public void close() throws IOException {
    cloud.close();
  }
}
