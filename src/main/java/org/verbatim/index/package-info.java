/**
 * The index: publications as Solr documents, each with its turns as child documents, in the
 * field of their language ({@link org.verbatim.index.Fields} names every field; the configset in
 * {@code solr/configsets/verbatim/conf/} declares them). {@link org.verbatim.index.EmbeddedIndex}
 * runs the core in-process in {@code <archive>/index}; {@link org.verbatim.index.Indexer} writes
 * and counts through any {@code SolrClient}, so a SolrCloud collection can take over by
 * configuration. Only this package and {@code search} touch Solr.
 */
package org.verbatim.index;
