package org.verbatim.index;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ContentStreamBase;
import org.verbatim.internal.RootCause;

/**
 * The archive's index as a SolrCloud collection, reached by ZooKeeper address or by Solr base
 * URLs ({@link CloudSettings}).
 *
 * <p>{@link #open} uploads this build's configset ({@link Configset#name()}, e.g. {@code
 * verbatim-2}) when the cluster lacks it and creates the collection when it is missing, waiting
 * until every shard has an active replica. A collection built with another configset version
 * (read from its schema's name, {@code verbatim-N}) is refused with a
 * {@link ConfigsetVersionException}; {@link #recreate} drops and creates it again, empty, for a
 * reindex from the store. Several processes may open the same collection at once: whichever
 * creates it first wins, the others use it.
 *
 * <pre>{@code
 * try (CloudIndex index = CloudIndex.open(CloudSettings.parse("zk:zk1:2181", "verbatim", 2, 2))) {
 *   Indexer indexer = new Indexer(index.client());
 *   ...
 * }
 * }</pre>
 *
 * <p>Every wait is bounded: an unreachable cluster fails in about {@code CONNECT} seconds with an
 * {@link IndexException} naming the address. The client is thread-safe, valid until
 * {@link #close()}; searches through it fail with an {@link IndexUnavailableException} rather
 * than return partial results when a shard has no live replica.
 */
public final class CloudIndex implements SearchIndex {

  /** How long to wait for ZooKeeper or a Solr node to accept a connection. */
  static final Duration CONNECT = Duration.ofSeconds(10);
  /** How long a request may stay silent before it fails. */
  static final Duration IDLE = Duration.ofSeconds(60);
  /** How long a new collection may take to have an active replica for every shard. */
  static final Duration ACTIVE = Duration.ofSeconds(90);

  private final CloudSettings settings;
  private final WholeCollectionClient client;
  private final boolean reset;

  private CloudIndex(CloudSettings settings, WholeCollectionClient client, boolean reset) {
    this.settings = settings;
    this.client = client;
    this.reset = reset;
  }

  /**
   * Opens the collection, creating it (and uploading the configset) when missing.
   *
   * @throws ConfigsetVersionException when the collection was built with another configset
   * @throws IndexException            when the cluster cannot be reached or refuses to create it
   */
  public static CloudIndex open(CloudSettings settings) {
    return connect(settings, false);
  }

  /**
   * Drops the collection when it exists and creates it again, empty, with this build's configset
   * (uploaded, replacing one of the same name): what a configset version change needs. The caller
   * then reindexes from the store ({@link #wasReset()} is true).
   *
   * @throws IndexException when the cluster cannot be reached or refuses
   */
  public static CloudIndex recreate(CloudSettings settings) {
    return connect(settings, true);
  }

  private static CloudIndex connect(CloudSettings settings, boolean recreate) {
    String where = settings.toSpec();
    CloudHttp2SolrClient cloud = build(settings, where);
    try {
      Cluster cluster = new Cluster(cloud, settings, where);
      boolean created;
      if (recreate) {
        cluster.drop();
        cluster.uploadConfigset(true);
        created = cluster.create();
      } else if (cluster.exists()) {
        cluster.waitUntilReadable(); // a shard down is told per request, not here
        created = false;
      } else {
        cluster.uploadConfigset(false);
        created = cluster.create();
      }
      WholeCollectionClient client = new WholeCollectionClient(cloud, settings.collection(), where);
      CloudIndex index = new CloudIndex(settings, client, created);
      index.checkConfigset();
      return index;
    } catch (RuntimeException e) {
      closeQuietlyInto(cloud, e);
      throw e;
    }
  }

