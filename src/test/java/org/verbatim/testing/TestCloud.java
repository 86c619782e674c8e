package org.verbatim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.verbatim.index.CloudSettings;

/**
 * The in-process SolrCloud the cloud variants of the index and search suites run on: one
 * {@link MiniSolrCloudCluster} of {@value #NODES} Solr nodes and an embedded ZooKeeper per test JVM,
 * started on first use and shut down when the JVM exits.
 *
 * <p>Each suite takes a fresh collection name from {@link #newCollection()} ({@value #SHARDS} shards
 * x {@value #REPLICAS} replicas: each node holds a replica of every shard, so one node down still
 * leaves every shard served) and drops it with {@link #drop(CloudSettings)} when done. Fault tests
 * stop and start nodes with {@link #stopNode(int)} and {@link #startNode(int)}; they must leave
 * every node running. Thread-safe.
 */
public final class TestCloud {

  public static final int NODES = 2;
  public static final int SHARDS = 2;
  public static final int REPLICAS = 2;

  private static final AtomicInteger COLLECTIONS = new AtomicInteger();
  private static MiniSolrCloudCluster cluster; // guarded by TestCloud.class
  private static Path baseDir; // guarded by TestCloud.class
  // The cluster drops a stopped node from its list; these keep node i where it was.
  private static List<JettySolrRunner> nodes; // guarded by TestCloud.class
  private static List<String> nodeNames; // guarded by TestCloud.class

  private TestCloud() {}

  /** The cluster, started on the first call. */
  public static synchronized MiniSolrCloudCluster cluster() {
    if (cluster == null) {
      start();
    }
    return cluster;
  }

  private static void start() {
    if (!SLF4JBridgeHandler.isInstalled()) { // Lucene logs through java.util.logging
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    if (System.getProperty("disable.v2.api") == null) {
      System.setProperty("disable.v2.api", "true");
    }
    try {
      baseDir = Files.createTempDirectory("verbatim-cloud");
      cluster = new MiniSolrCloudCluster.Builder(NODES, baseDir).build();
      nodes = List.copyOf(cluster.getJettySolrRunners());
      nodeNames = nodes.stream().map(JettySolrRunner::getNodeName).toList();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the in-process SolrCloud in " + baseDir, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(TestCloud::shutdown, "test-cloud-shutdown"));
  }

  private static synchronized void shutdown() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      throw new IllegalStateException("Could not shut the in-process SolrCloud down", e);
    } finally {
      deleteTree(baseDir);
    }
  }

  /** ZooKeeper's address with Solr's chroot, as {@link CloudSettings#parse} reads it. */
  public static String zkSpec() {
    return CloudSettings.ZK_PREFIX + cluster().getZkServer().getZkAddress();
  }

  /** The nodes' Solr base URLs, comma-separated, as {@link CloudSettings#parse} reads them. */
  public static synchronized String urlSpec() {
    cluster();
    return String.join(",", nodes.stream().map(j -> j.getBaseUrl().toString()).toList());
  }

  /**
   * Settings for a collection that does not exist yet, {@value #SHARDS} shards x
   * {@value #REPLICAS} replicas, reached through ZooKeeper.
   */
  public static CloudSettings newCollection() {
    return CloudSettings.parse(zkSpec(), nextName(), SHARDS, REPLICAS);
  }

  /** Like {@link #newCollection()}, reached through the nodes' Solr base URLs. */
  public static CloudSettings newCollectionByUrl() {
    return CloudSettings.parse(urlSpec(), nextName(), SHARDS, REPLICAS);
  }

  private static String nextName() {
    return String.format(Locale.ROOT, "test_%03d", COLLECTIONS.incrementAndGet());
  }

  /** Deletes the collection when it exists (a suite's clean-up). */
  public static void drop(CloudSettings settings) {
    try {
      if (cluster().getZkStateReader().getClusterState()
          .getCollectionOrNull(settings.collection()) != null) {
        org.apache.solr.client.solrj.request.CollectionAdminRequest
            .deleteCollection(settings.collection()).process(cluster().getSolrClient());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not delete the collection " + settings.collection(), e);
    }
  }

  /** The node names ({@code 127.0.0.1:PORT_solr}) of the running nodes, in node order. */
  public static synchronized List<String> liveNodes() {
    cluster();
    List<String> live = new java.util.ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      if (nodes.get(i).isRunning()) {
        live.add(nodeNames.get(i));
      }
    }
    return live;
  }

  /** The node name of node {@code i}, running or not. */
  public static synchronized String nodeName(int i) {
    cluster();
    return nodeNames.get(i);
  }

  private static synchronized JettySolrRunner node(int i) {
    cluster();
    return nodes.get(i);
  }

  /**
   * Stops node {@code i} (0 or 1) and waits until the cluster sees it gone and every shard of
   * {@code collection} that still has a replica on a running node has an active leader there.
   */
  public static void stopNode(int i, CloudSettings collection) {
    try {
      JettySolrRunner jetty = node(i);
      String name = nodeName(i);
      cluster().stopJettySolrRunner(jetty);
      cluster().waitForJettyToStop(jetty);
      cluster().getZkStateReader().waitForLiveNodes(30, TimeUnit.SECONDS,
          (before, after) -> !after.contains(name));
      cluster().getZkStateReader().waitForState(collection.collection(), 30, TimeUnit.SECONDS,
          (live, state) -> state != null && state.getSlices().stream().allMatch(slice ->
              slice.getReplicas().stream().noneMatch(r -> live.contains(r.getNodeName()))
                  || (slice.getLeader() != null && slice.getLeader().isActive(live))));
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop Solr node " + i, e);
    }
  }

  /**
   * Starts node {@code i} again on its old port and waits until it is live and every replica of
   * {@code collection} is active again (recovered from the replica that stayed up).
   */
  public static void startNode(int i, CloudSettings collection) {
    try {
      JettySolrRunner jetty = node(i);
      cluster().startJettySolrRunner(jetty, true); // on its old port: the same node name
      if (!jetty.getNodeName().equals(nodeName(i))) {
        throw new IllegalStateException("Solr node " + i + " came back as " + jetty.getNodeName()
            + ", not " + nodeName(i));
      }
      cluster().waitForNode(jetty, 30);
      cluster().waitForActiveCollection(collection.collection(), 60, TimeUnit.SECONDS,
          collection.shards(), collection.shards() * collection.replicas());
    } catch (Exception e) {
      throw new IllegalStateException("Could not start Solr node " + i + " again", e);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + dir, e);
    }
  }
}
