package org.verbatim.harvest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The text of a {@link LoopbackSite}'s pages: a ministry-like chrome (a header with a menu and a
 * language switcher, a footer of additional materials) around listings and articles, the broken
 * page, {@code robots.txt} and the sitemap. Every page's footer says the site is synthetic.
 */
final class SitePages {

  /** A link in a listing's {@code <div class="items">}. */
  record Item(String href, String title) {}

  /** A page's chrome, split where its content goes. */
  record Chrome(String top, String bottom) {
    String around(String content) {
      return top + content + bottom;
    }
  }

  private SitePages() {}

  /**
   * The chrome of a page in {@code lang} titled {@code title}, with {@code languageLink} (an
   * {@code <a class="lang">} element, or empty) in its header; without {@code metaCharset}, the
   * page names no charset of its own and the transport's decides.
   */
  static Chrome chrome(String lang, String title, String languageLink, boolean metaCharset) {
    boolean en = lang.equals("en");
    String top = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n"
        + (metaCharset ? "<meta charset=\"utf-8\">\n" : "")
        + "<title>" + escape(title) + (en ? " | Loopback Ministry" : " | Петлевое министерство")
        + "</title>\n</head>\n<body>\n"
        + "<header class=\"site-header\">\n<div class=\"logo\"><a href=\"/" + lang + "/\">"
        + (en ? "Loopback Ministry of Foreign Affairs" : "Петлевое министерство иностранных дел")
        + "</a></div>\n<nav class=\"menu\"><ul>"
        + menuItem("/" + lang + "/", en ? "Home" : "Главная")
        + menuItem("/" + lang + "/briefings/", en ? "Briefings" : "Брифинги")
        + menuItem("/" + lang + "/statements/", en ? "Statements" : "Заявления")
        + menuItem("/" + lang + "/contacts/", en ? "Contacts" : "Контакты")
        + "</ul></nav>\n<div class=\"languages\">" + languageLink + "</div>\n</header>\n"
        + "<main>\n";
    String bottom = "</main>\n<footer class=\"site-footer\">\n<h2>"
        + (en ? "Additional materials" : "Дополнительные материалы") + "</h2>\n<ul>"
        + menuItem("/" + lang + "/photos/", en ? "Photos" : "Фото")
        + menuItem("/" + lang + "/video/", en ? "Video" : "Видео")
        + menuItem("/" + lang + "/archive/", en ? "Archive" : "Архив")
        + "</ul>\n<p class=\"notice\">"
        + (en ? "A synthetic test site: every page, speaker and word on it is invented."
            : "Синтетический тестовый сайт: все страницы, выступающие и слова на нём вымышлены.")
        + "</p>\n</footer>\n</body>\n</html>\n";
    return new Chrome(top, bottom);
  }

  private static String menuItem(String href, String text) {
    return "<li><a href=\"" + href + "\">" + text + "</a></li>";
  }

  /** The link to the other language's version of a page at {@code href}, in {@code lang}. */
  static String languageLink(String lang, String href) {
    return "<a class=\"lang\" hreflang=\"" + lang + "\" href=\"" + href + "\">"
        + (lang.equals("en") ? "English" : "Русский") + "</a>";
  }

