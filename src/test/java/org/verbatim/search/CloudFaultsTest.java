package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CommonParams;
import org.junit.jupiter.api.Test;
import org.verbatim.index.CloudIndex;
import org.verbatim.index.CloudSettings;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.IndexException;
import org.verbatim.index.IndexUnavailableException;
import org.verbatim.index.Indexer;
import org.verbatim.model.Kind;
import org.verbatim.testing.TestCloud;

/**
 * A SolrCloud collection with Solr nodes stopped: searches are complete or refused, never
 * partial; indexing goes on while every shard has a live replica; a node that returns catches up.
 */
class CloudFaultsTest {

  static List<IndexEntry> reports(int from, int to) {
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = from; i < to; i++) {
      entries.add(publication("Harbour report " + i)
          .kind(i % 3 == 0 ? Kind.BRIEFING : Kind.INTERVIEW)
          .published((2015 + i % 4) + "-03-1" + (i % 10) + "T10:00")
          .place(i % 2 == 0 ? "Tromsø" : "Bodø")
          .answer(i % 5 == 0 ? "Keeper Olga Berg" : "Keeper Boris Lund",
              "The harbour report number " + i + " says the pier is sound.")
          .entry(String.format("report-%02d", i)));
    }
    return entries;
  }

  static List<String> allIds(Searcher searcher, String query) throws QueryException {
    List<String> ids = new ArrayList<>();
    SearchRequest request = SearchRequest.of(query).withSort(Sort.OLDEST).withPageSize(7);
    while (true) { // small pages: the cursor must walk both shards
      SearchResult page = searcher.search(request);
      page.hits().forEach(h -> ids.add(h.id()));
      if (page.nextCursor() == null) {
        return ids;
      }
      request = request.withCursor(page.nextCursor());
    }
  }

  @Test
  void with_one_node_stopped_searches_are_complete_and_indexing_goes_on() throws Exception {
    CloudSettings settings = TestCloud.newCollection();
    try (CloudIndex index = CloudIndex.open(settings)) {
      Indexer indexer = new Indexer(index.client());
      Searcher searcher = new Searcher(index.client());
      indexer.put(reports(0, 30));
      indexer.commit();
      SearchResult before = searcher.search(SearchRequest.of("pier").withPageSize(100));
      SearchResult keepers = searcher.search(SearchRequest.of("speaker:\"Keeper Olga Berg\""));
      List<String> ids = allIds(searcher, "harbour");
      assertThat(before.total()).isEqualTo(30);
      assertThat(ids).hasSize(30).doesNotHaveDuplicates();

      TestCloud.stopNode(1, settings);
      try {
        SearchResult during = searcher.search(SearchRequest.of("pier").withPageSize(100));
        assertThat(during.total()).isEqualTo(before.total());
        assertThat(during.hits()).extracting(Hit::id)
            .containsExactlyElementsOf(before.hits().stream().map(Hit::id).toList());
        assertThat(during.facets()).isEqualTo(before.facets());
        assertThat(searcher.search(SearchRequest.of("speaker:\"Keeper Olga Berg\"")))
            .isEqualTo(keepers);
        assertThat(allIds(searcher, "harbour")).isEqualTo(ids);

        putAndCommitOrReRun(indexer, reports(30, 40));
        assertThat(indexer.count()).isEqualTo(40);
        assertThat(searcher.search(SearchRequest.of("pier")).total()).isEqualTo(40);
      } finally {
        TestCloud.startNode(1, settings);
      }

      indexer.commit();
      assertThat(indexer.count()).isEqualTo(40);
      assertThat(indexer.turnCount()).isEqualTo(40);
      assertThat(indexer.versions()).hasSize(40).containsEntry("report-39", 1);
      // Every replica, the returned one included, holds its shard's publications.
      Map<String, List<Long>> byShard = publicationsPerReplica(settings);
      assertThat(byShard).hasSize(2);
      byShard.values().forEach(counts -> assertThat(counts).hasSize(2).containsOnly(counts.get(0)));
      assertThat(byShard.values().stream().mapToLong(c -> c.get(0)).sum()).isEqualTo(40);
    } finally {
      TestCloud.drop(settings);
    }
  }

  @Test
  void a_shard_without_a_live_replica_fails_searches_instead_of_giving_partial_counts()
      throws Exception {
    CloudSettings two = TestCloud.newCollection();
    CloudSettings settings = new CloudSettings(two.zkHosts(), two.zkChroot(), two.solrUrls(),
        two.collection(), 2, 1); // one replica per shard: a node down leaves a shard dark
    try (CloudIndex index = CloudIndex.open(settings)) {
      Indexer indexer = new Indexer(index.client());
      Searcher searcher = new Searcher(index.client());
      indexer.put(reports(0, 20));
      indexer.commit();
      String shard2Node = separateShards(settings);
      int node = TestCloud.nodeName(0).equals(shard2Node) ? 0 : 1;

      TestCloud.stopNode(node, settings);
      String message = "Shard shard2 of collection " + settings.collection() + " at "
          + settings.toSpec() + " has no live replica: results would be incomplete; start the "
          + "Solr node(s) holding shard shard2 and try again";
      try {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("pier")))
            .isInstanceOf(IndexUnavailableException.class).hasMessage(message);
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("")))
            .isInstanceOf(IndexUnavailableException.class).hasMessage(message);
        assertThatThrownBy(indexer::count)
            .isInstanceOf(IndexUnavailableException.class).hasMessage(message);
        assertThatThrownBy(indexer::versions)
            .isInstanceOf(IndexUnavailableException.class).hasMessage(message);
        assertThatThrownBy(() -> indexer.put(reports(20, 30)))
            .isInstanceOf(IndexUnavailableException.class)
            .hasMessage(message.replace("results would be incomplete",
                "nothing can be written to it"));
      } finally {
        TestCloud.startNode(node, settings);
      }
      assertThat(searcher.search(SearchRequest.of("pier")).total()).isEqualTo(20);
    } finally {
      TestCloud.drop(settings);
    }
  }

  /** An ingest that fails during the outage is run again, as a user would: it must then pass. */
  private static void putAndCommitOrReRun(Indexer indexer, List<IndexEntry> batch) {
    try {
      indexer.put(batch);
      indexer.commit();
    } catch (IndexException first) {
      indexer.put(batch);
      indexer.commit();
    }
  }

  /**
   * Moves shard2's replica to the other node when Solr placed both shards on one; returns the
   * node holding shard2.
   */
  private static String separateShards(CloudSettings settings) throws Exception {
    DocCollection state = TestCloud.cluster().getZkStateReader().getClusterState()
        .getCollection(settings.collection());
    Replica shard2 = state.getSlice("shard2").getReplicas().iterator().next();
    String shard1Node = state.getSlice("shard1").getReplicas().iterator().next().getNodeName();
    if (!shard1Node.equals(shard2.getNodeName())) {
      return shard2.getNodeName();
    }
    String other = TestCloud.liveNodes().stream().filter(n -> !n.equals(shard1Node))
        .findFirst().orElseThrow();
    CollectionAdminRequest.moveReplica(settings.collection(), shard2.getName(), other)
        .process(TestCloud.cluster().getSolrClient());
    TestCloud.cluster().waitForActiveCollection(settings.collection(), 60, TimeUnit.SECONDS,
        2, 2);
    TestCloud.cluster().getZkStateReader().waitForState(settings.collection(), 60,
        TimeUnit.SECONDS, (live, s) -> s != null && s.getSlice("shard2").getReplicas().stream()
            .allMatch(r -> r.getNodeName().equals(other) && r.isActive(live)));
    return other;
  }

  /** Publications in each replica, asked of the replica alone, by shard. */
  private static Map<String, List<Long>> publicationsPerReplica(CloudSettings settings)
      throws Exception {
    DocCollection state = TestCloud.cluster().getZkStateReader().getClusterState()
        .getCollection(settings.collection());
    Map<String, List<Long>> counts = new TreeMap<>();
    for (Slice slice : state.getSlices()) {
      for (Replica replica : slice.getReplicas()) {
        try (Http2SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl())
            .withDefaultCollection(replica.getCoreName()).build()) {
          SolrQuery query = new SolrQuery("doc_type:publication");
          query.set(CommonParams.DISTRIB, false);
          query.setRows(0);
          counts.computeIfAbsent(slice.getName(), s -> new ArrayList<>())
              .add(core.query(query).getResults().getNumFound());
        }
      }
    }
    return counts;
  }
}
