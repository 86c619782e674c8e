package org.verbatim.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.verbatim.index.CloudIndex;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.Indexer;
import org.verbatim.index.SearchIndex;
import org.verbatim.store.CopyProgress;
import org.verbatim.store.StoreException;
import org.verbatim.store.TranscriptStore;

/**
 * Moves an archive onto another store and index, typically from the embedded default to
 * PostgreSQL and SolrCloud: copies the store of record exactly (every publication, version and
 * source), builds the new index from the new store, checks that they agree, and only then makes
 * the new configuration the archive's own.
 *
 * <p>Resumable: the copy skips what the target already holds and the index build only adds what
 * the index lacks, so a migration interrupted at any point completes when run again. Until it
 * completes, the archive keeps running on what it ran on before; afterwards the old
 * {@code verbatim.db} and {@code index/} stay in the folder, unused, as a backup.
 */
public final class Migration {

  /** What a migration did. */
  public record Result(CopyProgress copy, int indexed, CheckReport check) {}

  private Migration() {}

  /**
   * Migrates the archive in {@code dir} to {@code target}, telling {@code progress} what it is
   * doing in lines for people.
   *
   * @throws IOException    when the target configuration is not valid or cannot be written
   * @throws StoreException when the target store already holds other publications, or a database
   *                        fails
   * @throws IllegalStateException when, at the end, the new store and index disagree (the
   *                        archive's configuration is then left as it was)
   */
  public static Result run(Path dir, ArchiveConfig target, Consumer<String> progress)
      throws IOException {
    ArchiveConfig resolved;
    try {
      resolved = target.resolved(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (resolved.embeddedStore()) {
      throw new IOException("migrate moves an archive onto a database server: the target's store"
          + " must be a JDBC URL, not sqlite");
    }
    try (Archive source = Archive.open(dir, "migrate")) {
      if (source.config().storeUrl() != null
          && source.config().storeUrl().equals(resolved.storeUrl())) {
        throw new IOException("The archive " + dir + " is on " + resolved.storeUrl()
            + " already");
      }
      CopyProgress copied;
      CheckReport report;
      int indexed;
      try (TranscriptStore store = TranscriptStore.open(resolved.storeUrl(), resolved.storeUser(),
          resolved.storePassword())) {
        progress.accept("Copying the store of record to " + resolved.storeUrl() + " …");
        copied = source.store().copyInto(store, step -> progress.accept(String.format(
            Locale.ROOT, "  %,d of %,d publications", step.publicationsDone(),
            step.publicationsTotal())));
        progress.accept(String.format(Locale.ROOT,
            "Copied %,d versions (%,d were there already)", copied.versionsCopied(),
            copied.versionsSkipped()));
        try (SearchIndex index = resolved.embeddedIndex() ? EmbeddedIndex.open(dir)
            : CloudIndex.open(Archive.cloudSettings(resolved))) {
          progress.accept("Building the index: " + index.describe() + " …");
          IndexSync sync = new IndexSync(store,
              new EntityRecognition(store, resolved.operations().recognizeEntities()),
              new Indexer(index.client()), Duration.ZERO);
          indexed = sync.repair();
          report = sync.check();
        }
        long sourceCount = source.store().count();
        if (!report.clean() || store.count() != sourceCount) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "The migrated archive does not agree with itself (source %,d publications, target "
                  + "store %,d, target index %,d; %d disagreement(s)): the archive %s stays on "
                  + "what it ran on; run migrate again", sourceCount, store.count(),
              report.indexed(), report.disagreements(), dir));
        }
      }
      target.writeTo(dir);
      progress.accept("Checked: " + report.publications() + " publications agree. The archive "
          + dir + " now runs on " + target.describe() + "; the old "
          + TranscriptStore.DATABASE_FILE + " and index/ stay in the folder, unused, as a backup.");
      return new Result(copied, indexed, report);
    }
  }
}
