package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.verbatim.index.IndexException;

/**
 * Words as the index sees them: a text cut into the indexed terms of a field by that field's own
 * analysis (Solr's field analysis, so the terms are exactly those the index holds: lower case,
 * stemmed), and the index's count of a term in a whole field. Thread-safe when the searcher is.
 */
public final class Vocabulary {

  /** Terms looked up per request of the index's counts. */
  static final int TERMS_PER_QUERY = 200;

  /**
   * One indexed term of a text.
   *
   * @param term    the term as indexed ({@code desalin})
   * @param surface the text it was read from ({@code desalination})
   */
  public record Token(String term, String surface) {}

  private final Searcher searcher;

  public Vocabulary(Searcher searcher) {
    this.searcher = searcher;
  }

  /** {@code text} cut into the terms of {@code field}, in order. */
  public List<Token> tokens(String field, String text) {
    FieldAnalysisRequest request = new FieldAnalysisRequest();
    request.addFieldName(field);
    request.setFieldValue(text);
    request.setShowMatch(false);
    request.setMethod(SolrRequest.METHOD.POST);
    FieldAnalysisResponse response;
    try {
      response = request.process(searcher.client());
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException("Field analysis of " + field + " failed: " + e.getMessage(), e);
    }
    AnalysisResponseBase.AnalysisPhase last = null;
    for (AnalysisResponseBase.AnalysisPhase phase
        : response.getFieldNameAnalysis(field).getIndexPhases()) {
      last = phase;
    }
    List<Token> tokens = new ArrayList<>();
    if (last != null) {
      for (AnalysisResponseBase.TokenInfo token : last.getTokens()) {
        int start = Math.max(0, Math.min(token.getStart(), text.length()));
        int end = Math.max(start, Math.min(token.getEnd(), text.length()));
        tokens.add(new Token(token.getText(), text.substring(start, end)));
      }
    }
    return tokens;
  }

  /**
   * How often each of {@code terms} occurs in {@code field} over the whole index, and (under the
   * key {@code ""}) how many terms the field holds in all: the index's statistics, which count
   * the documents of replaced versions until their segments are merged, and on SolrCloud are
   * those of one shard.
   */
  public Map<String, Long> totals(String field, List<String> terms) throws QueryException {
    Map<String, Long> totals = new HashMap<>();
    for (int from = 0; from < terms.size() || from == 0; from += TERMS_PER_QUERY) {
      List<String> batch = terms.subList(Math.min(from, terms.size()),
          Math.min(from + TERMS_PER_QUERY, terms.size()));
      SolrQuery query = new SolrQuery("*:*");
      query.setRows(1);
      List<String> fl = new ArrayList<>(List.of("n:sumtotaltermfreq(" + field + ")"));
      for (int i = 0; i < batch.size(); i++) {
        fl.add("t" + i + ":totaltermfreq(" + field + ",$v" + i + ")");
        query.set("v" + i, batch.get(i));
      }
      query.setFields(fl.toArray(String[]::new));
      SolrDocument doc = searcher.runPost(query).getResults().stream().findFirst().orElse(null);
      if (doc == null) {
        totals.put("", 0L);
        return totals;
      }
      totals.put("", ((Number) doc.getFieldValue("n")).longValue());
      for (int i = 0; i < batch.size(); i++) {
        totals.put(batch.get(i), ((Number) doc.getFieldValue("t" + i)).longValue());
      }
    }
    return totals;
  }
}
