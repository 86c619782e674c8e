package org.verbatim.harvest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.store.DocumentId;

/**
 * What a crawler needs to know about one site: where its listings of transcripts start, which
 * links on a listing lead to documents and which to further listing pages, and what in a document
 * is the text. Profiles are declared in JSON, one file a site, and read by {@link #parse} (see
 * {@link SiteProfiles} for where the files are found); {@link #generic} makes one for any site
 * from a single start URL.
 *
 * <pre>{@code
 * SiteProfile mid = SiteProfiles.load(archive).byName("mid-en").orElseThrow();
 * SiteProfile.Links links = mid.listing(pageUrl, html);   // documents, then more listings
 * }</pre>
 *
 * <p>A profile is immutable and safe to share between threads.
 *
 * @param name            the profile's name: its file name without {@code .json}
 * @param title           what the profile harvests, for people
 * @param language        the language of its documents (such as {@code en}), or null
 * @param hosts           the host names it may fetch from, lower case
 * @param start           the listing pages a crawl begins with
 * @param documentLinks   CSS selector of the links on a listing page that may lead to documents
 *                        (an element without {@code href} stands for the links inside it)
 * @param nextPage        CSS selector of the link to the next listing page, or null
 * @param listingPages    what the whole URL of a further listing page matches, or null
 * @param maxPages        how many listing pages a crawl reads at most
 * @param documents       what the whole URL of a document matches
 * @param sitemaps        sitemaps to read for document URLs
 * @param robotsSitemaps  whether to read the sitemaps that the site's robots.txt names
 * @param content         CSS selector of the element that holds a document's title, date and
 *                        text (the first that matches), or null for the whole page
 * @param languageLinks   CSS selector of the links from a document to its versions in other
 *                        languages, or null
 * @param followLanguages whether a crawl fetches those other versions too
 * @param documentId      what the whole URL of a document matches, its group {@code id} being
 *                        the site's own id of the document, the same in every language; or null
 *                        when the profile does not know one
 * @param documentSite    the name the profiles of one site's languages share ({@code kremlin.ru}):
 *                        two pages of one site with the same document id are language versions of
 *                        one publication; null exactly when {@code documentId} is
 * @param delay           seconds to wait between two requests to the site, or null when the
 *                        profile does not say (the crawler waits at least its own default)
 * @param origin          where the profile was read from, for messages: {@code shipped}, a file
 *                        path or {@code generic}
 */
