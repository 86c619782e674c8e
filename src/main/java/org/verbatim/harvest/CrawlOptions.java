package org.verbatim.harvest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a crawl runs.
 *
 * @param contact        how a site's operator reaches whoever runs the crawl (from the archive's
 *                       configuration), sent in the User-Agent; required
 * @param maxPages       the most documents to fetch in full in this run, or 0 for no limit (the
 *                       rest stay queued for the next run)
 * @param since          stop paging through a listing once a listing page's documents were all
 *                       published before this day; null to page to the end
 * @param delay          the least time between the starts of two requests to one host, unless a
 *                       profile or robots.txt asks for more; null for {@link #DEFAULT_DELAY}
 * @param timeout        the longest an answer may take, headers to last byte
 * @param maxBytes       the largest body taken, after decompression
 * @param revisitDays    documents published within this many days (or, undated, first found
 *                       then) are asked again, with a conditional GET, on every crawl; older
 *                       ones only when a sitemap says they changed
 * @param warc           whether every exchange is also written to WARC files in the archive
 */
public record CrawlOptions(String contact, int maxPages, LocalDate since, Duration delay,
    Duration timeout, long maxBytes, int revisitDays, boolean warc) {

  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_REVISIT_DAYS = 30;
  /** Redirects followed for one address before giving up. */
  public static final int MAX_REDIRECTS = 5;
  /** Tries of one address in one crawl (no answer, 5xx, 429) before it is marked failed. */
  public static final int MAX_TRIES = 3;

  public CrawlOptions {
    if (contact == null || contact.isBlank()) {
      throw new IllegalArgumentException("A crawl needs a contact for the sites' operators (an"
          + " e-mail or web address in the User-Agent): set crawl.contact in the archive's"
          + " verbatim.properties, or run `verbatim init --contact ADDRESS --force`");
    }
    if (maxPages < 0) {
      throw new IllegalArgumentException("--max-pages must be 0 (no limit) or more, not "
          + maxPages);
    }
    if (delay != null && delay.isNegative()) {
      throw new IllegalArgumentException("--delay must be 0 or more seconds, not " + delay);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("--timeout must be more than 0 seconds, not " + timeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("--max-size must be at least 1 byte, not " + maxBytes);
    }
    if (revisitDays < 0) {
      throw new IllegalArgumentException("--revisit-days must be 0 or more, not " + revisitDays);
    }
  }

  /** The defaults, with {@code contact}. */
  public static CrawlOptions defaults(String contact) {
    return new CrawlOptions(contact, 0, null, null, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
        DEFAULT_REVISIT_DAYS, true);
  }

  /** The User-Agent of every request: {@code Verbatim/1 (+CONTACT)}. */
  public String userAgent(String version) {
    return "Verbatim/" + version + " (+" + contact + ")";
  }
}
