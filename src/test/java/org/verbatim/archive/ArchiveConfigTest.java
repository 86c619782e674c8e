package org.verbatim.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveConfigTest {

  @TempDir Path dir;

  @Test
  void a_folder_without_a_configuration_is_embedded_on_both_sides() throws IOException {
    ArchiveConfig config = ArchiveConfig.of(dir);

    assertThat(config).isEqualTo(ArchiveConfig.embedded());
    assertThat(config.embeddedStore()).isTrue();
    assertThat(config.embeddedIndex()).isTrue();
    assertThat(config.shared()).isFalse();
  }

  @Test
  void a_written_configuration_reads_back_equal() throws IOException {
    ArchiveConfig config = ArchiveConfig.embedded()
        .withStore("jdbc:postgresql://127.0.0.1:5432/verbatim", "verbatim",
            "${VERBATIM_STORE_PASSWORD}")
        .withIndex("zk:127.0.0.1:2181/solr", "transcripts", 3, 2);

    config.writeTo(dir);

    assertThat(ArchiveConfig.of(dir)).isEqualTo(config);
    assertThat(ArchiveConfig.of(dir).shared()).isTrue();
  }

  @Test
  void the_file_is_plain_keys_and_values() throws IOException {
    String text = """
        store = jdbc:postgresql://db.example.org/verbatim
        store.user = reader
        index = http://solr1.example.org:8983/solr,http://solr2.example.org:8983/solr
        index.collection = speeches
        """;

    ArchiveConfig config = ArchiveConfig.parse(new StringReader(text), "test.properties");

    assertThat(config).isEqualTo(new ArchiveConfig("jdbc:postgresql://db.example.org/verbatim",
        "reader", null, "http://solr1.example.org:8983/solr,http://solr2.example.org:8983/solr",
        "speeches", 2, 2, null, null, Operations.defaults()));
  }

  @Test
  void a_variable_in_a_value_is_taken_from_the_environment() {
    ArchiveConfig config = ArchiveConfig.embedded()
        .withStore("jdbc:postgresql://${DB_HOST}/verbatim", "verbatim", "${SECRET}");

    ArchiveConfig resolved = config.resolved(Map.of("DB_HOST", "10.0.0.5", "SECRET", "s3$cr\\t"));

    assertThat(resolved.storeUrl()).isEqualTo("jdbc:postgresql://10.0.0.5/verbatim");
    assertThat(resolved.storePassword()).isEqualTo("s3$cr\\t");
  }

  @Test
  void an_unset_variable_is_named() {
    ArchiveConfig config = ArchiveConfig.embedded()
        .withStore("jdbc:postgresql://127.0.0.1/verbatim", "verbatim", "${NOT_SET_ANYWHERE}");

    assertThatThrownBy(() -> config.resolved(Map.of()))
        .hasMessage("The archive configuration refers to the environment variable"
            + " NOT_SET_ANYWHERE, which is not set");
  }

  @Test
  void a_misspelt_key_is_refused_with_the_keys_there_are() throws IOException {
    Files.writeString(dir.resolve(ArchiveConfig.FILE), "store = sqlite\nindex.shard = 3\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ArchiveConfig.of(dir))
        .isInstanceOf(IOException.class)
        .hasMessage("The archive configuration " + dir.resolve(ArchiveConfig.FILE)
            + " has unknown keys [index.shard]; the keys are [crawl.contact, entities.recognize,"
            + " health.min-free-disk-mb, index, index.collection, index.replicas, index.shards,"
            + " store, store.max-connections, store.password, store.user, web.access-log,"
            + " web.max-requests, web.public-url, web.trusted-proxies]");
  }

  @Test
  void the_crawl_contact_is_read_written_back_and_refused_when_it_cannot_go_in_a_header()
      throws IOException {
    Files.writeString(dir.resolve(ArchiveConfig.FILE),
        "crawl.contact = archive@example.org\n", StandardCharsets.UTF_8);

    ArchiveConfig config = ArchiveConfig.of(dir);

    assertThat(config.contact()).isEqualTo("archive@example.org");
    assertThat(config.text()).contains("\ncrawl.contact = archive@example.org\n");
    assertThatThrownBy(() -> config.withContact("Иван (archive)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The crawl contact must be an e-mail or web address in printable ASCII"
            + " without brackets (it is sent in the User-Agent header), not 'Иван (archive)'");
  }

  @Test
  void a_store_that_is_not_a_jdbc_url_is_refused() throws IOException {
    Files.writeString(dir.resolve(ArchiveConfig.FILE), "store = postgres://db/verbatim\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ArchiveConfig.of(dir))
        .hasMessage("The archive configuration " + dir.resolve(ArchiveConfig.FILE)
            + " is not valid: The store must be sqlite or a JDBC URL"
            + " (jdbc:postgresql://host:5432/database), not postgres://db/verbatim");
  }

  @Test
  void a_count_that_is_not_a_number_is_named() throws IOException {
    Files.writeString(dir.resolve(ArchiveConfig.FILE), "index = zk:zk1:2181\nindex.shards = two\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ArchiveConfig.of(dir))
        .hasMessage("The archive configuration " + dir.resolve(ArchiveConfig.FILE)
            + ": index.shards must be a whole number, not 'two'");
  }

  @Test
  void entity_recognition_is_on_unless_the_file_turns_it_off_and_reads_back() throws IOException {
    assertThat(ArchiveConfig.embedded().operations().recognizeEntities()).isTrue();
    ArchiveConfig off = ArchiveConfig.embedded()
        .withOperations(Operations.defaults().withEntities(false));

    off.writeTo(dir);

    assertThat(Files.readString(dir.resolve(ArchiveConfig.FILE), StandardCharsets.UTF_8))
        .contains("entities.recognize = false");
    assertThat(ArchiveConfig.of(dir)).isEqualTo(off);
    assertThat(ArchiveConfig.of(dir).operations().recognizeEntities()).isFalse();
  }

  @Test
  void an_entities_setting_that_is_not_true_or_false_is_named() throws IOException {
    Files.writeString(dir.resolve(ArchiveConfig.FILE), "entities.recognize = no\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ArchiveConfig.of(dir))
        .hasMessage("The archive configuration " + dir.resolve(ArchiveConfig.FILE)
            + ": entities.recognize must be true or false, not 'no'");
  }

  @Test
  void the_description_never_shows_the_password() {
    ArchiveConfig config = ArchiveConfig.embedded()
        .withStore("jdbc:postgresql://127.0.0.1/verbatim", "verbatim", "hunter2")
        .withIndex("zk:127.0.0.1:2181", "verbatim", 2, 2);

    assertThat(config.describe())
        .isEqualTo("store jdbc:postgresql://127.0.0.1/verbatim, index SolrCloud"
            + " zk:127.0.0.1:2181 collection verbatim")
        .doesNotContain("hunter2");
  }
}
