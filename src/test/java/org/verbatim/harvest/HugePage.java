package org.verbatim.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@link LoopbackSite#HUGE}: the site's chrome around an article whose paragraphs repeat until the
 * page is larger than {@code over} bytes (by less than one round of paragraphs). It is written
 * piece by piece and never held whole, so a large {@code over} costs no memory.
 *
 * @param over    the size the page exceeds
 * @param prefix  the chrome's top, the article's opening, date and title
 * @param unit    the article's paragraphs, written {@code repeats} times
 * @param repeats how many times {@code unit} is written
 * @param suffix  the article's end and the chrome's bottom
 * @param etag    the quoted hash of the whole page, as {@link Reply#etag} makes it
 */
record HugePage(long over, byte[] prefix, byte[] unit, long repeats, byte[] suffix,
    String etag) {

  static HugePage of(SitePages.Chrome chrome, SiteArticles.Article article, long over) {
    String html = article.html();
    int paragraphs = html.indexOf("<p>");
    if (paragraphs < 0) {
      throw new IllegalStateException("The article has no paragraph: " + article.title());
    }
    byte[] prefix = (chrome.top() + "<div class=\"article\">\n" + html.substring(0, paragraphs))
        .getBytes(StandardCharsets.UTF_8);
    byte[] unit = html.substring(paragraphs).getBytes(StandardCharsets.UTF_8);
    byte[] suffix = ("</div>\n" + chrome.bottom()).getBytes(StandardCharsets.UTF_8);
    long rest = over + 1 - prefix.length - suffix.length;
    long repeats = Math.max(1, (rest + unit.length - 1) / unit.length);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(prefix);
      for (long i = 0; i < repeats; i++) {
        digest.update(unit);
      }
      digest.update(suffix);
      String etag = "\"" + HexFormat.of().formatHex(digest.digest()).substring(0, 32) + "\"";
      return new HugePage(over, prefix, unit, repeats, suffix, etag);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK has no SHA-256", e);
    }
  }

  /** The page's size in bytes. */
  long length() {
    return prefix.length + repeats * unit.length + suffix.length;
  }

  /** Writes the page to {@code out}, recording the bytes in {@code entry}. */
  void write(OutputStream out, RequestLog.Entry entry) throws IOException {
    out.write(prefix);
    entry.wrote(prefix.length);
    for (long i = 0; i < repeats; i++) {
      out.write(unit);
      entry.wrote(unit.length);
    }
    entry.served();
    out.write(suffix);
    entry.wrote(suffix.length);
  }
}
