package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.index.Publications.publication;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded client runs what virtual threads ask on platform threads, with the same answers. */
class PlatformThreadClientTest {

  @TempDir
  Path archive;

  @Test
  void a_search_asked_from_a_virtual_thread_runs_on_a_platform_thread() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      Indexer indexer = new Indexer(index.client());
      indexer.put(List.of(publication("Found").remarks("Ivan Petrov", "Arctic shelf.").entry("f")));
      indexer.commit();

      AtomicReference<Thread> ranOn = new AtomicReference<>();
      AtomicReference<Long> found = new AtomicReference<>();
      QueryRequest request = new QueryRequest(new SolrQuery("id:f")) {
        @Override
        public SolrParams getParams() {
          ranOn.compareAndSet(null, Thread.currentThread());
          return super.getParams();
        }
      };
      Thread asker = Thread.ofVirtual().start(() -> {
        try {
          found.set(request.process(index.client()).getResults().getNumFound());
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      asker.join();

      assertThat(found.get()).isEqualTo(1L);
      assertThat(ranOn.get().isVirtual()).isFalse();
      assertThat(ranOn.get().getName()).startsWith("verbatim-search-");
    }
  }

  @Test
  void a_platform_thread_asks_in_its_own_thread() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      AtomicReference<Thread> ranOn = new AtomicReference<>();
      new QueryRequest(new SolrQuery("*:*")) {
        @Override
        public SolrParams getParams() {
          ranOn.compareAndSet(null, Thread.currentThread());
          return super.getParams();
        }
      }.process(index.client());

      assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }
  }

  @Test
  void a_refusal_reaches_the_virtual_thread_as_solr_gave_it() throws Exception {
    try (EmbeddedIndex index = EmbeddedIndex.open(archive)) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread.ofVirtual().start(() -> {
        try {
          index.client().query(new SolrQuery("published_at:[nonsense TO *]"));
        } catch (Throwable t) {
          thrown.set(t);
        }
      }).join();

      assertThatThrownBy(() -> {
        throw thrown.get();
      }).isInstanceOf(SolrException.class)
          .satisfies(e -> assertThat(((SolrException) e).code()).isEqualTo(400));
    }
  }
}
