package org.verbatim.index;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.verbatim.testing.TestCloud;

/**
 * The two places an index can live, for suites parameterised by backend
 * ({@code @ParameterizedClass @EnumSource(IndexBackend.class)}): an embedded core in an archive
 * folder, and a fresh collection of the in-process SolrCloud ({@link TestCloud}), dropped when
 * the index is closed.
 */
public enum IndexBackend {
  EMBEDDED {
    @Override
    public SearchIndex open(Path archiveDir) {
      return EmbeddedIndex.open(archiveDir);
    }
  },
  CLOUD {
    @Override
    public SearchIndex open(Path archiveDir) {
      CloudSettings settings = TestCloud.newCollection();
      return new Dropping(CloudIndex.open(settings));
    }
  };

  /** A new, empty index: in {@code archiveDir} for the embedded core, in the cluster for cloud. */
  public abstract SearchIndex open(Path archiveDir);

  /** A cloud index whose collection goes when it is closed: tests leave the cluster as found. */
  private record Dropping(CloudIndex index) implements SearchIndex {
    @Override
    public SolrClient client() {
      return index.client();
    }

    @Override
    public boolean wasReset() {
      return index.wasReset();
    }

    @Override
    public String describe() {
      return index.describe();
    }

    @Override
    public void close() {
      try {
        index.close();
      } finally {
        TestCloud.drop(index.settings());
      }
    }
  }
}
