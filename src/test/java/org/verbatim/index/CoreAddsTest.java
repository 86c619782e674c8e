package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adds that go straight to the embedded core's update chain, and the requests that do not. */
class CoreAddsTest {

  @TempDir
  Path archive;

  @Test
  void only_a_request_that_adds_documents_and_nothing_else_is_taken() {
    assertThat(CoreAdds.handles(new UpdateRequest().add(doc("a", "A")))).isTrue();
    UpdateRequest within = new UpdateRequest().add(doc("a", "A"));
    within.setCommitWithin(1000);
    assertThat(CoreAdds.handles(within)).isTrue();

    assertThat(CoreAdds.handles(new UpdateRequest())).isFalse();
    assertThat(CoreAdds.handles(new UpdateRequest().add(doc("a", "A")).deleteById("b")))
        .isFalse();
    assertThat(CoreAdds.handles(new UpdateRequest().add(doc("a", "A")).deleteByQuery("*:*")))
        .isFalse();
    assertThat(CoreAdds.handles(new UpdateRequest().add(doc("a", "A"), false))).isFalse();
    UpdateRequest committing = new UpdateRequest().add(doc("a", "A"));
    committing.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    assertThat(CoreAdds.handles(committing)).isFalse();
    assertThat(CoreAdds.handles(new QueryRequest(new SolrQuery("*:*")))).isFalse();
  }

  @Test
  void added_documents_replace_theirs_and_keep_their_turns_in_the_block() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      SolrInputDocument first = doc("p1", "First title");
      first.setField(Fields.TURNS, List.of(turn("p1/1", "Arctic shelf"), turn("p1/2", "Ice")));
      index.client().add(List.of(first, doc("p2", "Other")));
      index.client().add(List.of(doc("p1", "Second title")));
      index.client().commit();

      SolrDocumentList p1 = index.client().query(new SolrQuery(Fields.ID + ":p1")).getResults();
      assertThat(p1).hasSize(1);
      assertThat(p1.get(0).getFieldValue(Fields.TITLE)).isEqualTo("Second title");
      assertThat(count(index, "*:*")).as("the replaced block's turns are gone").isEqualTo(2);
    }
  }

  @Test
  void the_requests_overwrite_parameter_is_honoured() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      index.client().add(List.of(doc("p1", "One")));
      UpdateRequest again = new UpdateRequest().add(doc("p1", "Two"));
      again.setParam(UpdateRequest.OVERWRITE, "false");
      assertThat(CoreAdds.handles(again)).isTrue();
      again.process(index.client());
      index.client().commit();

      assertThat(count(index, Fields.ID + ":p1")).isEqualTo(2);
    }
  }

  @Test
  void a_refused_document_fails_the_request_with_solrs_reason() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      SolrInputDocument bad = doc("p1", "Bad");
      bad.setField(Fields.TURN_COUNT, "many");

      assertThatThrownBy(() -> index.client().add(List.of(bad)))
          .isInstanceOf(SolrException.class)
          .hasMessageContaining("many");
    }
  }

  private static long count(EmbeddedIndex index, String query) throws Exception {
    return index.client().query(new SolrQuery(query)).getResults().getNumFound();
  }

  private static SolrInputDocument doc(String id, String title) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Fields.ID, id);
    doc.setField(Fields.DOC_TYPE, Fields.PUBLICATION);
    doc.setField(Fields.TITLE, title);
    return doc;
  }

  private static SolrInputDocument turn(String id, String text) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Fields.ID, id);
    doc.setField(Fields.DOC_TYPE, Fields.TURN);
    doc.setField(Fields.text("en"), text);
    return doc;
  }
}
