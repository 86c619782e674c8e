/**
 * The store of record: {@link org.verbatim.store.TranscriptStore} keeps every page as read and
 * every version of every publication as parsed, in SQLite inside the archive folder by default
 * or in PostgreSQL, with the schema created and upgraded by Flyway from portable migrations.
 * {@link org.verbatim.store.Identity} decides which publication a page is a version of.
 * {@link org.verbatim.store.TranscriptStore#copyInto} copies a store into another exactly (an
 * archive moving from SQLite to PostgreSQL). Each stored parse records the parser version that
 * made it; {@link org.verbatim.store.TranscriptStore#reread} stores a newer parser's reading of a
 * stored source as a re-read. {@link org.verbatim.store.StoredPublicationJson} is the JSON shape
 * of a stored publication with its history, for the command line and the web API.
 *
 * <p>Only this package touches {@code java.sql}; the rest of Verbatim sees records
 * ({@link org.verbatim.store.StoredPublication}, {@link org.verbatim.store.StoredVersion},
 * {@link org.verbatim.store.PutResult}, {@link org.verbatim.store.HeldSource},
 * {@link org.verbatim.store.StoredSource}, {@link org.verbatim.store.CopyProgress}) and
 * {@link org.verbatim.store.StoreException}.
 */
package org.verbatim.store;
