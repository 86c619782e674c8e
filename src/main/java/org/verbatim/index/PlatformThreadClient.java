package org.verbatim.index;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.util.NamedList;

/**
 * The embedded core's client: a request asked from a virtual thread (every request of the web
 * server is one) runs on one of a few platform threads, and the virtual thread waits for it.
 *
 * <p>An embedded Solr runs a search in the caller's thread, and a search enters monitors held
 * for microseconds (the container's core list, the parent-reader set of every index segment the
 * highlighter wraps). Under 50 clients with an ingest running through the server, virtual threads
 * blocked on those monitors were found waiting for over 30 s in thread dumps (JDK 25), and their
 * requests timed out; on platform threads the same load never stalls. The pool also bounds how
 * many searches run at once: they are CPU work, and more of them than cores only wait for each
 * other. A request from a platform thread (ingest, the CLI) runs in that thread, as before.
 *
 * <p>A request that only adds documents goes straight to the core's update chain
 * ({@link CoreAdds}), without the javabin round trip of {@code EmbeddedSolrServer}.
 */
final class PlatformThreadClient extends SolrClient {

  private static final long serialVersionUID = 1L;

  private final transient EmbeddedSolrServer delegate;
  private final transient ExecutorService threads;

  PlatformThreadClient(EmbeddedSolrServer delegate, int threads) {
    this.delegate = delegate;
    ThreadFactory factory = Thread.ofPlatform().name("verbatim-search-", 1).daemon().factory();
    this.threads = Executors.newFixedThreadPool(threads, factory);
  }

  /** Two threads per core: one searching while another waits on the disk or a monitor. */
  static int defaultThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (!Thread.currentThread().isVirtual()) {
      return answer(request, collection);
    }
    Future<NamedList<Object>> answer = threads.submit(() -> answer(request, collection));
    try {
      return answer.get();
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new SolrServerException("Interrupted while waiting for the index", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case SolrServerException solr -> throw solr;
        case IOException io -> throw io;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new SolrServerException(e.getCause());
      }
    }
  }

  private NamedList<Object> answer(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (CoreAdds.handles(request)) {
      return CoreAdds.add(delegate.getCoreContainer(),
          collection != null ? collection : EmbeddedIndex.CORE, (UpdateRequest) request);
    }
    return delegate.request(request, collection);
  }

  /** Stops the threads once their requests are done; the delegate is closed by its owner. */
  @Override
  public void close() {
    threads.shutdown();
  }
}
