/**
 * Search: Verbatim's own query language read in stages ({@code QueryLexer} → {@code QueryParser}
 * → {@code QueryTranslator}) so that no user input reaches Solr's syntax, and
 * {@link org.verbatim.search.Searcher}, which runs a {@link org.verbatim.search.SearchRequest}
 * through any {@code SolrClient} and returns a {@link org.verbatim.search.SearchResult}: hits with
 * their best turns highlighted, the exact total, facets and a cursor for the next page; and
 * {@link org.verbatim.search.Related related publications}. Given the store's
 * {@link org.verbatim.search.LanguageVersions}, each turn shown names the aligned turns of the
 * publication's other language versions ({@link org.verbatim.search.VersionTurn}), and
 * {@code also:} matches a query in another version ({@code CrossLanguage}).
 * {@link org.verbatim.search.QuoteFinder} finds the turns a pasted quote comes from: candidates
 * from the index, ranked by a word alignment of the quote with each ({@code QuoteAlignment}).
 */
package org.verbatim.search;
