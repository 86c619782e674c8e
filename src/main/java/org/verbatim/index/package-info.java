/**
 * The index: publications as Solr documents, each with its turns as child documents, in the
 * field of their language ({@link org.verbatim.index.Fields} names every field; the configset in
 * {@code solr/configsets/verbatim/conf/} declares them). A {@link org.verbatim.index.SearchIndex}
 * is either {@link org.verbatim.index.EmbeddedIndex}, the core in-process in
 * {@code <archive>/index}, or {@link org.verbatim.index.CloudIndex}, a SolrCloud collection
 * ({@link org.verbatim.index.CloudSettings}) created with the configset when missing and refused
 * when built with another configset version. {@link org.verbatim.index.Indexer} writes and
 * counts through either's {@code SolrClient}. Only this package and {@code search} touch Solr.
 */
package org.verbatim.index;
