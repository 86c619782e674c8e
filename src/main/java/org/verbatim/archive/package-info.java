/**
 * The archive: a folder whose store of record and index are opened together ({@link Archive}), as
 * its configuration says ({@link ArchiveConfig}: SQLite and embedded Solr inside the folder by
 * default, or PostgreSQL and a SolrCloud collection), behind the lock ({@code ArchiveLock}) that
 * keeps a second process off an embedded archive ({@link ArchiveInUseException}).
 *
 * <p>It also holds what works on store and index at once: the ingest pipeline ({@code Ingest},
 * which parses, stores and indexes the pages that {@code org.verbatim.input} reads, and
 * {@code Reparse}, which reads stored sources again with this build's parser, both run through
 * one bounded {@code Pipeline} of worker and index threads, reporting {@link IngestProgress} and
 * ending with an {@link IngestSummary} or {@link ReparseSummary}); {@code check}, repair and
 * {@code reindex} ({@code IndexSync}, {@link CheckReport}), which bring the index in line with the
 * store; the move onto another store and index ({@link Migration}); and the choice of the
 * language versions to export as parallel text, of one publication or of a search's hits
 * ({@link ParallelExport}); and what changed between a publication's stored versions, where a
 * turn cited in an earlier version is now, and which publications changed last
 * ({@link VersionChanges}).
 */
package org.verbatim.archive;
