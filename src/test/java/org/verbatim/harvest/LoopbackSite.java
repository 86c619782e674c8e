package org.verbatim.harvest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on a loopback port, shaped like a ministry's, for the crawler's tests: paged
 * listings of briefings in English and Russian, document pages written by our generator (each
 * linked to its other language), {@code robots.txt}, a sitemap, validators and {@code 304}s, and
 * a set of faults a crawl meets on the last English listing page. It records every request.
 *
 * <pre>{@code
 * try (LoopbackSite site = new LoopbackSite(25, 7).start()) {
 *   crawl(site.base() + "/en/briefings/");
 *   assertThat(site.count("/private/secret-1/")).isZero();
 *   assertThat(site.concurrentPeak()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Documents have ids {@value #FIRST_ID}, {@value #FIRST_ID}+1…, listed newest (highest id)
 * first, {@value #PAGE_SIZE} a page; the English version is at {@code /en/briefings/ID/}, the
 * Russian at {@code /ru/briefings/ID/}. Pages are generated on first request and kept, so a site
 * of thousands of documents starts at once; all pages say they are synthetic. Thread-safe; the
 * setters may be called at any time, and take effect from the next request.
 */
public final class LoopbackSite implements AutoCloseable {

  public static final int FIRST_ID = 1001;
  public static final int PAGE_SIZE = 10;
  public static final long DEFAULT_HUGE_BYTES = 12L * 1024 * 1024;

  public static final String BUSY = "/en/briefings/busy/";
  public static final String BROKEN_SERVER = "/en/briefings/broken-server/";
  public static final String UNAVAILABLE = "/en/briefings/unavailable/";
  public static final String MOVED = "/en/briefings/moved/";
  public static final String LOOP_A = "/en/briefings/loop-a/";
  public static final String LOOP_B = "/en/briefings/loop-b/";
  public static final String SLOW = "/en/briefings/slow/";
  public static final String HUGE = "/en/briefings/huge/";
  public static final String PDF = "/en/briefings/report.pdf";
  public static final String BROKEN_HTML = "/en/briefings/broken-html/";
  public static final String CP1251 = "/en/briefings/cp1251/";
  public static final String GZIP = "/en/briefings/gzip/";
  public static final String NOT_HTML = "/en/briefings/not-html/";
  /** Linked from the first English listing page; {@code robots.txt} disallows it. */
  public static final String PRIVATE_LINK = "/private/secret-1/";
  /** Listed in the sitemap; {@code robots.txt} disallows it. */
  public static final String PRIVATE_IN_SITEMAP = "/private/secret-2/";

  /** Documents and fault pages that never change carry this date, or a later one by id. */
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final Pattern LISTING = Pattern.compile("/(en|ru)/briefings/");
  private static final Pattern DOCUMENT = Pattern.compile("/(en|ru)/briefings/(\\d{1,7})/");
  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d{1,6})(?:&|$)");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  static {
    // The JDK's server leaves Nagle's algorithm on unless told otherwise, and a response's last
    // segment then waits for the client's delayed ACK: 14 ms a document page instead of 0.6 ms.
    // The server reads this once, when the first one in the JVM is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SiteArticles articles;
  private final RequestLog log = new RequestLog();
  private final AtomicInteger busyRequests = new AtomicInteger();
  private final AtomicInteger unavailableRequests = new AtomicInteger();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Duration robotsDelay = Duration.ZERO;
  private volatile Duration latency = Duration.ZERO;
  private volatile long hugeBytes = DEFAULT_HUGE_BYTES;
  private volatile HugePage huge;

  // Guarded by this.
  private int last;
  private Instant latest;
  private final Map<String, Instant> modified = new HashMap<>();
  private final Map<Integer, Integer> revisions = new HashMap<>();
  private HttpServer server;
  private ExecutorService executor;

  /**
   * A site of {@code documents} documents (at least one) whose pages the generator writes from
   * {@code seed}. Call {@link #start()} to serve it.
   */
  public LoopbackSite(int documents, long seed) {
    if (documents < 1) {
      throw new IllegalArgumentException("A site needs at least one document: " + documents);
    }
    this.articles = new SiteArticles(seed);
    this.last = FIRST_ID + documents - 1;
    this.latest = baseModified(last);
  }

  /** Starts serving on 127.0.0.1 at a free port; fails when already started. */
  public synchronized LoopbackSite start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("The site is already started at " + base());
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    // One virtual thread per exchange: a held /slow/ response blocks nobody.
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /**
   * Stops at once: closes every connection (a held {@code /slow/} one too) and does not wait for
   * responses under way. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (server != null && closing.getCount() > 0) {
      server.stop(0);
      closing.countDown();
      executor.shutdownNow();
    }
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public synchronized String base() {
    if (server == null) {
      throw new IllegalStateException("The site is not started");
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Sets {@code robots.txt}'s {@code Crawl-delay} (in seconds there); zero leaves it out. */
  public LoopbackSite robotsDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("The crawl delay must not be negative: " + delay);
    }
    this.robotsDelay = delay;
    return this;
  }

  /**
   * Makes every response wait {@code delay} after the request arrives (default zero), so that
   * two requests sent at once overlap visibly in {@link #concurrentPeak()}.
   */
  public LoopbackSite latency(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("The latency must not be negative: " + delay);
    }
    this.latency = delay;
    return this;
  }

  /** The size {@link #HUGE} exceeds (by less than one article); default 12 MiB. */
  public LoopbackSite hugeBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("hugeBytes must be positive: " + bytes);
    }
    this.hugeBytes = bytes;
    return this;
  }

  /** The fault pages linked from the last English listing page, in the order linked. */
  public List<String> faults() {
    return List.of(BUSY, BROKEN_SERVER, UNAVAILABLE, MOVED, LOOP_A, SLOW, HUGE, PDF, BROKEN_HTML,
        CP1251, GZIP, NOT_HTML);
  }

  /**
   * Every path a complete crawl should make a publication of: each document in English and in
   * Russian, then {@link #BUSY}, {@link #UNAVAILABLE}, {@link #BROKEN_HTML}, {@link #CP1251}
   * and {@link #GZIP}. ({@link #MOVED} leads to document {@value #FIRST_ID}.)
   */
  public synchronized List<String> documentPaths() {
    List<String> out = new ArrayList<>();
    for (String lang : List.of("en", "ru")) {
      for (int id = FIRST_ID; id <= last; id++) {
        out.add(documentPath(lang, id));
      }
    }
    out.addAll(List.of(BUSY, UNAVAILABLE, BROKEN_HTML, CP1251, GZIP));
    return out;
  }

  /** {@code /LANG/briefings/ID/}. */
  public static String documentPath(String lang, int id) {
    return "/" + lang + "/briefings/" + id + "/";
  }

  /**
   * Changes the text of document {@code id}'s English version: a paragraph is added at its end,
   * so its ETag, {@code Last-Modified} and sitemap {@code lastmod} change (the Russian version
   * stays as it is).
   */
  public synchronized void change(int id) {
    checkId(id);
    revisions.merge(id, 1, Integer::sum);
    modified.put(documentPath("en", id), tick());
  }

  /** Adds a document, the newest, at the top of the first listing pages; returns its id. */
  public synchronized int add() {
    last++;
    Instant now = tick();
    modified.put(documentPath("en", last), now);
    modified.put(documentPath("ru", last), now);
    return last;
  }

  /** Every request recorded since the start or the last {@link #reset()}, in arrival order. */
  public List<SiteRequest> requests() {
    return log.requests();
  }

  /** How many requests were made for {@code path} (with its query, if any). */
  public int count(String path) {
    return log.count(path);
  }

  /** How many requests for {@code path} were answered {@code 200} with their whole body. */
  public int fullResponses(String path) {
    return log.fullResponses(path);
  }

  /** Forgets the recorded requests (the faults keep their state: busy stays answered). */
  public void reset() {
    log.reset();
  }

  /** The least time between the arrivals of two consecutive requests; needs two requests. */
  public Duration minimumInterval() {
    return log.minimumInterval();
  }

  /**
   * The most requests served at one moment (see {@link RequestLog} for when serving ends): 1
   * for a client that waits for each response before sending the next request.
   */
  public int concurrentPeak() {
    return log.concurrentPeak();
  }

  /**
   * Writes {@link #profileJson()} into the archive folder {@code archive} as its own profile
   * {@code loopback} ({@code profiles/loopback.json}), which crawls then find by name.
   */
  public void writeProfile(Path archive) throws IOException {
    Path folder = Files.createDirectories(archive.resolve(SiteProfiles.FOLDER));
    Files.writeString(folder.resolve("loopback.json"), profileJson(), StandardCharsets.UTF_8);
  }

  /**
   * A site profile for this site, as {@code profiles/loopback.json} holds it: the English
   * listing and the sitemap. Its documents include {@code /private/} pages, which only
   * robots.txt keeps a crawl from.
   */
  public String profileJson() {
    String base = base();
    String host = "http://127\\.0\\.0\\.1:" + base.substring(base.lastIndexOf(':') + 1);
    return """
        {
          "title": "Loopback test site: briefings",
          "language": "en",
          "hosts": ["127.0.0.1"],
          "start": [%s],
          "listing": {"links": "div.items a.item-title", "next": "a.next", "pages": %s, \
        "maxPages": 1000},
          "documents": %s,
          "sitemaps": [%s],
          "robotsSitemaps": false,
          "document": {"content": "div.article", "languages": "a.lang[hreflang]", \
        "followLanguages": true}
        }
        """.formatted(json(base + "/en/briefings/"), json(host + "/en/briefings/\\?page=\\d+"),
        json(host + "/((en|ru)/briefings|private)/[^?#]+"), json(base + "/sitemap.xml"));
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Starts a site of {@code args[0]} documents (default 1000; seed {@code args[1]}, default 1). */
  public static void main(String[] args) throws IOException, InterruptedException {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    LoopbackSite site = new LoopbackSite(documents, seed).start();
    Runtime.getRuntime().addShutdownHook(new Thread(site::close));
    System.out.println(site.base());
    System.out.print(site.profileJson());
    System.out.flush();
    Thread.currentThread().join();
  }

  // ---- Serving

  private void handle(HttpExchange exchange) {
    RequestLog.Entry entry = log.arrive(exchange);
    boolean held = false;
    try {
      if (latency.isPositive()) {
        Thread.sleep(latency);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        send(exchange, entry, Reply.status(405, SitePages.message("en", "Method not allowed",
            method + " is not served here."), Map.of("Allow", "GET, HEAD")), false);
      } else if (path.equals(SLOW) && !head) {
        held = slow(exchange, entry);
      } else if (path.equals(HUGE) && !head) {
        huge(exchange, entry);
      } else {
        send(exchange, entry, route(path, exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders()), head);
      }
    } catch (IOException e) {
      // The client stopped reading, or the site is closing: the record shows the body incomplete.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the site is closing
    } finally {
      entry.served();
      if (!held) {
        exchange.close();
      }
    }
  }

  private Reply route(String path, String query, Headers request) {
    if (path.equals("/robots.txt")) {
      return Reply.bytes("text/plain; charset=utf-8",
          SitePages.robots(base(), robotsDelay).getBytes(StandardCharsets.UTF_8), latest());
    }
    if (path.equals("/sitemap.xml")) {
      return Reply.bytes("application/xml; charset=utf-8",
          SitePages.sitemap(base(), sitemap()).getBytes(StandardCharsets.UTF_8), latest());
    }
    if (path.startsWith("/private/")) {
      return Reply.html(SitePages.message("en", "Staff only",
          "Robots are asked to stay out of this part of the site."), EPOCH);
    }
    Matcher listing = LISTING.matcher(path);
    if (listing.matches()) {
      return listing(listing.group(1), query);
    }
    Matcher document = DOCUMENT.matcher(path);
    if (document.matches()) {
      int id = Integer.parseInt(document.group(2));
      return exists(id) ? document(document.group(1), id) : notFound(path);
    }
    return switch (path) {
      case BUSY -> busyRequests.incrementAndGet() == 1
          ? Reply.status(429, SitePages.message("en", "Too many requests",
              "Please come back in two seconds."), Map.of("Retry-After", "2"))
          : faultDocument(BUSY, 1);
      case UNAVAILABLE -> unavailableRequests.incrementAndGet() <= 2
          ? Reply.status(503, SitePages.message("en", "Service unavailable",
              "Please come back in a second."), Map.of("Retry-After", "1"))
          : faultDocument(UNAVAILABLE, 2);
      case BROKEN_SERVER -> Reply.status(500, SitePages.message("en", "Internal server error",
          "Something went wrong on our side."), Map.of());
      case MOVED -> redirect(301, documentPath("en", FIRST_ID));
      case LOOP_A -> redirect(302, LOOP_B);
      case LOOP_B -> redirect(302, LOOP_A);
      case PDF -> Reply.bytes("application/pdf", Binaries.pdf(), EPOCH);
      case NOT_HTML -> Reply.bytes("image/png", Binaries.png(), EPOCH);
      case BROKEN_HTML -> Reply.html(SitePages.broken(articles.fault(3, "en", false)), EPOCH);
      case CP1251 -> windows1251();
      case GZIP -> gzip(faultDocument(GZIP, 5), request);
      default -> notFound(path);
    };
  }

  private Reply listing(String lang, String query) {
    int page = 1;
    if (query != null) {
      Matcher m = PAGE.matcher(query);
      page = m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
    int newest;
    synchronized (this) {
      newest = last;
    }
    int documents = newest - FIRST_ID + 1;
    int pages = (documents + PAGE_SIZE - 1) / PAGE_SIZE;
    if (page < 1 || page > pages) {
      return notFound("/" + lang + "/briefings/?" + query);
    }
    List<SitePages.Item> items = new ArrayList<>();
    int top = newest - (page - 1) * PAGE_SIZE;
    for (int id = top; id > top - PAGE_SIZE && id >= FIRST_ID; id--) {
      items.add(new SitePages.Item(documentPath(lang, id), articles.document(lang, id).title()));
    }
    if (lang.equals("en") && page == 1) {
      items.add(new SitePages.Item(PRIVATE_LINK, "Staff area"));
    }
    if (lang.equals("en") && page == pages) {
      items.addAll(faultItems());
    }
    return Reply.html(SitePages.listing(lang, page, pages, items), latest());
  }

  private List<SitePages.Item> faultItems() {
    return List.of(new SitePages.Item(BUSY, articles.fault(1, "en", false).title()),
        new SitePages.Item(BROKEN_SERVER, "Briefing that fails on the server"),
        new SitePages.Item(UNAVAILABLE, articles.fault(2, "en", false).title()),
        new SitePages.Item(MOVED, "Briefing that has moved"),
        new SitePages.Item(LOOP_A, "Briefing that redirects in a loop"),
        new SitePages.Item(SLOW, articles.fault(6, "en", false).title()),
        new SitePages.Item(HUGE, articles.fault(7, "en", false).title()),
        new SitePages.Item(PDF, "Briefing materials (PDF)"),
        new SitePages.Item(BROKEN_HTML, articles.fault(3, "en", false).title()),
        new SitePages.Item(CP1251, articles.fault(4, "ru", true).title()),
        new SitePages.Item(GZIP, articles.fault(5, "en", false).title()),
        new SitePages.Item(NOT_HTML, "Briefing photo"));
  }

  private Reply document(String lang, int id) {
    String other = lang.equals("en") ? "ru" : "en";
    StringBuilder added = new StringBuilder();
    int revision;
    Instant lastModified;
    synchronized (this) {
      revision = lang.equals("en") ? revisions.getOrDefault(id, 0) : 0;
      lastModified = modified.getOrDefault(documentPath(lang, id), baseModified(id));
    }
    for (int r = 1; r <= revision; r++) {
      added.append(articles.revisionParagraph(lang, id, r)).append('\n');
    }
    SiteArticles.Article article = articles.document(lang, id);
    String path = documentPath(lang, id);
    return Reply.html(SitePages.chrome(lang, article.title(),
            SitePages.languageLink(other, documentPath(other, id)), true)
        .around(SitePages.documentContent(lang, path, article, added.toString())), lastModified);
  }

  private Reply faultDocument(String path, int number) {
    SiteArticles.Article article = articles.fault(number, "en", false);
    return Reply.html(SitePages.chrome("en", article.title(), "", true)
        .around(SitePages.documentContent("en", path, article, "")), EPOCH);
  }

  private Reply windows1251() {
    SiteArticles.Article article = articles.fault(4, "ru", true);
    String html = SitePages.chrome("ru", article.title(), "", false)
        .around(SitePages.documentContent("ru", CP1251, article, ""));
    return Reply.bytes("text/html; charset=windows-1251", html.getBytes(WINDOWS_1251), EPOCH);
  }

  private static Reply gzip(Reply plain, Headers request) {
    boolean accepts = false;
    for (String value : request.getOrDefault("Accept-Encoding", List.of())) {
      for (String coding : value.split(",")) {
        String[] parts = coding.strip().split(";");
        boolean refused = parts.length > 1 && parts[1].strip().matches("q=0(\\.0*)?");
        accepts |= parts[0].strip().equalsIgnoreCase("gzip") && !refused;
      }
    }
    if (!accepts) {
      return plain.with("Vary", "Accept-Encoding");
    }
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
      out.write(plain.body());
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory failed", e);
    }
    return new Reply(200, plain.headers(), packed.toByteArray(), plain.lastModified())
        .with("Content-Encoding", "gzip").with("Vary", "Accept-Encoding");
  }

  private static Reply redirect(int status, String location) {
    return Reply.status(status, SitePages.message("en", "Moved",
        "This briefing is now at " + location + "."), Map.of("Location", location));
  }

  private static Reply notFound(String path) {
    return Reply.status(404, SitePages.message("en", "Not found",
        "There is no page at " + path + "."), Map.of());
  }

  /** Sends {@code reply}, or a {@code 304} when the request's conditions match its validators. */
  private static void send(HttpExchange exchange, RequestLog.Entry entry, Reply reply,
      boolean head) throws IOException {
    Headers out = exchange.getResponseHeaders();
    if (reply.validated()) {
      out.set("ETag", reply.etag());
      out.set("Last-Modified", Reply.HTTP_DATE.format(reply.lastModified()));
      if (reply.unchanged(exchange.getRequestHeaders())) {
        if (reply.headers().containsKey("Vary")) {
          out.set("Vary", reply.headers().get("Vary"));
        }
        sendEmpty(exchange, entry, 304);
        return;
      }
    }
    reply.headers().forEach(out::set);
    if (head || reply.body().length == 0) {
      sendEmpty(exchange, entry, reply.status());
      return;
    }
    entry.status(reply.status());
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    entry.served();
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(reply.body());
      // Recorded before the stream closes and the last bytes leave: a client that has read the
      // whole answer then always finds it recorded as complete.
      entry.wrote(reply.body().length);
      entry.completed();
    }
  }

  private static void sendEmpty(HttpExchange exchange, RequestLog.Entry entry, int status)
      throws IOException {
    entry.status(status);
    entry.served();
    entry.completed(); // before the headers leave, so that a client never sees it incomplete
    exchange.sendResponseHeaders(status, -1);
  }

  /**
   * Sends the headers and about the first half (at most 8 KiB) of a document page, then holds the
   * connection until {@link #close()}. Returns true: the exchange must stay open, since closing
   * it would end the body.
   */
  private boolean slow(HttpExchange exchange, RequestLog.Entry entry)
      throws IOException, InterruptedException {
    byte[] page = faultDocument(SLOW, 6).body();
    byte[] part = Arrays.copyOf(page, Math.min(page.length / 2, 8192));
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    entry.status(200);
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    body.write(part);
    body.flush();
    entry.wrote(part.length);
    entry.served();
    closing.await();
    return true;
  }

  private void huge(HttpExchange exchange, RequestLog.Entry entry) throws IOException {
    HugePage page = hugePage();
    Headers out = exchange.getResponseHeaders();
    out.set("ETag", page.etag());
    out.set("Last-Modified", Reply.HTTP_DATE.format(EPOCH));
    if (Reply.unchanged(exchange.getRequestHeaders(), page.etag(), EPOCH)) {
      sendEmpty(exchange, entry, 304);
      return;
    }
    out.set("Content-Type", "text/html; charset=utf-8");
    entry.status(200);
    exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length tells the size ahead
    OutputStream body = exchange.getResponseBody();
    page.write(body, entry);
    body.close();
    entry.completed();
  }

  private HugePage hugePage() {
    long bytes = hugeBytes;
    HugePage page = huge;
    if (page == null || page.over() != bytes) {
      SiteArticles.Article article = articles.fault(7, "en", false);
      page = HugePage.of(SitePages.chrome("en", article.title(), "", true), article, bytes);
      huge = page;
    }
    return page;
  }

  // ---- State

  private synchronized boolean exists(int id) {
    return id >= FIRST_ID && id <= last;
  }

  private void checkId(int id) {
    if (!exists(id)) {
      throw new IllegalArgumentException("No document " + id + " (ids run from " + FIRST_ID
          + " to " + last + ")");
    }
  }

  private synchronized Instant latest() {
    return latest;
  }

  /** A new change time: now to the second, and later than any before (HTTP dates have seconds). */
  private Instant tick() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    latest = now.isAfter(latest) ? now : latest.plusSeconds(1);
    return latest;
  }

  private static Instant baseModified(int id) {
    return EPOCH.plus(id, ChronoUnit.MINUTES);
  }

  private synchronized Map<String, Instant> sitemap() {
    Map<String, Instant> out = new LinkedHashMap<>();
    for (String lang : List.of("en", "ru")) {
      for (int id = FIRST_ID; id <= last; id++) {
        String path = documentPath(lang, id);
        out.put(path, modified.getOrDefault(path, baseModified(id)));
      }
    }
    out.put(PRIVATE_IN_SITEMAP, EPOCH);
    return out;
  }
}
