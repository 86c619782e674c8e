package org.verbatim.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrRequestInfo;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;

/**
 * Adds documents to an embedded core through its update chain, as Solr's update handler does,
 * but from the documents themselves. {@code EmbeddedSolrServer} writes every update request to
 * javabin bytes and reads it back, as if it had come over HTTP: in an ingest, that round trip
 * took 8% of the index threads' samples (JFR, 30,000 generated pages), and made a second copy of
 * every text.
 *
 * <p>Only a request that adds documents and does nothing else comes this way; any other (deletes,
 * commits, per-document options, parameters beyond {@code overwrite} and {@code commitWithin}) is
 * left to the server. The documents are handed over, not copied: the chain adds its own fields
 * to them (the nested path and root of each turn), so a caller makes new documents for each
 * request, as {@link Indexer} does.
 */
final class CoreAdds {

  /** The parameters an add may carry that {@link #add} honours, as Solr's loaders do. */
  private static final Set<String> HONOURED = Set.of(UpdateRequest.OVERWRITE,
      UpdateRequest.COMMIT_WITHIN);

  private CoreAdds() {}

  /** Whether {@code request} only adds documents, with none of its own options. */
  static boolean handles(SolrRequest<?> request) {
    if (!(request instanceof UpdateRequest update)) {
      return false;
    }
    Map<SolrInputDocument, Map<String, Object>> docs = update.getDocumentsMap();
    if (docs == null || docs.isEmpty() || update.getDocIterator() != null
        || update.getDeleteByIdMap() != null || update.getDeleteQuery() != null
        || docs.values().stream().anyMatch(options -> options != null && !options.isEmpty())) {
      return false;
    }
    SolrParams params = update.getParams();
    if (params != null) {
      for (var names = params.getParameterNamesIterator(); names.hasNext(); ) {
        if (!HONOURED.contains(names.next())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Adds the documents of {@code request}, which {@link #handles}, to core {@code coreName}:
   * Solr's response, a header with status 0 and the time taken.
   *
   * @throws SolrException when the core is not loaded or refuses a document
   */
  static NamedList<Object> add(CoreContainer container, String coreName, UpdateRequest request)
      throws IOException {
    long start = System.nanoTime();
    SolrParams params = request.getParams() == null ? new ModifiableSolrParams()
        : request.getParams();
    try (SolrCore core = container.getCore(coreName)) {
      if (core == null) {
        throw new SolrException(SolrException.ErrorCode.SERVER_ERROR,
            "No core named " + coreName + " is loaded");
      }
      SolrQueryRequest req = new LocalSolrQueryRequest(core, params);
      SolrQueryResponse rsp = new SolrQueryResponse();
      SolrRequestInfo.setRequestInfo(new SolrRequestInfo(req, rsp));
      try {
        UpdateRequestProcessor processor =
            core.getUpdateProcessorChain(params).createProcessor(req, rsp);
        try {
          List<SolrInputDocument> docs = request.getDocuments();
          boolean overwrite = params.getBool(UpdateRequest.OVERWRITE, true);
          int commitWithin = params.getInt(UpdateRequest.COMMIT_WITHIN, -1);
          for (int i = 0; i < docs.size(); i++) {
            AddUpdateCommand command = new AddUpdateCommand(req);
            command.solrDoc = docs.get(i);
            command.overwrite = overwrite;
            command.commitWithin = commitWithin;
            command.isLastDocInBatch = i == docs.size() - 1;
            processor.processAdd(command);
          }
          processor.finish();
        } finally {
          processor.close();
        }
        if (rsp.getException() != null) {
          throw rsp.getException() instanceof SolrException solr ? solr
              : new SolrException(SolrException.ErrorCode.SERVER_ERROR, rsp.getException());
        }
      } finally {
        SolrRequestInfo.clearRequestInfo();
        req.close();
      }
    }
    NamedList<Object> header = new SimpleOrderedMap<>();
    header.add("status", 0);
    header.add("QTime", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    NamedList<Object> response = new NamedList<>();
    response.add("responseHeader", header);
    return response;
  }
}