  private static CloudHttp2SolrClient build(CloudSettings settings, String where) {
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(CONNECT.toMillis(), TimeUnit.MILLISECONDS)
        .withIdleTimeout(IDLE.toMillis(), TimeUnit.MILLISECONDS);
    CloudHttp2SolrClient.Builder builder = settings.viaZooKeeper()
        ? new CloudHttp2SolrClient.Builder(settings.zkHosts(), Optional.ofNullable(settings.zkChroot()))
        .withZkConnectTimeout((int) CONNECT.toMillis(), TimeUnit.MILLISECONDS)
        .withZkClientTimeout((int) (CONNECT.toMillis() * 3), TimeUnit.MILLISECONDS)
        : new CloudHttp2SolrClient.Builder(settings.solrUrls());
    builder.withDefaultCollection(settings.collection()).withHttpClientBuilder(http);
    CloudHttp2SolrClient cloud;
    try {
      cloud = builder.build(); // by URL, this asks the nodes for the cluster's state already
    } catch (RuntimeException e) {
      throw unreachable(where, e);
    }
    try {
      // By ZooKeeper, the first look at the cluster connects (bounded by the ZK time-out).
      if (cloud.getClusterStateProvider().getLiveNodes().isEmpty()) {
        throw new IndexException("The SolrCloud cluster at " + where + " has no live Solr node: "
            + "start the Solr nodes");
      }
    } catch (IndexException e) {
      closeQuietlyInto(cloud, e);
      throw e;
    } catch (RuntimeException e) {
      IndexException failure = unreachable(where, e);
      closeQuietlyInto(cloud, failure);
      throw failure;
    }
    return cloud;
  }

  private static IndexException unreachable(String where, Exception e) {
    return new IndexException("Could not reach the SolrCloud cluster at " + where + " within "
        + CONNECT.toSeconds() + " s: " + RootCause.message(e)
        + "; check that ZooKeeper and the Solr nodes are running and the address is right", e);
  }

  /** Refuses a collection whose schema is of another configset version than this build's. */
  private void checkConfigset() {
    int found = new Indexer(client).configsetVersion();
    if (found == Configset.VERSION) {
      return;
    }
    String fix = "run `verbatim reindex --recreate-index --archive <folder>` to drop it, create it "
        + "again with configset " + Configset.name() + " and index the store into it";
    String collection = "The SolrCloud collection " + settings.collection() + " at "
        + settings.toSpec();
    String message;
    if (found == -1) {
      message = collection + " does not hold a Verbatim index (its schema is not named verbatim-N):"
          + " choose another collection name, or " + fix;
    } else if (found < Configset.VERSION) {
      message = collection + " was built with configset version " + found + " ("
          + Configset.nameOf(found) + "), older than version " + Configset.VERSION
          + " which this Verbatim needs: " + fix;
    } else {
      message = collection + " was built with configset version " + found + " ("
          + Configset.nameOf(found) + "), newer than version " + Configset.VERSION
          + " of this Verbatim: use a Verbatim that knows version " + found + ", or " + fix
          + " (newer Verbatims would then refuse it in turn)";
    }
    throw new ConfigsetVersionException(message, found);
  }

  /** A client for the collection: routes updates, refuses partial results. */
  @Override
  public SolrClient client() {
    return client;
  }

  /** True when this open created (or recreated) the collection: it needs a reindex. */
  @Override
  public boolean wasReset() {
    return reset;
  }

  /** {@code SolrCloud collection verbatim at zk:h:2181}. */
  @Override
  public String describe() {
    return "SolrCloud collection " + settings.collection() + " at " + settings.toSpec();
  }

  /** The settings this index was opened with. */
  public CloudSettings settings() {
    return settings;
  }

  /** Closes the client; the collection and its data stay in the cluster. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new IndexException("Could not close the client of " + describe() + ": "
          + e.getMessage(), e);
    }
  }

  private static void closeQuietlyInto(CloudHttp2SolrClient cloud, RuntimeException pending) {
    try {
      cloud.close();
    } catch (IOException | RuntimeException e) {
      pending.addSuppressed(e);
    }
  }

  /** The admin requests: configsets and the collection's life. */
  private record Cluster(CloudHttp2SolrClient cloud, CloudSettings settings, String where) {

    boolean exists() {
      return state() != null;
    }

    DocCollection state() {
      try {
        ClusterState.CollectionRef ref =
            cloud.getClusterStateProvider().getState(settings.collection());
        return ref == null ? null : ref.get();
      } catch (RuntimeException e) {
        throw new IndexException("Could not read the state of the SolrCloud collection "
            + settings.collection() + " at " + where + ": " + RootCause.message(e), e);
      }
    }