  /**
   * Listing page {@code page} of {@code pages} in {@code lang}: {@code items} in
   * {@code <div class="items">}, then the pager, whose {@code a.next} is there when a next page
   * is.
   */
  static String listing(String lang, int page, int pages, List<Item> items) {
    boolean en = lang.equals("en");
    String listing = "/" + lang + "/briefings/";
    String other = en ? "ru" : "en";
    StringBuilder out = new StringBuilder();
    out.append("<h1>").append(en ? "Briefings" : "Брифинги").append("</h1>\n")
        .append("<div class=\"items\">\n");
    for (Item item : items) {
      out.append("<div class=\"item\"><a class=\"item-title\" href=\"").append(item.href())
          .append("\">").append(escape(item.title())).append("</a></div>\n");
    }
    out.append("</div>\n<div class=\"pager\">");
    if (page > 1) {
      out.append("<a class=\"prev\" href=\"").append(listing)
          .append(page == 2 ? "" : "?page=" + (page - 1)).append("\">")
          .append(en ? "Previous" : "Предыдущая").append("</a> ");
    }
    out.append("<span class=\"current\">").append(en ? "Page " : "Страница ").append(page)
        .append(en ? " of " : " из ").append(pages).append("</span>");
    if (page < pages) {
      out.append(" <a class=\"next\" href=\"").append(listing).append("?page=").append(page + 1)
          .append("\">").append(en ? "Next" : "Следующая").append("</a>");
    }
    out.append("</div>\n");
    String title = (en ? "Briefings" : "Брифинги") + (page > 1 ? ", " + page : "");
    return chrome(lang, title, languageLink(other, "/" + other + "/briefings/"), true)
        .around(out.toString());
  }

  /**
   * The content of a document page at {@code path}: a breadcrumb back to the listing, the
   * article (with {@code added}, the paragraphs of later revisions, at its end) and a link to
   * itself.
   */
  static String documentContent(String lang, String path, SiteArticles.Article article,
      String added) {
    boolean en = lang.equals("en");
    return "<nav class=\"breadcrumbs\"><a href=\"/" + lang + "/\">" + (en ? "Home" : "Главная")
        + "</a> › <a href=\"/" + lang + "/briefings/\">" + (en ? "Briefings" : "Брифинги")
        + "</a></nav>\n<div class=\"article\">\n" + article.html() + added + "</div>\n"
        + "<p class=\"permalink\"><a href=\"" + path + "\">"
        + (en ? "Permanent link" : "Постоянная ссылка") + "</a> · <a href=\"/" + lang
        + "/briefings/\">" + (en ? "All briefings" : "Все брифинги") + "</a></p>\n";
  }

  /**
   * A page as careless sites print it: no doctype, no {@code <html>}, an unclosed {@code <b>}, a
   * stray {@code </div>}, paragraphs never closed and the article never closed either.
   */
  static String broken(SiteArticles.Article article) {
    return "<head><title>" + escape(article.title()) + "</title>\n<body>\n"
        + "<div class=\"site-header\"><b>Loopback Ministry of Foreign Affairs\n"
        + "<nav class=\"menu\"><a href=\"/en/\">Home</a> <a href=\"/en/briefings/\">Briefings"
        + "</a></nav>\n</div></div>\n<div class=\"article\">\n"
        + article.html().replace("</p>", "")
        + "<p class=\"notice\">A synthetic test site: every page, speaker and word on it is "
        + "invented.\n";
  }

  /** A short page for an error or a redirect. */
  static String message(String lang, String title, String text) {
    return chrome(lang, title, "", true).around("<h1>" + escape(title) + "</h1>\n<p>"
        + escape(text) + "</p>\n");
  }

  /** {@code robots.txt}: {@code /private/} disallowed, a crawl delay unless zero, the sitemap. */
  static String robots(String base, Duration crawlDelay) {
    String delay = crawlDelay.isZero() ? ""
        : "Crawl-delay: " + BigDecimal.valueOf(crawlDelay.toMillis(), 3).stripTrailingZeros()
            .toPlainString() + "\n";
    return "User-agent: *\nDisallow: /private/\n" + delay + "\nSitemap: " + base
        + "/sitemap.xml\n";
  }

  /** A sitemap of {@code lastModified}'s paths (in its order), each with its {@code lastmod}. */
  static String sitemap(String base, Map<String, Instant> lastModified) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    lastModified.forEach((path, at) -> out.append("<url><loc>").append(base).append(path)
        .append("</loc><lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(at))
        .append("</lastmod></url>\n"));
    return out.append("</urlset>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
