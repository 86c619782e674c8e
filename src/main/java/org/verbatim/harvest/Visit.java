package org.verbatim.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.verbatim.internal.Hashes;
import org.verbatim.store.CrawlLog;
import org.verbatim.store.CrawlLog.Address;
import org.verbatim.store.CrawlLog.Link;

/**
 * One address of the frontier visited: asked for (conditionally when it is known), redirects
 * followed, and what came back recorded in the store with what it leads to. Every outcome ends
 * in exactly one {@link CrawlLog#record}: the address is then done, skipped, failed, fetched
 * (a document waiting for its ingest) or queued again (to be tried later in the crawl).
 */
final class Visit {

  /** What a page must be to be read as a document. */
  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml",
      "text/plain", "");

  /** How an address that redirects to a document says so in the frontier. */
  static final String REDIRECTED = "redirected to ";

  private final Crawler crawler;
  private final SiteProfile site;
  private final Address address;
  private final CrawlLog log;

  Visit(Crawler crawler, SiteProfile site, Address address) {
    this.crawler = crawler;
    this.site = site;
    this.address = address;
    this.log = crawler.log();
  }

  void run() throws IOException, InterruptedException {
    URI uri = URI.create(address.url());
    if (!site.allows(uri)) {
      skip(null, "outside the hosts of site " + site.name());
      return;
    }
    if (CrawlLog.LISTING.equals(address.role()) && address.depth() > 0
        && crawler.options().since() != null && address.foundOn() != null
        && log.onlyOlderThan(address.foundOn(), crawler.options().since().toString())) {
      skip(null, "paging stopped: the listing page before it held only documents published"
          + " before " + crawler.options().since());
      return;
    }
    if (CrawlLog.LISTING.equals(address.role()) && address.depth() >= site.maxPages()) {
      skip(null, "beyond the " + site.maxPages() + " listing pages the profile follows");
      return;
    }
    List<Map.Entry<String, String>> conditional = new ArrayList<>();
    if (address.etag() != null) {
      conditional.add(Map.entry("If-None-Match", address.etag()));
    }
    if (address.lastModified() != null) {
      conditional.add(Map.entry("If-Modified-Since", address.lastModified()));
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(address.url());
    for (int hop = 0; ; hop++) {
      Host host = crawler.host(site, uri);
      if (host.stopped() != null) {
        fail(null, "host " + host.name() + " stopped: " + host.stopped(), false);
        return;
      }
      if (!host.robots().isAllowed(uri.toString())) {
        crawler.robotsSkipped();
        skip(null, "disallowed by robots.txt of " + host.name());
        return;
      }
      Fetcher.Answer answer;
      host.acquire();
      try {
        answer = crawler.fetcher().get(uri, hop == 0 ? conditional : List.of());
      } catch (Fetcher.FetchException e) {
        crawler.request();
        host.failed(e.getMessage());
        fail(null, e.getMessage(), !e.getMessage().startsWith("larger than"));
        return;
      } finally {
        host.release();
      }
      crawler.counted(answer);
      crawler.writeWarc(answer);
      int status = answer.status();
      if (status >= 300 && status < 400 && status != 304) {
        host.answered();
        String location = answer.header("location").orElse(null);
        if (location == null) {
          fail(answer, "HTTP " + status + " redirect without a Location", false);
          return;
        }
        URI next;
        try {
          next = uri.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          fail(answer, "HTTP " + status + " redirect to a malformed address: " + location, false);
          return;
        }
        String key = Crawler.normal(next);
        if (!seen.add(key)) {
          fail(answer, "redirect loop: " + String.join(" → ", seen) + " → " + key, false);
          return;
        }
        if (!site.allows(next)) {
          fail(answer, "redirected off the site's hosts to " + key, false);
          return;
        }
        if (hop + 1 > CrawlOptions.MAX_REDIRECTS) {
          fail(answer, "more than " + CrawlOptions.MAX_REDIRECTS + " redirects", false);
          return;
        }
        if (site.isDocument(next) && !CrawlLog.LISTING.equals(address.role())) {
          redirectedTo(answer, key);
          return;
        }
        uri = next;
        continue;
      }
      answered(host, answer);
      return;
    }
  }

  /**
   * A document that redirects to another document address: the target is queued as a document
   * of its own (fetched once however many addresses lead to it), and this address is done,
   * saying where it leads. A chain of such redirects that comes back here is a loop.
   */
  private void redirectedTo(Fetcher.Answer answer, String target) {
    List<String> chain = new ArrayList<>(List.of(address.url(), target));
    for (String at = target; ; ) {
      java.util.Optional<Address> known = log.address(at);
      String leads = known.map(Address::reason).filter(r -> r != null
          && r.startsWith(REDIRECTED)).map(r -> r.substring(REDIRECTED.length())).orElse(null);
      if (leads == null) {
        break;
      }
      chain.add(leads);
      if (leads.equals(address.url()) || chain.size() > CrawlOptions.MAX_REDIRECTS + 2) {
        fail(answer, "redirect loop: " + String.join(" → ", chain), false);
        return;
      }
      at = leads;
    }
    record(answer, null, "redirected", CrawlLog.DONE, 0, null, REDIRECTED + target,
        List.of(new Link(target, site.name(), CrawlLog.DOCUMENT, address.depth(), address.url(),
            null)));
  }

  private void answered(Host host, Fetcher.Answer answer) throws IOException,
      InterruptedException {
    int status = answer.status();
    if (status == 429 || status == 503) {
      Duration wait = Host.retryAfter(answer.header("retry-after").orElse(null), answer.at(),
          host.delay().multipliedBy(4));
      host.retryAfter(wait);
      fail(answer, "HTTP " + status + (answer.header("retry-after").isPresent()
          ? " (Retry-After " + answer.header("retry-after").get() + ")" : ""), true);
      return;
    }
    if (status >= 500) {
      host.failed("HTTP " + status);
      fail(answer, "HTTP " + status, true);
      return;
    }
    host.answered();
    if (status == 304) {
      record(answer, null, "not-modified", CrawlLog.DONE, 0, null, null, List.of());
      return;
    }
    if (status != 200) {
      fail(answer, "HTTP " + status, false);
      return;
    }
    String sha = Hashes.sha256Hex(answer.body());
    switch (address.role()) {
      case CrawlLog.SITEMAP -> {
        List<Link> links;
        try {
          links = Crawler.sitemapLinks(site, address, answer);
        } catch (IOException e) {
          fail(answer, e.getMessage(), false);
          return;
        }
        record(answer, sha, "fetched", CrawlLog.DONE, 0, null, null, links);
      }
      case CrawlLog.LISTING -> {
        if (!isHtml(answer)) {
          fail(answer, "a listing page that is not HTML: " + shownType(answer), false);
          return;
        }
        SiteProfile.Links found = site.listing(answer.uri(), html(answer));
        List<Link> links = new ArrayList<>();
        boolean anyNew = false;
        for (URI document : found.documents()) {
          String url = Crawler.normal(document);
          anyNew |= log.address(url).isEmpty();
          links.add(new Link(url, site.name(), CrawlLog.DOCUMENT, address.depth(), address.url(),
              null));
        }
        // A page that held new documents may have pushed others onto the next page: read it
        // again. A page of known documents ends the paging of a crawl after the first.
        for (URI listing : found.listings()) {
          links.add(new Link(Crawler.normal(listing), site.name(), CrawlLog.LISTING,
              address.depth() + 1, address.url(), null, anyNew));
        }
        record(answer, sha, "fetched", CrawlLog.DONE, 0, null, null, links);
      }
      default -> document(answer, sha);
    }
  }

  private void document(Fetcher.Answer answer, String sha) throws InterruptedException {
    String type = answer.mediaType();
    if (!PAGE_TYPES.contains(type)) {
      crawler.skipped();
      record(answer, sha, "skipped", CrawlLog.SKIPPED, 0, null, "not a page: " + type,
          List.of());
      return;
    }
    if (sha.equals(address.contentSha256()) && address.publicationId() != null) {
      crawler.unchangedBody();
      record(answer, sha, "unchanged", CrawlLog.DONE, 0, null, null, List.of());
      return;
    }
    List<Link> versions = new ArrayList<>();
    if (site.followLanguages() && isHtml(answer)) {
      for (URI other : site.languageVersions(answer.uri(), html(answer))) {
        if (site.isDocument(other)) {
          versions.add(new Link(Crawler.normal(other), site.name(), CrawlLog.DOCUMENT,
              address.depth(), address.url(), null));
        }
      }
    }
    crawler.documentFetched();
    long seq = crawler.nextSeq();
    log.record(crawler.runId(), seq, Crawler.fetch(site, address.url(), address.role(), answer,
        sha, "fetched", null), CrawlLog.FETCHED, 0, answer.body(), versions);
    String url = Crawler.normal(answer.uri());
    crawler.hand(new Crawler.Fetched(crawler.runId(), seq, site.name(), address.url(),
        new org.verbatim.input.RawPage(answer.body(), null, url,
            Crawler.formatOf(answer.header("content-type").orElse(null), answer.body()),
            answer.charset(), answer.at())));
  }

  private void record(Fetcher.Answer answer, String sha, String outcome, String state,
      int failures, byte[] body, String reason, List<Link> links) {
    log.record(crawler.runId(), crawler.nextSeq(), Crawler.fetch(site, address.url(),
        address.role(), answer, sha, outcome, reason), state, failures, body, links);
  }

  private void skip(Fetcher.Answer answer, String reason) {
    record(answer, null, "skipped", CrawlLog.SKIPPED, 0, null, reason, List.of());
  }

  /**
   * A failed try: queued again for later in the crawl when {@code again} and tries are left,
   * else failed for good (the next crawl tries it again).
   */
  private void fail(Fetcher.Answer answer, String reason, boolean again) {
    int tries = address.failures() + 1;
    boolean last = !again || tries >= CrawlOptions.MAX_TRIES;
    String why = last && again ? reason + ", " + tries + " tries" : reason;
    if (last) {
      crawler.failed(address.url(), why);
    }
    record(answer, null, "failed", last ? CrawlLog.FAILED : CrawlLog.QUEUED, tries, null, why,
        List.of());
  }

  private static boolean isHtml(Fetcher.Answer answer) {
    String type = answer.mediaType();
    return type.equals("text/html") || type.equals("application/xhtml+xml") || type.isEmpty();
  }

  private static String shownType(Fetcher.Answer answer) {
    return answer.mediaType().isEmpty() ? "no content type" : answer.mediaType();
  }

  /** The page's HTML as text: the declared charset, else the {@code <meta>} one, else UTF-8. */
  static String html(Fetcher.Answer answer) {
    String declared = answer.charset();
    if (declared != null) {
      try {
        if (Charset.isSupported(declared.toLowerCase(Locale.ROOT))) {
          return new String(answer.body(), Charset.forName(declared));
        }
      } catch (IllegalArgumentException e) {
        // An unknown or malformed name: the page's own <meta>, or UTF-8, decides below.
      }
    }
    try {
      return Jsoup.parse(new java.io.ByteArrayInputStream(answer.body()), null,
          answer.uri().toString()).outerHtml();
    } catch (IOException e) {
      return new String(answer.body(), StandardCharsets.UTF_8);
    }
  }
}