public record SiteProfile(String name, String title, String language, List<String> hosts,
    List<URI> start, String documentLinks, String nextPage, Pattern listingPages, int maxPages,
    Pattern documents, List<URI> sitemaps, boolean robotsSitemaps, String content,
    String languageLinks, boolean followLanguages, Pattern documentId, String documentSite,
    Double delay, String origin) {

  public SiteProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(hosts, "hosts");
    hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    start = List.copyOf(start);
    Objects.requireNonNull(documentLinks, "documentLinks");
    Objects.requireNonNull(documents, "documents");
    sitemaps = List.copyOf(sitemaps);
    Objects.requireNonNull(origin, "origin");
    if (maxPages < 1) {
      throw new IllegalArgumentException("Profile " + name + ": maxPages must be at least 1, not "
          + maxPages);
    }
    if ((documentId == null) != (documentSite == null)) {
      throw new IllegalArgumentException("Profile " + name
          + ": a document id pattern and the site it belongs to go together, not one alone");
    }
    if (delay != null && !(delay >= 0)) {
      throw new IllegalArgumentException("Profile " + name
          + ": the delay must be a number of seconds ≥ 0, not " + delay);
    }
  }

  /**
   * Reads a profile from its JSON (the format is in the README, section "Site profiles").
   *
   * @param name   the profile's name, its file name without {@code .json}
   * @param origin where the JSON was read from, named in messages: {@code shipped} or a path
   * @throws IllegalArgumentException naming the profile, the origin and the key, and saying what
   *     is allowed: unknown keys, values of the wrong kind, CSS selectors jsoup cannot parse,
   *     regular expressions that do not compile, start URLs that are not absolute http(s), lie
   *     outside {@code hosts} or are documents themselves
   */
  public static SiteProfile parse(String name, String json, String origin) {
    return ProfileJson.read(name, json, origin);
  }

  /**
   * A profile named {@code generic} for a site that has none: it reads the listing at
   * {@code start} and the listings it paginates to, and takes for documents the pages beside it.
   *
   * <ul>
   *   <li>hosts: the start URL's host only; robots.txt's sitemaps are read;
   *   <li>documents: any http(s) URL on that host whose path begins with the start URL's folder
   *       (its path up to and including the last {@code /}) and goes on below it, except the
   *       start page itself, listing pages (below), tag, category, author and search pages,
   *       feeds, and files that are not pages (images, PDF, office documents, CSS, scripts,
   *       JSON, XML, archives, audio and video);
   *   <li>listing pages: the common forms of pagination under that folder: {@code ?page=N},
   *       {@code &page=N}, {@code ?p=N}, {@code ?PAGEN_1=N} (Bitrix sites such as mid.ru),
   *       {@code /page/N/} (WordPress), {@code index_N.html} and {@code index_N.shtml} (the
   *       Chinese foreign ministry's sites); a bare number after the start URL's path is a
   *       document id, not a page number;
   *   <li>next page: links with {@code rel="next"} (also {@code <link>} in the head) and links
   *       whose whole text is Next, Next page, Следующая, 下一页, › or »;
   *   <li>language versions: {@code a[hreflang]} and
   *       {@code link[rel=alternate][hreflang]}, not followed; no content selector, no delay of
   *       its own.
   * </ul>
   *
   * @throws IllegalArgumentException when {@code start} is not an absolute http(s) URL
   */
  public static SiteProfile generic(URI start) {
    return GenericProfile.of(start);
  }

  /** True when {@code url} is http or https on one of {@link #hosts} (whatever its case). */
  public boolean allows(URI url) {
    return Urls.isWeb(url) && hosts.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  /** True when {@link #documents} matches the whole of {@code url} and its host is allowed. */
  public boolean isDocument(URI url) {
    return url != null && documents.matcher(url.toString()).matches() && allows(url);
  }

  /**
   * True when {@code url} is allowed and is a start URL (http or https, with or without a final
   * slash) or matches {@link #listingPages}.
   */
  public boolean isListing(URI url) {
    if (!allows(url)) {
      return false;
    }
    URI page = Urls.withoutFragment(url);
    return start.stream().anyMatch(s -> Urls.samePage(s, page))
        || listingPages != null && listingPages.matcher(page.toString()).matches();
  }

  /**
   * What a listing page links to, read with {@code pageUrl} as the base of relative links.
   *
   * <p>Documents are the absolute URLs, without fragment, of the links that
   * {@link #documentLinks} selects and that {@link #isDocument} accepts, in page order, each
   * once. Listings are the links that {@link #nextPage} selects, the {@code <link rel="next">} of
   * the head, and every {@code a[href]} that {@link #listingPages} matches: on allowed hosts,
   * each once, neither documents nor the page itself. {@code javascript:}, {@code mailto:} and
   * other non-web links are ignored.
   */
  public Links listing(URI pageUrl, String html) {
    return PageLinks.listing(this, pageUrl, html);
  }

  /**
   * The versions of a document in other languages that its page links to with
   * {@link #languageLinks}: on allowed hosts, without fragment, in page order, each once, not the
   * page itself; empty when the profile has no such selector.
   */
  public List<URI> languageVersions(URI documentUrl, String html) {
    return PageLinks.languageVersions(this, documentUrl, html);
  }

  /**
   * The site's own id of the document at {@code url} ({@code kremlin.ru} and {@code 12345} for
   * {@code http://en.kremlin.ru/events/president/transcripts/12345}) when {@link #documentId}
   * matches the whole URL, else null.
   */
  public DocumentId documentId(String url) {
    if (documentId == null || url == null) {
      return null;
    }
    Matcher m = documentId.matcher(url);
    return m.matches() ? new DocumentId(documentSite, m.group(ProfileJson.ID_GROUP)) : null;
  }

  /**
   * What one listing page leads to.
   *
   * @param documents pages to fetch as documents, in page order
   * @param listings  further listing pages to read
   */
  public record Links(List<URI> documents, List<URI> listings) {

    public Links {
      documents = List.copyOf(documents);
      listings = List.copyOf(listings);
    }
  }
}
