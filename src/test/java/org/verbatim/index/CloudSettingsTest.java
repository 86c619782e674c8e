package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloudSettingsTest {

  @Test
  void reads_zookeeper_addresses_with_a_chroot() {
    CloudSettings settings = CloudSettings.parse("zk:zk1.example.org:2181,zk2:2182/solr",
        "verbatim", 2, 2);
    assertThat(settings).isEqualTo(new CloudSettings(List.of("zk1.example.org:2181", "zk2:2182"),
        "/solr", List.of(), "verbatim", 2, 2));
    assertThat(settings.viaZooKeeper()).isTrue();
    assertThat(settings.toSpec()).isEqualTo("zk:zk1.example.org:2181,zk2:2182/solr");
  }

  @Test
  void reads_one_zookeeper_address_without_a_chroot() {
    CloudSettings settings = CloudSettings.parse("zk:127.0.0.1:9983", "archive_2", 1, 1);
    assertThat(settings.zkHosts()).containsExactly("127.0.0.1:9983");
    assertThat(settings.zkChroot()).isNull();
    assertThat(settings.toSpec()).isEqualTo("zk:127.0.0.1:9983");
  }

  @Test
  void reads_solr_base_urls_without_their_trailing_slash() {
    CloudSettings settings = CloudSettings.parse(
        "http://solr1:8983/solr/, https://solr2.example.org:8984/solr", "verbatim", 3, 2);
    assertThat(settings.solrUrls())
        .containsExactly("http://solr1:8983/solr", "https://solr2.example.org:8984/solr");
    assertThat(settings.viaZooKeeper()).isFalse();
    assertThat(settings.toSpec())
        .isEqualTo("http://solr1:8983/solr,https://solr2.example.org:8984/solr");
    assertThat(CloudSettings.parse(settings.toSpec(), "verbatim", 3, 2)).isEqualTo(settings);
  }

  @Test
  void refuses_bad_addresses_naming_the_spec() {
    assertThatThrownBy(() -> CloudSettings.parse("solr1:8983", "verbatim", 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bad SolrCloud address 'solr1:8983': use zk:host:port[,host:port...][/chroot] "
            + "or http://host:port/solr[,http://...]");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1", "verbatim", 2, 2))
        .hasMessage("Bad ZooKeeper address 'zk1' in 'zk:zk1': use host:port, as in "
            + "zk:zk1.example.org:2181");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181,", "verbatim", 2, 2))
        .hasMessage("Bad ZooKeeper address '' in 'zk:zk1:2181,': use host:port, as in "
            + "zk:zk1.example.org:2181");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:99999", "verbatim", 2, 2))
        .hasMessage("Bad port 99999 in 'zk:zk1:99999': ports run from 1 to 65535");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181/so lr", "verbatim", 2, 2))
        .hasMessage("Bad ZooKeeper chroot '/so lr' in 'zk:zk1:2181/so lr': use a path such as "
            + "/solr");
    assertThatThrownBy(() -> CloudSettings.parse("http://solr1:8983", "verbatim", 2, 2))
        .hasMessage("Bad Solr base URL 'http://solr1:8983' in 'http://solr1:8983': it needs "
            + "Solr's path, as in http://solr1:8983/solr");
    assertThatThrownBy(() -> CloudSettings.parse("http://solr1:8983/solr,ftp://x/solr",
        "verbatim", 2, 2))
        .hasMessage("Bad Solr base URL 'ftp://x/solr' in 'http://solr1:8983/solr,ftp://x/solr': "
            + "it must start with http:// or https://");
    assertThatThrownBy(() -> CloudSettings.parse("http://solr1:8983/solr?x=1", "verbatim", 2, 2))
        .hasMessage("Bad Solr base URL 'http://solr1:8983/solr?x=1' in "
            + "'http://solr1:8983/solr?x=1': no user, query or fragment, just "
            + "http://host:port/solr");
  }

  @Test
  void refuses_a_bad_collection_shape() {
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181", "-verbatim", 2, 2))
        .hasMessage("Bad collection name '-verbatim': use letters, digits, '_', '.' and '-', "
            + "not starting with '-'");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181", "my archive", 2, 2))
        .hasMessage("Bad collection name 'my archive': use letters, digits, '_', '.' and '-', "
            + "not starting with '-'");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181", "verbatim", 0, 2))
        .hasMessage("A collection needs at least 1 shard: 0");
    assertThatThrownBy(() -> CloudSettings.parse("zk:zk1:2181", "verbatim", 2, 0))
        .hasMessage("Each shard needs at least 1 replica: 0");
    assertThatThrownBy(() -> new CloudSettings(List.of("zk1:2181"), null,
        List.of("http://solr1:8983/solr"), "verbatim", 1, 1))
        .hasMessage("A SolrCloud index needs either ZooKeeper addresses or Solr base URLs, not "
            + "both");
  }
}
