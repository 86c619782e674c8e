/**
 * Where pages come in: files, folders and WARC files are read into {@link RawPage}s (bytes,
 * where they came from, their format), untouched. {@link PageFiles} finds and reads page files,
 * {@link WarcPages} scans WARC files and reads their pages one record at a time. Decoding and
 * understanding a page is the parser's work ({@code org.verbatim.parse}); storing and indexing it
 * is the ingest pipeline's ({@code org.verbatim.archive}).
 */
package org.verbatim.input;