    void uploadConfigset(boolean replace) {
      String name = Configset.name();
      if (!replace && configsets().contains(name)) {
        return;
      }
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
          .setConfigSetName(name)
          .setUploadStream(new ContentStreamBase.ByteArrayStream(Configset.zip(), name + ".zip",
              "application/zip"))
          .setOverwrite(replace)
          .setCleanup(replace);
      try {
        upload.process(cloud);
      } catch (SolrServerException | IOException | SolrException e) {
        if (!replace && configsets().contains(name)) {
          return; // another process uploaded it meanwhile
        }
        throw new IndexException("Could not upload the configset " + name + " to the SolrCloud "
            + "cluster at " + where + ": " + RootCause.message(e), e);
      }
    }

    List<String> configsets() {
      try {
        return new ConfigSetAdminRequest.List().process(cloud).getConfigSets();
      } catch (SolrServerException | IOException | SolrException e) {
        throw new IndexException("Could not list the configsets of the SolrCloud cluster at "
            + where + ": " + RootCause.message(e), e);
      }
    }

    /** Creates the collection; false when another process created it first. */
    boolean create() {
      String name = settings.collection();
      CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name,
          Configset.name(), settings.shards(), settings.replicas());
      try {
        CollectionAdminResponse response = create.process(cloud);
        if (!response.isSuccess()) {
          throw new IndexException("Could not create the SolrCloud collection " + name + " at "
              + where + ": " + response.getErrorMessages());
        }
      } catch (SolrServerException | IOException | SolrException e) {
        if (exists()) {
          waitUntilServed();
          return false;
        }
        throw new IndexException("Could not create the SolrCloud collection " + name + " ("
            + settings.shards() + " shard(s) x " + settings.replicas() + " replica(s)) at "
            + where + ": " + RootCause.message(e), e);
      }
      waitUntilServed();
      return true;
    }

    void drop() {
      if (!exists()) {
        return;
      }
      try {
        CollectionAdminRequest.deleteCollection(settings.collection()).process(cloud);
      } catch (SolrServerException | IOException | SolrException e) {
        throw new IndexException("Could not delete the SolrCloud collection "
            + settings.collection() + " at " + where + ": " + RootCause.message(e), e);
      }
      waitUntil(() -> state() == null ? null : "it is still being deleted");
    }

    /** Waits until every shard has an active replica on a live node, at most {@link #ACTIVE}. */
    void waitUntilServed() {
      waitUntil(this::unserved);
    }

    /** Waits until some replica is active (enough to read the schema), at most {@link #ACTIVE}. */
    void waitUntilReadable() {
      waitUntil(() -> {
        DocCollection state = state();
        Set<String> live = cloud.getClusterStateProvider().getLiveNodes();
        return state != null && state.getSlices().stream()
            .anyMatch(slice -> slice.getReplicas().stream().anyMatch(r -> r.isActive(live)))
            ? null : "no replica of it is active";
      });
    }

    private void waitUntil(java.util.function.Supplier<String> problem) {
      long deadline = System.nanoTime() + ACTIVE.toNanos();
      String missing;
      while (true) {
        missing = problem.get();
        if (missing == null) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IndexException("The SolrCloud collection " + settings.collection() + " at "
              + where + " is not ready after " + ACTIVE.toSeconds() + " s: " + missing);
        }
        try {
          Thread.sleep(200); // cluster state changes arrive asynchronously; poll it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IndexException("Interrupted while waiting for the SolrCloud collection "
              + settings.collection() + " at " + where, e);
        }
      }
    }

    /** What keeps the collection from serving every shard, or null when nothing does. */
    private String unserved() {
      DocCollection state = state();
      if (state == null) {
        return "it does not exist";
      }
      Set<String> live = cloud.getClusterStateProvider().getLiveNodes();
      for (Slice slice : state.getActiveSlices()) {
        if (slice.getReplicas().stream().noneMatch(r -> r.isActive(live))) {
          return "shard " + slice.getName() + " has no active replica";
        }
      }
      return state.getActiveSlices().isEmpty() ? "it has no active shard" : null;
    }
  }
}
