package org.verbatim.harvest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.verbatim.input.RawPage;
import org.verbatim.store.CrawlLog;
import org.verbatim.store.CrawlLog.Address;
import org.verbatim.store.CrawlLog.Fetch;
import org.verbatim.store.CrawlLog.Link;

/**
 * One crawl of some sites into an archive: reads each site's frontier from the store, fetches
 * politely ({@link Host}), records every fetch in the store before acting on it, writes every
 * exchange to WARC ({@link WarcLog}), and hands each document fetched to {@link Pages} to be
 * ingested, hearing back through {@link #ingested}.
 *
 * <pre>{@code
 * Crawler crawler = new Crawler(store.crawlLog(), profiles, options, archiveDir, "1", pages);
 * crawler.run(Duration.ofSeconds(5), progress); // returns when the frontiers are empty
 * // … once every page handed over has been ingested:
 * CrawlSummary summary = crawler.finish();
 * }</pre>
 *
 * <p>What a crawl of a site does:
 * <ol>
 *   <li>a new run queues the site's start pages and sitemaps again, and its documents
 *       published within the last {@code revisitDays} or failed before; a run resumed after a
 *       kill goes on with what is queued, and first hands over the documents fetched and not yet
 *       ingested;</li>
 *   <li>it takes queued addresses, documents before listings: a listing page's documents are
 *       fetched before the next listing page, so that {@code --since} can stop the paging;</li>
 *   <li>for each: robots.txt (read once a host, with crawler-commons) must allow it; a known
 *       address is asked for with {@code If-None-Match} and {@code If-Modified-Since}; redirects
 *       are followed up to {@link CrawlOptions#MAX_REDIRECTS}, each through the gate, a loop or a
 *       redirect off the site's hosts being a failure;</li>
 *   <li>a listing's links, a sitemap's entries and a document's other language versions are
 *       queued in the same transaction that records the fetch.</li>
 * </ol>
 * Sites whose start pages share a host are crawled by one thread; other hosts by threads of
 * their own. Not reusable: one crawler, one run.
 */
public final class Crawler {

  /** Where fetched documents go to be ingested. */
  @FunctionalInterface
  public interface Pages {
    /**
     * Takes a fetched document; its outcome comes back later through {@link #ingested}. May
     * block while the ingest catches up.
     */
    void ingest(Fetched page) throws InterruptedException;
  }

  /** A document fetched in run {@code run} as fetch {@code seq}, to be ingested. */
  public record Fetched(String run, long seq, String site, String url, RawPage page) {}

  /** What became of a document handed over: new, changed, unchanged or failed. */
  public record Ingested(String outcome, String publicationId, String published, String reason) {}

  /** A sitemap's date in the store's form of times, so that the two compare as text. */
  private static final DateTimeFormatter LASTMOD =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private static final SimpleRobotRulesParser ROBOTS = new SimpleRobotRulesParser();
  private static final String ROBOT_NAME = "verbatim";

  private final CrawlLog log;
  private final List<SiteProfile> sites;
  private final CrawlOptions options;
  private final Path archiveDir;
  private final Pages pages;
  private final Fetcher fetcher;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Set<String> stopping = ConcurrentHashMap.newKeySet();

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong changed = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong robots = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong handled = new AtomicLong();
  private final ConcurrentLinkedQueue<CrawlSummary.Failure> failures =
      new ConcurrentLinkedQueue<>();

  private CrawlLog.Run run;
  private boolean resumed;
  private WarcLog warc;
  private AtomicLong seq;
  private long start;
  private volatile boolean limitReached;

  public Crawler(CrawlLog log, List<SiteProfile> sites, CrawlOptions options, Path archiveDir,
      String version, Pages pages) {
    this.log = log;
    this.sites = List.copyOf(sites);
    this.options = options;
    this.archiveDir = archiveDir;
    this.pages = pages;
    this.fetcher = new Fetcher(new Fetcher.Limits(Duration.ofSeconds(10)
        .compareTo(options.timeout()) < 0 ? Duration.ofSeconds(10) : options.timeout(),
        options.timeout(), options.maxBytes()), options.userAgent(version));
  }

  /** The names of the sites, as the run records them. */
  public List<String> siteNames() {
    return sites.stream().map(SiteProfile::name).toList();
  }

