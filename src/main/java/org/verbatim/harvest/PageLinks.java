package org.verbatim.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the links of a listing or document page for a {@link SiteProfile}: jsoup parses the
 * page with its own URL as the base (a {@code <base href>} in the page wins, as in a browser),
 * and every link becomes an absolute {@link URI} without fragment, or is dropped when it is not
 * a web address.
 */
final class PageLinks {

  private PageLinks() {}

  static SiteProfile.Links listing(SiteProfile profile, URI pageUrl, String html) {
    URI self = Urls.withoutFragment(pageUrl);
    Document page = Jsoup.parse(html, self.toString());
    Set<URI> documents = new LinkedHashSet<>();
    for (URI url : hrefs(page.select(profile.documentLinks()))) {
      if (profile.isDocument(url)) {
        documents.add(url);
      }
    }
    List<URI> candidates = new ArrayList<>();
    if (profile.nextPage() != null) {
      candidates.addAll(hrefs(page.select(profile.nextPage())));
    }
    for (Element link : page.select("link[rel][href]")) {
      if (hasToken(link.attr("rel"), "next")) {
        addUrl(link, candidates);
      }
    }
    if (profile.listingPages() != null) {
      for (URI url : hrefs(page.select("a[href]"))) {
        if (profile.listingPages().matcher(url.toString()).matches()) {
          candidates.add(url);
        }
      }
    }
    Set<URI> listings = new LinkedHashSet<>();
    for (URI url : candidates) {
      if (profile.allows(url) && !Urls.samePage(url, self) && !documents.contains(url)
          && !profile.isDocument(url)) {
        listings.add(url);
      }
    }
    return new SiteProfile.Links(List.copyOf(documents), List.copyOf(listings));
  }

  static List<URI> languageVersions(SiteProfile profile, URI documentUrl, String html) {
    if (profile.languageLinks() == null) {
      return List.of();
    }
    URI self = Urls.withoutFragment(documentUrl);
    Document page = Jsoup.parse(html, self.toString());
    Set<URI> versions = new LinkedHashSet<>();
    for (URI url : hrefs(page.select(profile.languageLinks()))) {
      if (profile.allows(url) && !Urls.samePage(url, self)) {
        versions.add(url);
      }
    }
    return List.copyOf(versions);
  }

  /**
   * The web addresses of the elements in page order: an element's own {@code href}, or for an
   * element without one (a list item, a heading) the {@code href}s of the links inside it.
   */
  private static List<URI> hrefs(Elements elements) {
    List<URI> out = new ArrayList<>();
    for (Element element : elements) {
      if (element.hasAttr("href")) {
        addUrl(element, out);
      } else {
        for (Element link : element.select("a[href]")) {
          addUrl(link, out);
        }
      }
    }
    return out;
  }

  private static void addUrl(Element element, List<URI> out) {
    URI url = Urls.toUri(element.absUrl("href"));
    if (url != null) {
      out.add(url);
    }
  }

  private static boolean hasToken(String attribute, String token) {
    for (String part : attribute.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (part.equals(token)) {
        return true;
      }
    }
    return false;
  }
}
