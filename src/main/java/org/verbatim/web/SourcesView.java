package org.verbatim.web;

import java.time.Instant;
import java.util.List;
import org.verbatim.store.CrawlLog;

/**
 * The Sources page: each site crawled into the archive, with its last crawl, its documents, the
 * changes found and its errors.
 *
 * @param sites one row a site, by name
 */
record SourcesView(List<Site> sites) {

  /** A site as the page shows it; times as ISO text, null when there is none. */
  record Site(String name, String lastCrawl, String lastCrawlState, String lastFetch,
      long documents, long publications, long changes, long notModified, long queued,
      long failed, long skipped, List<Error> errors) {}

  /** A failed address and why. */
  record Error(String url, String reason, String at) {}

  static SourcesView of(List<CrawlLog.SiteStatus> statuses) {
    return new SourcesView(statuses.stream().map(SourcesView::site).toList());
  }

  private static Site site(CrawlLog.SiteStatus s) {
    CrawlLog.Run run = s.lastRun();
    return new Site(s.site(), run == null ? null : text(run.startedAt()),
        run == null ? null : run.state(), text(s.lastFetch()), s.documents(), s.publications(),
        s.changes(), s.notModified(), s.queued(), s.failed(), s.skipped(),
        s.recentErrors().stream().map(e -> new Error(e.url(), e.reason(), text(e.fetchedAt())))
            .toList());
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString().replaceFirst("\\.\\d+Z$", "Z");
  }
}
