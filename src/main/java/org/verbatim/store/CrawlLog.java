package org.verbatim.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What crawls know, in the store of record: the frontier (every address found, with the
 * validators of its last answer), the runs, and the fetch log. A crawl decides everything from
 * here, so a crawl killed at any moment resumes from what was committed:
 * <ul>
 *   <li>a fetch is recorded in one transaction with the frontier's new state and, for a listing
 *       page, the links it found: a kill leaves either the fetch and its links or neither;</li>
 *   <li>a document's body stays in the fetch log (compressed) from its fetch until its ingest is
 *       stored ({@link #ingested}): a crawl resumed in between ingests it from there, never
 *       fetching it again.</li>
 * </ul>
 * Times are UTC instants as text, as everywhere in the store. Thread-safe. One crawl of a site
 * at a time: two processes crawling one site at once would fetch its pages twice.
 */
public final class CrawlLog {

  /** The roles of an address: a listing page, a document, a sitemap. */
  public static final String LISTING = "listing";
  public static final String DOCUMENT = "document";
  public static final String SITEMAP = "sitemap";

  /** The states of an address in the frontier. */
  public static final String QUEUED = "queued";
  public static final String FETCHED = "fetched";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String SKIPPED = "skipped";

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String URL_COLUMNS = """
      url, site, role, depth, found_on, etag, last_modified, content_sha256, fetched_at,
      publication_id, failures, state, reason, lastmod""";

  private static final String NEXT = "SELECT " + URL_COLUMNS + """

      FROM crawl_url
      WHERE state = 'queued' AND site = ?
      ORDER BY CASE role WHEN 'sitemap' THEN 0 WHEN 'document' THEN 1 ELSE 2 END, failures,
        depth, found_at, url
      LIMIT 1""";

  private static final String ONE = "SELECT " + URL_COLUMNS + " FROM crawl_url WHERE url = ?";

  private static final String INSERT_URL = """
      INSERT INTO crawl_url (url, site, role, state, depth, found_at, found_on, run, lastmod)
      VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)
      ON CONFLICT (url) DO NOTHING""";

  private static final String REQUEUE = """
      UPDATE crawl_url SET state = 'queued', run = ?, failures = 0, reason = NULL
      WHERE url = ? AND state <> 'queued' AND state <> 'fetched'""";

  private static final String REVISIT = """
      UPDATE crawl_url SET state = 'queued', run = ?, failures = 0, reason = NULL
      WHERE site = ? AND role = 'document' AND (state = 'failed' OR state = 'done'
        AND (published >= ? OR published IS NULL AND found_at >= ?))""";

  private static final String INSERT_FETCH = """
      INSERT INTO crawl_fetch (run, seq, url, site, role, fetched_at, status, final_url,
        content_type, charset, etag, last_modified, content_sha256, size, millis, outcome, reason,
        body)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String UPDATE_URL = """
      UPDATE crawl_url SET state = ?, run = ?, status = ?, fetched_at = ?, failures = ?,
        reason = ?,
        etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
        content_sha256 = COALESCE(?, content_sha256)
      WHERE url = ?""";

  private static final String CHANGED_SINCE = """
      UPDATE crawl_url SET state = 'queued', run = ?, failures = 0, reason = NULL
      WHERE url = ? AND state IN ('done', 'failed') AND (fetched_at IS NULL OR fetched_at < ?)""";

  private static final String QUEUED_COUNT =
      "SELECT COUNT(*) FROM crawl_url WHERE site = ? AND state = 'queued'";

  private static final String INGESTED_FETCH = """
      UPDATE crawl_fetch SET body = NULL, outcome = ?, reason = ? WHERE run = ? AND seq = ?""";

  private static final String INGESTED_URL = """
      UPDATE crawl_url SET state = ?, reason = ?, publication_id = COALESCE(?, publication_id),
        published = COALESCE(?, published)
      WHERE url = ?""";

  private static final String PENDING = """
      SELECT f.run, f.seq, f.url, f.site, f.fetched_at, f.final_url, f.content_type, f.charset,
        f.body
      FROM crawl_url u
      JOIN crawl_fetch f ON f.url = u.url AND f.body IS NOT NULL
      WHERE u.state = 'fetched' AND u.site = ?
      ORDER BY f.fetched_at, f.run, f.seq""";

  private static final String UNFINISHED_RUN = """
      SELECT id, sites, state, started_at, finished_at, summary FROM crawl_run
      WHERE state = 'running' AND sites = ? ORDER BY started_at DESC LIMIT 1""";

  private static final String RUN_COLUMNS =
      "SELECT id, sites, state, started_at, finished_at, summary FROM crawl_run";

  private static final String NEXT_SEQ = "SELECT COALESCE(MAX(seq), 0) + 1 FROM crawl_fetch"
      + " WHERE run = ?";

  private static final String OLDER_ONLY = """
      SELECT COUNT(*), SUM(CASE WHEN published IS NOT NULL AND published < ? THEN 1 ELSE 0 END)
      FROM crawl_url WHERE found_on = ? AND role = 'document' AND state = 'done'""";

  private static final String SITE_URLS = """
      SELECT site, role, state, COUNT(*), MAX(fetched_at)
      FROM crawl_url GROUP BY site, role, state ORDER BY site, role, state""";

  private static final String SITE_OUTCOMES = """
      SELECT site, outcome, COUNT(*) FROM crawl_fetch GROUP BY site, outcome""";

  private static final String SITE_ERRORS = """
      SELECT url, status, reason, fetched_at FROM crawl_url
      WHERE site = ? AND state = 'failed' ORDER BY fetched_at DESC, url LIMIT ?""";

  /** An address in the frontier, with what its last full answer said. */
  public record Address(String url, String site, String role, int depth, String foundOn,
      String etag, String lastModified, String contentSha256, Instant fetchedAt,
      String publicationId, int failures, String state, String reason, String lastmod) {}

  /** One crawl: {@code sites} crawled, {@code state} running, finished or stopped. */
  public record Run(String id, List<String> sites, String state, Instant startedAt,
      Instant finishedAt, String summary) {}

  /**
   * One request and what came back, for the fetch log.
   *
   * @param status  the HTTP status, or null when no answer came
   * @param outcome what became of it: fetched, not-modified, failed, skipped (then new, changed,
   *                unchanged or failed once a fetched document is ingested)
   * @param millis  time from the request to the end of the body
   */
  public record Fetch(String url, String site, String role, Instant fetchedAt, Integer status,
      String finalUrl, String contentType, String charset, String etag, String lastModified,
      String contentSha256, Long size, long millis, String outcome, String reason) {}

  /**
   * A link found on a page, to queue: added when new; when known and {@code again}, queued again
   * (a listing page after one that held new documents); when known with a sitemap's
   * {@code lastmod} later than its last fetch, queued again.
   */
  public record Link(String url, String site, String role, int depth, String foundOn,
      String lastmod, boolean again) {

    /** A link queued only when new, or when {@code lastmod} says it changed. */
    public Link(String url, String site, String role, int depth, String foundOn,
        String lastmod) {
      this(url, site, role, depth, foundOn, lastmod, false);
    }
  }

  /** A document fetched and not yet ingested, with its body. */
  public record Pending(String run, long seq, String url, String site, Instant fetchedAt,
      String finalUrl, String contentType, String charset, byte[] body) {}

  /** A site's crawls in numbers, for {@code crawl --status} and the Sources page. */
  public record SiteStatus(String site, long listings, long documents, long queued, long fetched,
      long failed, long skipped, long publications, long changes, long notModified,
      Instant lastFetch, Run lastRun, List<Address> recentErrors) {}

  private final Connections db;

  CrawlLog(Connections db) {
    this.db = db;
  }

  /** The unfinished run of exactly these sites (a crawl killed or stopped early), if any. */
  public Optional<Run> unfinished(List<String> sites) {
    String key = String.join(",", sites);
    return db.read("look for an unfinished crawl of " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(UNFINISHED_RUN)) {
        s.setString(1, key);
        try (ResultSet row = s.executeQuery()) {
          return row.next() ? Optional.of(run(row)) : Optional.empty();
        }
      }
    });
  }

  /** Starts a new run of {@code sites}. */
  public Run start(List<String> sites) {
    String key = String.join(",", sites);
    Instant now = Times.now();
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    String id = RUN_TIME.format(now) + "-" + HexFormat.of().formatHex(random);
    db.write("start a crawl of " + key, c -> update(c,
        "INSERT INTO crawl_run (id, sites, state, started_at) VALUES (?, ?, ?, ?)", id, key,
        "running", Times.text(now)));
    return new Run(id, List.copyOf(sites), "running", now, null, null);
  }

  /** Ends a run as {@code finished} or {@code stopped}, with its summary as JSON. */
  public void endRun(String run, String state, String summaryJson) {
    db.write("end crawl " + run, c -> update(c,
        "UPDATE crawl_run SET state = ?, finished_at = ?, summary = ? WHERE id = ?", state,
        Times.text(Times.now()), summaryJson, run));
  }

  /** The next free sequence number of {@code run}'s fetch log. */
  public long nextSeq(String run) {
    return db.read("number the fetches of " + run, c -> {
      try (PreparedStatement s = c.prepareStatement(NEXT_SEQ)) {
        s.setString(1, run);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  /**
   * Queues start pages or sitemaps of a run: added when new, queued again when known (a listing
   * is read on every crawl).
   */
  public void queueAgain(List<Link> links, String run) {
    db.write("queue start pages", c -> {
      Instant now = Times.now();
      for (Link link : links) {
        insert(c, link, run, now);
        update(c, REQUEUE, run, link.url());
      }
      return null;
    });
  }

  /**
   * Queues again, for a conditional GET, the documents of {@code site} that failed, and those
   * published on or after {@code since} (those without a printed date: first found since then):
   * recent pages are the ones ministries correct. Returns how many.
   */
  public int revisit(String site, Instant since, String run) {
    String day = since.toString().substring(0, 10);
    return db.write("queue recent documents of " + site + " again",
        c -> update(c, REVISIT, run, site, day, Times.text(since)));
  }

  /**
   * The next address of {@code site} to fetch: sitemaps, then documents, then listings, each in
   * the order found, an address that failed before after those that did not.
   */
  public Optional<Address> next(String site) {
    return db.read("read the frontier of " + site, c -> {
      try (PreparedStatement s = c.prepareStatement(NEXT)) {
        s.setString(1, site);
        try (ResultSet row = s.executeQuery()) {
          return row.next() ? Optional.of(address(row)) : Optional.empty();
        }
      }
    });
  }

  /** The frontier's row for {@code url}, if it is known. */
  public Optional<Address> address(String url) {
    return db.read("read the frontier", c -> {
      try (PreparedStatement s = c.prepareStatement(ONE)) {
        s.setString(1, url);
        try (ResultSet row = s.executeQuery()) {
          return row.next() ? Optional.of(address(row)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Records a fetch in one transaction: the fetch log's row (with {@code body}, compressed, when
   * a document waits to be ingested), the address's new {@code state} and failure count, and the
   * {@code links} found on it, queued when new. Validators and hash that are null keep the
   * address's earlier ones.
   */
  public void record(String run, long seq, Fetch fetch, String state, int failures, byte[] body,
      List<Link> links) {
    byte[] packed = body == null ? null : Gzip.pack(body);
    db.write("record the fetch of " + fetch.url(), c -> {
      update(c, INSERT_FETCH, run, seq, fetch.url(), fetch.site(), fetch.role(),
          Times.text(fetch.fetchedAt()), fetch.status(), fetch.finalUrl(), fetch.contentType(),
          fetch.charset(), fetch.etag(), fetch.lastModified(), fetch.contentSha256(), fetch.size(),
          fetch.millis(), fetch.outcome(), fetch.reason(), packed);
      update(c, UPDATE_URL, state, run, fetch.status(), Times.text(fetch.fetchedAt()), failures,
          fetch.reason(), fetch.etag(), fetch.lastModified(), fetch.contentSha256(), fetch.url());
      Instant now = Times.now();
      for (Link link : links) {
        insert(c, link, run, now);
        if (link.again()) {
          update(c, REQUEUE, run, link.url());
        } else if (link.lastmod() != null) {
          update(c, CHANGED_SINCE, run, link.url(), link.lastmod());
        }
      }
      return null;
    });
  }

  /** Logs a request that changes nothing in the frontier (a robots.txt). */
  public void logOnly(String run, long seq, Fetch fetch) {
    db.write("record the fetch of " + fetch.url(), c -> update(c, INSERT_FETCH, run, seq,
        fetch.url(), fetch.site(), fetch.role(), Times.text(fetch.fetchedAt()), fetch.status(),
        fetch.finalUrl(), fetch.contentType(), fetch.charset(), fetch.etag(),
        fetch.lastModified(), fetch.contentSha256(), fetch.size(), fetch.millis(),
        fetch.outcome(), fetch.reason(), null));
  }

  /** How many addresses of {@code site} wait to be fetched. */
  public long queued(String site) {
    return db.read("count the frontier of " + site, c -> {
      try (PreparedStatement s = c.prepareStatement(QUEUED_COUNT)) {
        s.setString(1, site);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  /**
   * Records what became of a fetched document: {@code outcome} new, changed, unchanged or
   * failed, the publication it is (null when it failed) and its printed date; its body leaves the
   * fetch log.
   */
  public void ingested(String run, long seq, String url, String outcome, String reason,
      String publicationId, String published) {
    db.write("record the ingest of " + url, c -> {
      update(c, INGESTED_FETCH, outcome, reason, run, seq);
      update(c, INGESTED_URL, "failed".equals(outcome) ? FAILED : DONE, reason, publicationId,
          published, url);
      return null;
    });
  }

  /** The documents of {@code site} fetched by an earlier, killed crawl and not yet ingested. */
  public List<Pending> pending(String site) {
    return db.read("read fetched pages of " + site, c -> {
      List<Pending> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(PENDING)) {
        s.setString(1, site);
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            out.add(new Pending(row.getString(1), row.getLong(2), row.getString(3),
                row.getString(4), Times.instant(row.getString(5)), row.getString(6),
                row.getString(7), row.getString(8), Gzip.unpack(row.getBytes(9), row.getString(3))));
          }
        }
      }
      return out;
    });
  }

  /**
   * Whether the documents found on listing page {@code listing} and ingested were all published
   * before {@code date} (an ISO date), at least one of them: paging further goes back in time.
   */
  public boolean onlyOlderThan(String listing, String date) {
    return db.read("compare dates on " + listing, c -> {
      try (PreparedStatement s = c.prepareStatement(OLDER_ONLY)) {
        s.setString(1, date);
        s.setString(2, listing);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          long all = row.getLong(1);
          return all > 0 && row.getLong(2) == all;
        }
      }
    });
  }

  /** The latest runs, newest first. */
  public List<Run> runs(int limit) {
    return db.read("read crawl runs", c -> {
      List<Run> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(RUN_COLUMNS
          + " ORDER BY started_at DESC, id DESC LIMIT " + limit)) {
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            out.add(run(row));
          }
        }
      }
      return out;
    });
  }

  /** Every site crawled into this archive, by name, with its numbers and latest failures. */
  public List<SiteStatus> sites(int errorsEach) {
    List<Run> runs = runs(1000);
    return db.read("read crawl status", c -> {
      List<SiteStatus> out = new ArrayList<>();
      try (PreparedStatement urls = c.prepareStatement(SITE_URLS);
          ResultSet row = urls.executeQuery()) {
        SiteCounts counts = null;
        while (row.next()) {
          String site = row.getString(1);
          if (counts == null || !counts.site.equals(site)) {
            if (counts != null) {
              out.add(counts.status(c, runs, errorsEach));
            }
            counts = new SiteCounts(site);
          }
          counts.add(row.getString(2), row.getString(3), row.getLong(4), row.getString(5));
        }
        if (counts != null) {
          out.add(counts.status(c, runs, errorsEach));
        }
      }
      return out;
    });
  }

  /** A site's frontier counted, while {@link #sites} reads it. */
  private static final class SiteCounts {
    final String site;
    long listings;
    long documents;
    long queued;
    long fetched;
    long failed;
    long skipped;
    long done;
    String lastFetch;

    SiteCounts(String site) {
      this.site = site;
    }

    void add(String role, String state, long count, String last) {
      if (LISTING.equals(role)) {
        listings += count;
      } else if (DOCUMENT.equals(role)) {
        documents += count;
        if (DONE.equals(state)) {
          done += count;
        }
      }
      switch (state) {
        case QUEUED -> queued += count;
        case FETCHED -> fetched += count;
        case FAILED -> failed += count;
        case SKIPPED -> skipped += count;
        default -> {
          // done: counted above for documents
        }
      }
      if (last != null && (lastFetch == null || last.compareTo(lastFetch) > 0)) {
        lastFetch = last;
      }
    }

    SiteStatus status(Connection c, List<Run> runs, int errorsEach) throws SQLException {
      long changes = 0;
      long notModified = 0;
      long publications = 0;
      try (PreparedStatement s = c.prepareStatement(SITE_OUTCOMES)) {
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            if (!row.getString(1).equals(site)) {
              continue;
            }
            switch (row.getString(2)) {
              case "changed" -> changes += row.getLong(3);
              case "new" -> publications += row.getLong(3);
              case "not-modified" -> notModified += row.getLong(3);
              default -> {
                // fetched, failed, skipped, unchanged: in the frontier's counts
              }
            }
          }
        }
      }
      List<Address> errors = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(SITE_ERRORS)) {
        s.setString(1, site);
        s.setInt(2, errorsEach);
        try (ResultSet row = s.executeQuery()) {
          while (row.next()) {
            String at = row.getString(4);
            errors.add(new Address(row.getString(1), site, DOCUMENT, 0, null, null, null, null,
                at == null ? null : Times.instant(at), null, 0, FAILED, row.getString(3), null));
          }
        }
      }
      Run last = runs.stream().filter(r -> r.sites().contains(site)).findFirst().orElse(null);
      return new SiteStatus(site, listings, documents, queued, fetched, failed, skipped,
          publications, changes, notModified, lastFetch == null ? null : Times.instant(lastFetch),
          last, errors);
    }
  }

  private static void insert(Connection c, Link link, String run, Instant now)
      throws SQLException {
    update(c, INSERT_URL, link.url(), link.site(), link.role(), link.depth(), Times.text(now),
        link.foundOn(), run, link.lastmod());
  }

  private static Run run(ResultSet row) throws SQLException {
    String finished = row.getString(5);
    return new Run(row.getString(1), List.of(row.getString(2).split(",")), row.getString(3),
        Times.instant(row.getString(4)), finished == null ? null : Times.instant(finished),
        row.getString(6));
  }

  private static Address address(ResultSet row) throws SQLException {
    String fetched = row.getString(9);
    return new Address(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
        row.getString(5), row.getString(6), row.getString(7), row.getString(8),
        fetched == null ? null : Times.instant(fetched), row.getString(10), row.getInt(11),
        row.getString(12), row.getString(13), row.getString(14));
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s.executeUpdate();
    }
  }
}
