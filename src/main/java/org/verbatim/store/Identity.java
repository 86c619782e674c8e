package org.verbatim.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Publication;

/**
 * Decides which publication a page is a version of, and gives that publication its public id.
 *
 * <p>A page's <b>identity key</b> is, in this order of preference:
 * <ol>
 *   <li>{@code url:} and the page's source URL when it is known (from the raw page, else from the
 *       parsed source), with scheme and host lower-cased, a default port and a {@code #fragment}
 *       removed: {@code url:https://example.org/news/123};</li>
 *   <li>else, when the page states when it was published, {@code header:} and the hex SHA-256
 *       of {@code language|published|title}, each part normalised (Unicode NFC, lower case in
 *       {@link Locale#ROOT}, typographic apostrophes and quotes as ASCII, runs of white space as
 *       one space, trimmed; an absent title is empty). {@code published} is the date-time as
 *       printed ({@code 2019-02-24T08:00}): two statements with one title on one day are two
 *       publications when their times differ;</li>
 *   <li>else, when the page gives no date, {@code path:} and the file it was read from, with
 *       {@code /} as separator: undated titles repeat ("Press release on …"), so a title alone
 *       is no identity;</li>
 *   <li>else {@code title:} and the hash of the normalised language and title, when there is a
 *       title;</li>
 *   <li>else (no URL, title, date or path) {@code sha256:} and the hash of the bytes.</li>
 * </ol>
 * The same page read again therefore has the same key; a page whose text changed but whose URL,
 * or header and title, did not, has the same key too and becomes a new version.
 *
 * <p>The <b>public id</b> of a publication is the first 16 hex digits (64 bits) of the SHA-256 of
 * its key, e.g. {@code 3f9a0c1b2d4e5f60}: short, URL-safe, and the same in every archive that
 * ingests the same page, so links and a rebuilt archive agree. Two keys sharing an id is not
 * expected below billions of publications; the store refuses such a pair with a clear message
 * rather than merging them.
 */
public final class Identity {

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\p{IsWhite_Space}\\u200B]+");

  private Identity() {}

  /** The identity key of {@code page} as parsed into {@code parsed}. */
  public static String key(RawPage page, Publication parsed) {
    String url = page.url() != null ? page.url()
        : parsed.source() != null ? parsed.source().url() : null;
    if (url != null && !url.isBlank()) {
      return "url:" + normaliseUrl(url);
    }
    if (parsed.published() != null) {
      String header = normalise(parsed.language()) + "|" + parsed.published() + "|"
          + normalise(parsed.title());
      return "header:" + Hashes.sha256Hex(header.getBytes(StandardCharsets.UTF_8));
    }
    if (page.path() != null && !page.path().isBlank()) {
      return "path:" + normalisePath(page.path());
    }
    if (parsed.title() != null && !parsed.title().isBlank()) {
      String title = normalise(parsed.language()) + "|" + normalise(parsed.title());
      return "title:" + Hashes.sha256Hex(title.getBytes(StandardCharsets.UTF_8));
    }
    return "sha256:" + page.sha256();
  }

  /**
   * Whether a publication with identity {@code key}, whose latest version was read from the same
   * bytes as {@code page}, is the one {@link #key} would choose for {@code page} once parsed. The
   * bytes decide the title and date, so only the URL and the path need comparing.
   */
  static boolean couldBe(String key, RawPage page, String sourceSha256) {
    if (page.url() != null && !page.url().isBlank()) {
      return key.equals("url:" + normaliseUrl(page.url()));
    }
    if (key.startsWith("header:") || key.startsWith("title:")) {
      return true;
    }
    if (key.startsWith("path:")) {
      return page.path() != null && key.equals("path:" + normalisePath(page.path()));
    }
    return key.equals("sha256:" + sourceSha256);
  }

  /** The public id of the publication whose identity key is {@code key}: 16 lower-case hex. */
  public static String id(String key) {
    return Hashes.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** Whether {@code text} has the form of a public id (16 lower-case hex digits). */
  public static boolean isId(String text) {
    return text != null && text.length() == 16 && isHex(text);
  }

  static boolean isHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** NFC, lower case, ASCII apostrophes and quotes, white space collapsed; null becomes empty. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String ascii = nfc.replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201C', '"').replace('\u201D', '"');
    return WHITE_SPACE.matcher(ascii).replaceAll(" ").strip();
  }

  static String normalisePath(String path) {
    return path.strip().replace('\\', '/');
  }

  static String normaliseUrl(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null) {
        return trimmed;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == 80 && scheme.equals("http")
          || port == 443 && scheme.equals("https");
      String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme + "://" + userInfo + uri.getHost().toLowerCase(Locale.ROOT)
          + (port < 0 || defaultPort ? "" : ":" + port)
          + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      // Not a URI we can take apart (a scraper's odd characters): the text itself is still a
      // stable key, only without the case and port normalisation.
      return trimmed;
    }
  }
}
