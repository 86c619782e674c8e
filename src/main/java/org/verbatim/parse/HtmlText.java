package org.verbatim.parse;

/** TEMPORARY placeholder until main-content extraction lands. */
final class HtmlText {
  private HtmlText() {}

  static String extract(String html) {
    return org.jsoup.Jsoup.parse(html).text();
  }
}
