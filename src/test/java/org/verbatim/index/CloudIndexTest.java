package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.Test;
import org.verbatim.testing.TestCloud;

/** What only a SolrCloud index does: creating its collection, and refusing another configset. */
class CloudIndexTest {

  @Test
  void open_creates_the_collection_with_every_node_holding_a_replica_of_every_shard() {
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
    } finally {
      TestCloud.drop(settings);
    }
  }
}
