package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.model.Kind;

/**
 * Writing and reading the index through {@link Indexer}, on one real index per backend: an
 * embedded core, and a 2-shard x 2-replica SolrCloud collection.
 */
@ParameterizedClass
@EnumSource(IndexBackend.class)
class IndexerTest {

  @TempDir
  static Path archives;
  static SearchIndex index;
  static Indexer indexer;

  @Parameter
  IndexBackend backend;

  @BeforeParameterizedClassInvocation
  static void open(IndexBackend backend) {
    index = backend.open(archives.resolve(backend.name()));
    indexer = new Indexer(index.client());
  }

  @AfterParameterizedClassInvocation
  static void close() {
    index.close();
  }

  @BeforeEach
  void empty() {
    indexer.deleteAll();
    indexer.commit();
  }

  static IndexEntry interview(String id, int version, int turns) {
    Publications p = publication("Interview " + id).kind(Kind.INTERVIEW).published("2019-02-24");
    for (int i = 1; i <= turns; i++) {
      p.answer("Ivan Petrov", "Answer " + i + " of " + id + ".");
    }
    return new IndexEntry(id, version, p.build());
  }

  static List<String> turnIds(String publication) throws Exception {
    SolrQuery query = new SolrQuery("_root_:\"" + publication + "\"");
    query.addFilterQuery("doc_type:turn");
    query.setSort("number", SolrQuery.ORDER.asc);
    query.setFields("id");
    return index.client().query(query).getResults().stream()
        .map(d -> (String) d.getFieldValue("id")).toList();
  }

  @Test
  void nothing_is_visible_before_commit() {
    indexer.put(List.of(interview("a", 1, 2)));
    assertThat(indexer.count()).isZero();
    indexer.commit();
    assertThat(indexer.count()).isEqualTo(1);
    assertThat(indexer.turnCount()).isEqualTo(2);
  }

  @Test
  void putting_a_publication_again_replaces_it_with_all_its_turns() throws Exception {
    indexer.put(List.of(interview("a", 1, 4), interview("b", 1, 1)));
    indexer.commit();
    assertThat(turnIds("a")).containsExactly("a/1", "a/2", "a/3", "a/4");

    indexer.put(List.of(interview("a", 2, 2)));
    indexer.commit();

    assertThat(turnIds("a")).containsExactly("a/1", "a/2");
    assertThat(indexer.versions()).isEqualTo(Map.of("a", 2, "b", 1));
    assertThat(indexer.turnCount()).isEqualTo(3);
  }

  @Test
  void delete_removes_publications_with_their_turns() {
    indexer.put(List.of(interview("a", 1, 3), interview("b\"c", 1, 2), interview("d", 1, 1)));
    indexer.commit();

    indexer.delete(List.of("a", "b\"c", "unknown"));
    indexer.commit();

    assertThat(indexer.versions()).isEqualTo(Map.of("d", 1));
    assertThat(indexer.turnCount()).isEqualTo(1);
  }

  @Test
  void versions_page_through_every_publication_in_id_order() {
    List<IndexEntry> batch = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      batch.add(new IndexEntry(String.format("p%05d", i), 1 + i % 3,
          publication("P" + i).build()));
    }
    indexer.put(batch);
    indexer.commit();

    var versions = indexer.versions();
    assertThat(versions).hasSize(2_345);
    assertThat(versions.firstEntry()).isEqualTo(Map.entry("p00000", 1));
    assertThat(versions.lastEntry()).isEqualTo(Map.entry("p02344", 2));
    assertThat(indexer.count()).isEqualTo(2_345);
  }

  @Test
  void turns_are_child_documents_of_their_publication() throws Exception {
    indexer.put(List.of(interview("a", 1, 2)));
    indexer.commit();
    SolrQuery query = new SolrQuery("id:\"a\"");
    // [child] returns only what the top-level fl names: the label "turns" and the child fields
    query.setFields("id", "turns", "number", "speaker", "[child fl=id,number,speaker]");
    SolrDocument doc = index.client().query(query).getResults().get(0);
    assertThat(doc.getFieldValues("turns")).extracting(t -> ((SolrDocument) t).getFieldValue("id"),
        t -> ((SolrDocument) t).getFieldValue("number"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a/1", 1),
            org.assertj.core.groups.Tuple.tuple("a/2", 2));
  }

  @Test
  void turns_stay_in_one_block_with_their_publication_for_block_joins() throws Exception {
    List<IndexEntry> batch = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      batch.add(interview("j" + i, 1, 1 + i % 3));
    }
    indexer.put(batch);
    indexer.commit();
    SolrQuery parents = new SolrQuery("{!parent which=\"doc_type:publication\"}"
        + "speaker:\"Ivan Petrov\"");
    parents.setRows(0);
    SolrQuery children = new SolrQuery("{!child of=\"doc_type:publication\"}id:(j3 OR j4)");
    children.setFields("id");
    children.setSort("id", SolrQuery.ORDER.asc);

    assertThat(index.client().query(parents).getResults().getNumFound()).isEqualTo(25);
    assertThat(index.client().query(children).getResults()).extracting(d -> d.getFieldValue("id"))
        .containsExactly("j3/1", "j4/1", "j4/2"); // 1 + i % 3 turns each
  }

  @Test
  void the_index_reports_the_configset_version_it_was_built_with() {
    assertThat(indexer.configsetVersion()).isEqualTo(Configset.VERSION);
  }
}
