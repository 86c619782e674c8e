package org.verbatim.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ShardParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Kind;
import org.verbatim.testing.TestCloud;

/** What only a SolrCloud index does: creating its collection, and refusing another configset. */
class CloudIndexTest {

  @TempDir
  Path dir;

  @Test
  void open_creates_the_collection_with_every_node_holding_a_replica_of_every_shard()
      throws Exception {
    CloudSettings settings = TestCloud.newCollection();
    try (CloudIndex index = CloudIndex.open(settings)) {
      assertThat(index.wasReset()).isTrue();
      assertThat(index.describe()).isEqualTo("SolrCloud collection " + settings.collection()
          + " at " + TestCloud.zkSpec());

      DocCollection state = TestCloud.cluster().getZkStateReader().getClusterState()
          .getCollection(settings.collection());
      assertThat(state.getConfigName()).isEqualTo("verbatim-" + Configset.VERSION);
      Map<String, Set<String>> nodesByShard = new TreeMap<>();
      for (Slice slice : state.getSlices()) {
        for (Replica replica : slice.getReplicas()) {
          nodesByShard.computeIfAbsent(slice.getName(), s -> new TreeSet<>())
              .add(replica.getNodeName());
        }
      }
      Set<String> nodes = new TreeSet<>(TestCloud.liveNodes());
      assertThat(nodesByShard).isEqualTo(Map.of("shard1", nodes, "shard2", nodes));
      byte[] uploaded = TestCloud.cluster().getZkClient().getData(
          "/configs/verbatim-" + Configset.VERSION + "/managed-schema.xml", null, null, true);
      assertThat(uploaded).isEqualTo(Configset.resource("managed-schema.xml"));
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void opening_an_existing_collection_keeps_its_publications() {
    CloudSettings settings = TestCloud.newCollection();
    try {
      try (CloudIndex index = CloudIndex.open(settings)) {
        Indexer indexer = new Indexer(index.client());
        indexer.put(List.of(publication("Kept").remarks("Ivan Petrov", "Kept.").entry("k")));
        indexer.commit();
      }
      try (CloudIndex index = CloudIndex.open(settings)) {
        assertThat(index.wasReset()).isFalse();
        assertThat(new Indexer(index.client()).versions()).isEqualTo(Map.of("k", 1));
      }
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void the_cluster_can_be_reached_by_its_solr_base_urls() {
    CloudSettings settings = TestCloud.newCollectionByUrl();
    try (CloudIndex index = CloudIndex.open(settings)) {
      assertThat(settings.solrUrls()).hasSize(TestCloud.NODES);
      Indexer indexer = new Indexer(index.client());
      indexer.put(List.of(publication("By URL").remarks("Ivan Petrov", "Reached.").entry("u")));
      indexer.commit();
      assertThat(indexer.versions()).isEqualTo(Map.of("u", 1));
      assertThat(indexer.turnCount()).isEqualTo(1);
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void processes_opening_a_missing_collection_at_once_share_the_one_created() throws Exception {
    CloudSettings settings = TestCloud.newCollection();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<CloudIndex> open = () -> CloudIndex.open(settings);
      List<Future<CloudIndex>> opened = pool.invokeAll(List.of(open, open));
      try (CloudIndex first = opened.get(0).get(); CloudIndex second = opened.get(1).get()) {
        assertThat(List.of(first.wasReset(), second.wasReset())).containsOnlyOnce(true);
        new Indexer(first.client()).put(List.of(publication("One").entry("one")));
        new Indexer(first.client()).commit();
        assertThat(new Indexer(second.client()).count()).isEqualTo(1);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      TestCloud.drop(settings);
    }
  }

  @Test
  void turns_are_kept_in_the_shard_of_their_publication() throws Exception {
    CloudSettings settings = TestCloud.newCollection();
    try (CloudIndex index = CloudIndex.open(settings)) {
      Indexer indexer = new Indexer(index.client());
      for (int i = 0; i < 40; i++) {
        indexer.put(List.of(publication("P" + i).kind(Kind.INTERVIEW)
            .answer("Ivan Petrov", "First " + i + ".").answer("Ivan Petrov", "Second " + i + ".")
            .entry("p" + i)));
      }
      indexer.commit();

      Set<String> seen = new HashSet<>();
      for (String shard : List.of("shard1", "shard2")) {
        SolrQuery query = new SolrQuery("*:*");
        query.set(ShardParams.SHARDS, shard);
        query.setFields(Fields.ID, Fields.DOC_TYPE, Fields.PUBLICATION_ID);
        query.setRows(1000);
        Set<String> publications = new TreeSet<>();
        Set<String> parentsOfTurns = new TreeSet<>();
        for (SolrDocument doc : index.client().query(query).getResults()) {
          if (Fields.PUBLICATION.equals(doc.getFieldValue(Fields.DOC_TYPE))) {
            publications.add((String) doc.getFieldValue(Fields.ID));
          } else {
            parentsOfTurns.add((String) doc.getFieldValue(Fields.PUBLICATION_ID));
          }
        }
        assertThat(publications).as(shard).isNotEmpty().isEqualTo(parentsOfTurns);
        seen.addAll(publications);
      }
      assertThat(seen).hasSize(40);
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void a_collection_built_with_an_older_configset_is_refused_until_recreated() throws Exception {
    CloudSettings settings = TestCloud.newCollection();
    try {
      createWithSchemaName(settings, "verbatim-0");
      assertThatThrownBy(() -> CloudIndex.open(settings))
          .isInstanceOf(ConfigsetVersionException.class)
          .hasMessage("The SolrCloud collection " + settings.collection() + " at "
              + TestCloud.zkSpec() + " was built with configset version 0 (verbatim-0), older "
              + "than version " + Configset.VERSION + " which this Verbatim needs: run "
              + "`verbatim reindex --recreate-index --archive <folder>` to drop it, create it again "
              + "with configset "
              + "verbatim-" + Configset.VERSION + " and index the store into it")
          .satisfies(e -> assertThat(((ConfigsetVersionException) e).found()).isZero());

      try (CloudIndex index = CloudIndex.recreate(settings)) {
        assertThat(index.wasReset()).isTrue();
        Indexer indexer = new Indexer(index.client());
        assertThat(indexer.configsetVersion()).isEqualTo(Configset.VERSION);
        assertThat(indexer.count()).isZero();
      }
      try (CloudIndex index = CloudIndex.open(settings)) {
        assertThat(index.wasReset()).isFalse();
      }
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void a_collection_built_with_a_newer_configset_or_not_by_verbatim_is_refused() throws Exception {
    CloudSettings newer = TestCloud.newCollection();
    CloudSettings foreign = TestCloud.newCollection();
    try {
      int newerVersion = Configset.VERSION + 1;
      createWithSchemaName(newer, "verbatim-" + newerVersion);
      createWithSchemaName(foreign, "library-catalogue");
      assertThatThrownBy(() -> CloudIndex.open(newer))
          .isInstanceOf(ConfigsetVersionException.class)
          .hasMessage("The SolrCloud collection " + newer.collection() + " at "
              + TestCloud.zkSpec() + " was built with configset version " + newerVersion
              + " (verbatim-" + newerVersion + "), newer than version " + Configset.VERSION
              + " of this Verbatim: use a Verbatim that knows version " + newerVersion + ", or run "
              + "`verbatim reindex --recreate-index --archive <folder>` to drop it, create it "
              + "again with configset verbatim-" + Configset.VERSION
              + " and index the store into it (newer Verbatims would then refuse it in turn)");
      assertThatThrownBy(() -> CloudIndex.open(foreign))
          .isInstanceOf(ConfigsetVersionException.class)
          .hasMessage("The SolrCloud collection " + foreign.collection() + " at "
              + TestCloud.zkSpec() + " does not hold a Verbatim index (its schema is not named "
              + "verbatim-N): choose another collection name, or run `verbatim reindex "
              + "--recreate-index --archive <folder>` to drop it, create it again with configset "
              + "verbatim-" + Configset.VERSION + " and index the store into it");
    } finally {
      TestCloud.drop(newer);
      TestCloud.drop(foreign);
    }
  }

  @Test
  void an_unreachable_cluster_fails_within_the_connect_time_out_naming_the_address() {
    CloudSettings byUrl = CloudSettings.parse("http://127.0.0.1:1/solr", "verbatim", 2, 2);
    assertThatThrownBy(() -> CloudIndex.open(byUrl))
        .isInstanceOf(IndexException.class)
        .hasMessageStartingWith("Could not reach the SolrCloud cluster at http://127.0.0.1:1/solr "
            + "within 10 s: ")
        .hasMessageEndingWith("; check that ZooKeeper and the Solr nodes are running and the "
            + "address is right");

    CloudSettings byZk = CloudSettings.parse("zk:127.0.0.1:1", "verbatim", 2, 2);
    long start = System.nanoTime();
    assertThatThrownBy(() -> CloudIndex.open(byZk))
        .isInstanceOf(IndexException.class)
        .hasMessageStartingWith("Could not reach the SolrCloud cluster at zk:127.0.0.1:1 within "
            + "10 s: ");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  /** Creates the collection by hand from our configset with its schema renamed. */
  private void createWithSchemaName(CloudSettings settings, String schemaName) throws Exception {
    Path conf = Files.createDirectories(dir.resolve(settings.collection()));
    for (String file : Configset.FILES) {
      Files.write(conf.resolve(file), Configset.resource(file));
    }
    Path schema = conf.resolve(Configset.SCHEMA_FILE);
    String text = Files.readString(schema, UTF_8);
    Files.writeString(schema, text.replace("<schema name=\"verbatim-" + Configset.VERSION + "\"",
        "<schema name=\"" + schemaName + "\""), UTF_8);
    String configset = "test-" + settings.collection();
    TestCloud.cluster().uploadConfigSet(conf, configset);
    CollectionAdminRequest.createCollection(settings.collection(), configset, 1, 1)
        .process(TestCloud.cluster().getSolrClient());
    TestCloud.cluster().waitForActiveCollection(settings.collection(), 1, 1);
  }
}
