package org.verbatim.harvest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds {@link SiteProfile#generic}: the regular expressions that tell a generic site's
 * documents from its listing pages, from the start URL alone (the rules are in that method's
 * javadoc). Everything is written into the two patterns, so that a generic profile behaves like
 * any declared one.
 */
final class GenericProfile {

  static final String NAME = "generic";

  /** {@code rel="next"} on links and in the head, and links that read as "next". */
  private static final String NEXT = "a[rel~=(?i)\\bnext\\b], link[rel~=(?i)\\bnext\\b], "
      + "a:matches((?i)^\\s*(?:(?:next|следующая|下一页)(?:\\s+(?:page|страница))?\\s*[›»]*"
      + "|[›»])\\s*$)";

  private static final String LANGUAGES = "a[hreflang], link[rel=alternate][hreflang]";

  /** Files that are not pages, told by the end of the path. */
  private static final String NOT_A_PAGE = "(?![^?#]*\\.(?:pdf|jpe?g|png|gif|webp|svg|ico|bmp|tiff?"
      + "|css|js|mjs|json|xml|rss|atom|txt|csv|ics|zip|gz|tgz|rar|7z|docx?|xlsx?|pptx?|odt|ods"
      + "|rtf|epub|mp3|mp4|m4a|m4v|ogg|wav|avi|mov|webm|flv|woff2?|ttf|otf|eot)(?:[?#]|$))";

  /** Feeds, taxonomy and search pages: lists of documents, not documents. */
  private static final String NOT_A_LIST = "(?![^?#]*/(?:feed|rss|atom)/?(?:[?#]|$))"
      + "(?![^?#]*/(?:tag|tags|category|categories|author|authors|search)/)"
      + "(?![^#]*[?&](?:s|q|query|search)=)";

  private GenericProfile() {}

  static SiteProfile of(URI start) {
    if (!Urls.isWeb(start)) {
      throw new IllegalArgumentException("A generic profile starts from an absolute http(s) URL,"
          + " not " + start);
    }
    URI page = Urls.withoutFragment(start);
    String host = page.getHost().toLowerCase(Locale.ROOT);
    String path = page.getRawPath() == null || page.getRawPath().isEmpty()
        ? "/" : page.getRawPath();
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String query = page.getRawQuery() == null ? "" : Pattern.quote("?" + page.getRawQuery());
    String site = "https?://" + Pattern.quote(host) + "(?::\\d+)?";
    String listing = site + "(?:"
        + Pattern.quote(folder) + "[^#]*[?&](?:page|p|PAGEN_\\d+)=\\d+(?:&[^#]*)?"
        + "|" + Pattern.quote(folder) + "(?:[^?#]*/)?page/\\d+/?(?:\\?[^#]*)?"
        + "|" + Pattern.quote(folder) + "(?:[^?#]*/)?index_\\d+\\.s?html?(?:\\?[^#]*)?"
        + ")";
    String notStart = "(?!" + site + Pattern.quote(base) + "/?" + query + "$)";
    String documents = "(?!" + listing + "$)" + notStart + NOT_A_PAGE + NOT_A_LIST
        + site + Pattern.quote(folder) + "[^?#][^#]*";
    return new SiteProfile(NAME, "Any site: the pages under " + host + folder, null,
        List.of(host), List.of(page), ProfileJson.DEFAULT_LINKS, NEXT,
        Pattern.compile(listing, Pattern.CASE_INSENSITIVE), ProfileJson.DEFAULT_MAX_PAGES,
        Pattern.compile(documents, Pattern.CASE_INSENSITIVE), List.of(), true, null, LANGUAGES,
        false, null, null, null, NAME);
  }
}
