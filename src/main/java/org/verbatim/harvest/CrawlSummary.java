package org.verbatim.harvest;

import java.time.Duration;
import java.util.List;

/**
 * What a crawl did.
 *
 * @param run          the run's id
 * @param resumed      whether it resumed a run that had stopped before its end
 * @param requests     HTTP requests made (robots.txt, sitemaps, listings, documents, redirects)
 * @param fetched      full answers (200) to listings, sitemaps and documents
 * @param added        documents that became a new publication
 * @param changed      documents that became a new version of a publication
 * @param unchanged    documents fetched whose page the archive held already
 * @param notModified  conditional GETs answered 304 Not Modified
 * @param robots       addresses not fetched because robots.txt disallows them
 * @param skipped      addresses that hold no page (a PDF, an image), or were left out
 * @param failures     addresses that failed, each with its reason
 * @param stoppedHosts hosts given up on for this crawl, each with its reason
 * @param bytes        body bytes received, after decompression
 * @param warcBytes    bytes written to WARC files
 * @param elapsed      time taken
 * @param complete     false when the crawl stopped at --max-pages or a stopped host with
 *                     addresses still queued (the next crawl goes on from there)
 */
public record CrawlSummary(String run, boolean resumed, long requests, long fetched, long added,
    long changed, long unchanged, long notModified, long robots, long skipped,
    List<Failure> failures, List<Failure> stoppedHosts, long bytes, long warcBytes,
    Duration elapsed, boolean complete) {

  /** An address, or a host, and why it failed. */
  public record Failure(String url, String reason) {}

  public CrawlSummary {
    failures = List.copyOf(failures);
    stoppedHosts = List.copyOf(stoppedHosts);
  }
}
