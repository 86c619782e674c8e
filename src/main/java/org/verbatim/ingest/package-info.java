/**
 * Reading raw input as published: files and folders of pages become {@link org.verbatim.ingest.RawPage}s
 * (bytes, where they came from, their format), untouched. Decoding and understanding them is the
 * parser's work.
 */
package org.verbatim.ingest;
