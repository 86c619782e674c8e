package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.solr.core.SolrConfig;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;
import org.verbatim.index.Configset;

/**
 * Verbatim's Solr schema read without starting Solr, so that plain Lucene gets exactly the
 * analyzers and field types that the Solr core uses.
 */
final class SolrSchema {

  private SolrSchema() {}

  /** The schema of our configset, copied into {@code instanceDir/conf} first. */
  static IndexSchema ofConfigset(Path instanceDir) throws IOException {
    Configset.copyTo(instanceDir.resolve("conf"));
    return read(instanceDir);
  }

  /** The schema in {@code instanceDir/conf} (a core's folder, such as an archive's). */
  static IndexSchema read(Path instanceDir) {
    SolrResourceLoader loader = new SolrResourceLoader(instanceDir.toAbsolutePath());
    SolrConfig config = SolrConfig.readFromResourceLoader(loader, "solrconfig.xml", true, null);
    return IndexSchemaFactory.buildIndexSchema("managed-schema.xml", config);
  }
}
