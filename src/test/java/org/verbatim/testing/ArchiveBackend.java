package org.verbatim.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.index.CloudSettings;

/**
 * What an archive under test runs on, for suites parameterised by backend
 * ({@code @ParameterizedClass @EnumSource(ArchiveBackend.class)}): everything embedded in the
 * archive folder, or a fresh PostgreSQL database ({@link TestPostgres}) and a fresh collection of
 * the in-process SolrCloud ({@link TestCloud}).
 */
public enum ArchiveBackend {
  EMBEDDED {
    @Override
    public ArchiveConfig newArchive(Path dir) throws IOException {
      ArchiveConfig config = ArchiveConfig.embedded();
      config.writeTo(dir);
      return config;
    }
  },
  SERVERS {
    @Override
    public ArchiveConfig newArchive(Path dir) throws IOException {
      TestPostgres.Database database = TestPostgres.newDatabase();
      CloudSettings collection = TestCloud.newCollection();
      ArchiveConfig config = ArchiveConfig.embedded()
          .withStore(database.url(), database.user(), database.password())
          .withIndex(collection.toSpec(), collection.collection(), collection.shards(),
              collection.replicas());
      config.writeTo(dir);
      return config;
    }

    @Override
    public void dispose(ArchiveConfig config) {
      TestCloud.drop(Archive.cloudSettings(config));
    }
  };

  /** Frees what {@link #newArchive} took on servers (the collection), leaving the cluster as found. */
  public void dispose(ArchiveConfig config) {}

  /**
   * Makes {@code dir} a new, empty archive on this backend: writes its configuration there, so
   * that the command line and {@code Archive.open(dir, …)} find it, and returns it.
   */
  public abstract ArchiveConfig newArchive(Path dir) throws IOException;
}
