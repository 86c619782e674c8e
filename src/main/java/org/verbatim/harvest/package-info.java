/**
 * Fetching pages from the web, politely: site profiles, which say for one site where its
 * listings of transcripts start, how a listing leads to the next and which links on it are
 * documents ({@link org.verbatim.harvest.SiteProfile}, read from JSON by
 * {@link org.verbatim.harvest.SiteProfiles}: those shipped with Verbatim and an archive's own);
 * the crawl itself ({@link org.verbatim.harvest.Crawler}: a host's gate of delays, robots.txt
 * and Retry-After, careful fetching with the JDK's HTTP client, the frontier and fetch log kept in
 * the store, resumption after a kill); and the WARC files every exchange is written to
 * ({@link org.verbatim.harvest.WarcLog}). The archive hands the documents fetched to its ingest.
 */
package org.verbatim.harvest;
