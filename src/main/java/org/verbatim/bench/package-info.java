/**
 * The {@code bench} command's measuring tool: it builds corpora with the generator and compares
 * Verbatim, in one run, with the bare engine under it (embedded Solr, plain Lucene) and with the
 * tools a user would pick instead (SQLite FTS5, PostgreSQL full-text search), writing
 * {@code results.json} and {@code results.md}; and, with {@code --quotes}, measures the quote
 * finder's accuracy and latency on a generated archive ({@link QuoteBench}).
 *
 * <p>This is the one package allowed to touch Solr, Lucene and JDBC beside the stages that own
 * them: comparing engines is its whole job. Each measured ingest and each engine's search latency
 * run in a JVM of their own ({@link IngestChild}, {@link SearchChild}) so that one engine's heap
 * and compiled code do not colour the next one's figures.
 *
 * <p>{@link PostgresServer} starts a throwaway PostgreSQL from Debian's server programs: the
 * bench compares with it when no {@code --pg-url} is given, and the tests run their PostgreSQL
 * archives on it. It is a harness, never a place for an archive's data.
 */
package org.verbatim.bench;