  /**
   * Crawls until every site's frontier is empty, {@code --max-pages} is reached or its hosts are
   * stopped; reports how far it is to {@code progress} (addresses handled, and handled + queued)
   * every {@code every} and once at the end.
   */
  public void run(Duration every, Consumer<long[]> progress)
      throws IOException, InterruptedException {
    start = System.nanoTime();
    List<String> names = siteNames();
    Optional<CrawlLog.Run> unfinished = log.unfinished(names);
    resumed = unfinished.isPresent();
    run = unfinished.orElseGet(() -> log.start(names));
    seq = new AtomicLong(log.nextSeq(run.id()));
    warc = options.warc() ? WarcLog.open(archiveDir, run.id()) : null;
    for (SiteProfile site : sites) {
      for (CrawlLog.Pending pending : log.pending(site.name())) {
        pages.ingest(new Fetched(pending.run(), pending.seq(), pending.site(), pending.url(),
            new RawPage(pending.body(), null, pending.finalUrl() == null ? pending.url()
                : pending.finalUrl(), formatOf(pending.contentType(), pending.body()),
                pending.charset(), pending.fetchedAt())));
      }
      if (!resumed) {
        seed(site);
      }
    }
    Map<String, List<SiteProfile>> byHost = new java.util.LinkedHashMap<>();
    for (SiteProfile site : sites) {
      byHost.computeIfAbsent(site.start().get(0).getHost().toLowerCase(Locale.ROOT),
          h -> new ArrayList<>()).add(site);
    }
    List<Thread> threads = new ArrayList<>();
    ConcurrentLinkedQueue<Throwable> thrown = new ConcurrentLinkedQueue<>();
    for (Map.Entry<String, List<SiteProfile>> group : byHost.entrySet()) {
      threads.add(Thread.ofPlatform().name("verbatim-crawl-" + group.getKey()).start(() -> {
        try {
          crawl(group.getValue());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          thrown.add(e);
        } catch (IOException | RuntimeException | Error e) {
          thrown.add(e);
        }
      }));
    }
    Thread reporter = Thread.ofPlatform().daemon().name("verbatim-crawl-progress").start(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(every.toMillis());
          progress.accept(new long[] {handled.get(), queued()});
        }
      } catch (InterruptedException e) {
        // The crawl is over.
      }
    });
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } finally {
      reporter.interrupt();
      reporter.join();
    }
    progress.accept(new long[] {handled.get(), queued()});
    Throwable first = thrown.poll();
    if (first instanceof IOException e) {
      throw e;
    }
    if (first instanceof InterruptedException e) {
      throw e;
    }
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }

  private long queued() {
    return sites.stream().mapToLong(s -> log.queued(s.name())).sum();
  }

  /** Queues a new run's start pages, sitemaps, and the recent documents to ask again. */
  private void seed(SiteProfile site) {
    List<Link> links = new ArrayList<>();
    for (URI page : site.start()) {
      links.add(new Link(normal(page), site.name(), CrawlLog.LISTING, 0, null, null));
    }
    for (URI sitemap : site.sitemaps()) {
      links.add(new Link(normal(sitemap), site.name(), CrawlLog.SITEMAP, 0, null, null));
    }
    log.queueAgain(links, run.id());
    if (options.revisitDays() > 0) {
      log.revisit(site.name(), Instant.now().minus(Duration.ofDays(options.revisitDays())),
          run.id());
    }
  }

  /** The crawl of the sites that share a host, round by round, one address of each a round. */
  private void crawl(List<SiteProfile> group) throws IOException, InterruptedException {
    Set<SiteProfile> active = new LinkedHashSet<>(group);
    while (!active.isEmpty() && !limitReached) {
      for (SiteProfile site : List.copyOf(active)) {
        Optional<Address> next = log.next(site.name());
        if (next.isEmpty() || limitReached) {
          active.remove(site);
          continue;
        }
        Host host = host(site, URI.create(next.get().url()));
        if (host.stopped() != null && host.name().equals(primaryHost(site))) {
          active.remove(site); // its addresses stay queued for the next crawl
          continue;
        }
        new Visit(this, site, next.get()).run();
        handled.incrementAndGet();
      }
    }
  }

  private static String primaryHost(SiteProfile site) {
    return site.start().get(0).getHost().toLowerCase(Locale.ROOT);
  }

  /** The host of {@code uri}, its robots.txt read on first use. */
  Host host(SiteProfile site, URI uri) throws InterruptedException, IOException {
    String name = uri.getHost().toLowerCase(Locale.ROOT);
    Duration delay = options.delay() != null ? options.delay() : CrawlOptions.DEFAULT_DELAY;
    if (site.delay() != null) {
      Duration own = Duration.ofMillis(Math.round(site.delay() * 1000));
      delay = own.compareTo(delay) > 0 ? own : delay; // a profile may lengthen it, not shorten
    }
    Duration wait = delay;
    Host host = hosts.computeIfAbsent(name, n -> new Host(n, wait));
    synchronized (host) {
      if (host.robots() == null) {
        host.robots(readRobots(site, uri, host));
      }
    }
    return host;
  }

  /**
   * The host's robots.txt: its rules; none when it has none (4xx). When it cannot be read (no
   * answer, 5xx) everything is disallowed, as RFC 9309 asks, and the host is stopped for this
   * crawl, its addresses left queued for the next. Its sitemaps are queued when the profile says
   * so.
   */
  private BaseRobotRules readRobots(SiteProfile site, URI uri, Host host)
      throws InterruptedException, IOException {
    URI robotsUri = uri.resolve("/robots.txt");
    Fetcher.Answer answer;
    host.acquire();
    try {
      requests.incrementAndGet();
      answer = fetcher.get(robotsUri, List.of());
    } catch (Fetcher.FetchException e) {
      logFetch(site, robotsUri.toString(), null, "failed", "robots.txt: " + e.getMessage());
      host.stop("its robots.txt could not be read: " + e.getMessage());
      return ROBOTS.failedFetch(503);
    } finally {
      host.release();
    }
    writeWarc(answer);
    logFetch(site, robotsUri.toString(), answer, "fetched", null);
    if (answer.status() >= 500) {
      host.stop("its robots.txt could not be read: HTTP " + answer.status());
    }
    if (answer.status() != 200) {
      return ROBOTS.failedFetch(answer.status());
    }
    BaseRobotRules rules = ROBOTS.parseContent(robotsUri.toString(), answer.body(),
        answer.header("content-type").orElse("text/plain"), List.of(ROBOT_NAME));
    if (site.robotsSitemaps()) {
      List<Link> maps = new ArrayList<>();
      for (String sitemap : rules.getSitemaps()) {
        maps.add(new Link(sitemap, site.name(), CrawlLog.SITEMAP, 0, null, null));
      }
      log.queueAgain(maps, run.id());
    }
    return rules;
  }

  // ---- used by Visit ----

  CrawlLog log() {
    return log;
  }

  CrawlOptions options() {
    return options;
  }

  Fetcher fetcher() {
    return fetcher;
  }

  String runId() {
    return run.id();
  }

  long nextSeq() {
    return seq.getAndIncrement();
  }

  void counted(Fetcher.Answer answer) {
    requests.incrementAndGet();
    if (answer != null) {
      bytes.addAndGet(answer.body().length);
      if (answer.status() == 200) {
        fetched.incrementAndGet();
      } else if (answer.status() == 304) {
        notModified.incrementAndGet();
      }
    }
  }

  void request() {
    requests.incrementAndGet();
  }

  void robotsSkipped() {
    robots.incrementAndGet();
  }

  void skipped() {
    skipped.incrementAndGet();
  }

  void unchangedBody() {
    unchanged.incrementAndGet();
  }

  void failed(String url, String reason) {
    failures.add(new CrawlSummary.Failure(url, reason));
  }

  /** Counts a document fetched in full; past {@code --max-pages} the crawl stops taking more. */
  void documentFetched() {
    long n = documents.incrementAndGet();
    if (options.maxPages() > 0 && n >= options.maxPages()) {
      limitReached = true;
    }
  }

  void hand(Fetched page) throws InterruptedException {
    pages.ingest(page);
  }

  void writeWarc(Fetcher.Answer answer) throws IOException {
    if (warc == null || answer == null) {
      return;
    }
    WarcLog.Exchange exchange = new WarcLog.Exchange(answer.uri(), "GET", answer.sent(),
        answer.at(), null, answer.status(), "", answer.headers(), answer.body());
    if (answer.status() == 304) {
      warc.notModified(exchange, null);
    } else {
      warc.exchange(exchange);
    }
  }

  /** Logs a request that is not an address of the frontier (robots.txt). */
  private void logFetch(SiteProfile site, String url, Fetcher.Answer answer, String outcome,
      String reason) {
    log.logOnly(run.id(), nextSeq(), fetch(site, url, "robots", answer, null, outcome, reason));
  }

  /** The fetch log's row for an answer (or for none, when {@code answer} is null). */
  static Fetch fetch(SiteProfile site, String url, String role, Fetcher.Answer answer,
      String sha, String outcome, String reason) {
    if (answer == null) {
      return new Fetch(url, site.name(), role, Instant.now(), null, null, null, null, null, null,
          null, null, 0, outcome, reason);
    }
    return new Fetch(url, site.name(), role, answer.at(), answer.status(),
        answer.uri().toString(), answer.header("content-type").orElse(null), answer.charset(),
        answer.header("etag").orElse(null), answer.header("last-modified").orElse(null), sha,
        (long) answer.body().length, answer.millis(), outcome, reason);
  }

  /** Sitemap entries: documents of the site, and further sitemaps. */
  static List<Link> sitemapLinks(SiteProfile site, Address sitemap, Fetcher.Answer answer)
      throws IOException {
    AbstractSiteMap parsed;
    try {
      parsed = new SiteMapParser(false).parseSiteMap(answer.mediaType(), answer.body(),
          answer.uri().toURL());
    } catch (crawlercommons.sitemaps.UnknownFormatException e) {
      throw new IOException("not a sitemap: " + e.getMessage(), e);
    }
    List<Link> out = new ArrayList<>();
    if (parsed instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        out.add(new Link(child.getUrl().toString(), site.name(), CrawlLog.SITEMAP,
            sitemap.depth() + 1, sitemap.url(), null));
      }
    } else if (parsed instanceof SiteMap map) {
      for (SiteMapURL entry : map.getSiteMapUrls()) {
        URI uri;
        try {
          uri = entry.getUrl().toURI();
        } catch (URISyntaxException e) {
          continue; // not an address Java can request; nothing to fetch
        }
        if (site.isDocument(uri)) {
          String lastmod = entry.getLastModified() == null ? null
              : LASTMOD.format(entry.getLastModified().toInstant());
          out.add(new Link(normal(uri), site.name(), CrawlLog.DOCUMENT, sitemap.depth(),
              sitemap.url(), lastmod));
        }
      }
    }
    return out;
  }

  /** What became of a document handed to {@link Pages}; called from the ingest's threads. */
  public void ingested(Fetched page, Ingested result) {
    switch (result.outcome()) {
      case "new" -> added.incrementAndGet();
      case "changed" -> changed.incrementAndGet();
      case "unchanged" -> unchanged.incrementAndGet();
      default -> failures.add(new CrawlSummary.Failure(page.url(), result.reason()));
    }
    log.ingested(page.run(), page.seq(), page.url(), result.outcome(), result.reason(),
        result.publicationId(), result.published());
  }

  /**
   * Ends the run, once every document handed over was ingested: finished when nothing is left
   * queued, else stopped (the next crawl of the same sites resumes it).
   */
  public CrawlSummary finish() throws IOException {
    fetcher.close();
    long warcBytes = 0;
    if (warc != null) {
      warcBytes = warc.bytesWritten();
      warc.close();
    }
    List<CrawlSummary.Failure> stopped = new ArrayList<>();
    hosts.values().stream().filter(h -> h.stopped() != null)
        .forEach(h -> stopped.add(new CrawlSummary.Failure(h.name(), h.stopped())));
    boolean complete = queued() == 0;
    List<CrawlSummary.Failure> failed = new ArrayList<>(failures);
    failed.sort(java.util.Comparator.comparing(CrawlSummary.Failure::url));
    CrawlSummary summary = new CrawlSummary(run.id(), resumed, requests.get(), fetched.get(),
        added.get(), changed.get(), unchanged.get(), notModified.get(), robots.get(),
        skipped.get(), failed, stopped, bytes.get(), warcBytes,
        Duration.ofNanos(System.nanoTime() - start), complete);
    log.endRun(run.id(), complete ? "finished" : "stopped", CrawlSummaries.json(summary));
    return summary;
  }

  /** An address as the frontier keys it: scheme and host in lower case, no fragment. */
  static String normal(URI uri) {
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return uri.toString();
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
        + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  static RawPage.Format formatOf(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/plain") ? RawPage.Format.TEXT : RawPage.Format.HTML;
  }
}
