package org.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * a request that meets a shard with no live replica is tried twice more, 0.5 s apart (a node that
 * has just come back may not be in the client's view yet), then fails with an
 * {@link IndexUnavailableException} naming the shard. Thread-safe.
 */
final class WholeCollectionClient extends org.apache.solr.client.solrj.SolrClient {

  private static final long serialVersionUID = 1L;
  /** Tries of a request that met a shard with no live replica, 0.5 s apart. */
  private static final int UNAVAILABLE_ATTEMPTS = 3;
  /** How Solr says a shard has no replica to ask ("no active servers hosting shard: shard2"). */
  private static final Pattern NO_REPLICA =
      Pattern.compile("no (?:active )?servers hosting shard:? ([A-Za-z0-9_.-]+)");

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
    for (int attempt = 1; ; attempt++) {
      try {
        response = cloud.request(request, collectionName);
        break;
      } catch (SolrException | SolrServerException | IOException e) {
        IndexUnavailableException unavailable = unavailable(query, e);
        if (unavailable == null) {
          throw e;
        }
        if (attempt == UNAVAILABLE_ATTEMPTS) {
          throw unavailable;
        }
        // A node that has just come back may not be in this client's view of the cluster yet.
        pause(unavailable);
      }
    }
    if (response.get("responseHeader") instanceof NamedList<?> header
        && Boolean.TRUE.equals(header.get("partialResults"))) {
      throw new IndexUnavailableException("The SolrCloud collection " + collection + " at "
          + where + " answered with partial results (a shard did not answer in time): "
          + "refused, since results would be incomplete", null);
    }
    return response;
  }

  private static void pause(IndexUnavailableException unavailable) {
    try {
      Thread.sleep(500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      unavailable.addSuppressed(interrupted);
      throw unavailable;
    }
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
      // This client's view of the cluster may lag behind the node that answered.
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        Matcher m = NO_REPLICA.matcher(String.valueOf(t.getMessage()));
        if (m.find() && !dark.contains(m.group(1))) {
          dark.add(m.group(1));
        }
      }
    }
    if (dark.isEmpty()) {
      return null;
    }
    boolean one = dark.size() == 1;
    String shards = (one ? "shard " : "shards ") + String.join(", ", dark);
    String consequence = query ? "results would be incomplete"
        : "nothing can be written to " + (one ? "it" : "them");
    return new IndexUnavailableException(Character.toUpperCase(shards.charAt(0))
        + shards.substring(1) + " of collection " + collection + " at " + where
        + (one ? " has" : " have") + " no live replica: " + consequence
        + "; start the Solr node(s) holding " + shards + " and try again", failure);
  }

  @Override
  public void close() throws IOException {
    cloud.close();
  }
}
