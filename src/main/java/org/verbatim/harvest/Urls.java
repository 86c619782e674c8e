package org.verbatim.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Web addresses as the harvest compares them: only {@code http} and {@code https} with a host,
 * without the {@code #fragment} (which names a place in a page, not a page).
 *
 * <p>Links on real pages are often not valid URIs (spaces, Cyrillic letters, brackets in a
 * query), so {@link #toUri} escapes what {@link URI} refuses instead of dropping the link.
 */
final class Urls {

  private static final String HEX = "0123456789ABCDEF";

  private Urls() {}

  /**
   * The web address in {@code text} without its fragment, or null when it is not an absolute
   * http(s) address with a host ({@code javascript:}, {@code mailto:}, a relative path, garbage).
   */
  static URI toUri(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    if (!s.regionMatches(true, 0, "http://", 0, 7) && !s.regionMatches(true, 0, "https://", 0, 8)) {
      return null;
    }
    try {
      URI uri = new URI(escape(s));
      return isWeb(uri) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** True for an absolute http or https address with a host. */
  static boolean isWeb(URI uri) {
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /** The address without its fragment. */
  static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  /**
   * True when two addresses name the same page as far as a crawl cares: http and https, the
   * host's case and a final slash of the path make no difference; the path's case, the query and
   * the port do.
   */
  static boolean samePage(URI a, URI b) {
    return key(a).equals(key(b));
  }

  private static String key(URI uri) {
    String path = Objects.requireNonNullElse(uri.getRawPath(), "");
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host + ":" + uri.getPort() + path + query;
  }

  /**
   * Percent-encodes, as UTF-8, every character that a URI may not hold as it is: controls,
   * spaces, non-ASCII letters, {@code "<>\^`{|}}, square brackets after the host, and a
   * {@code %} that does not start an escape.
   */
  private static String escape(String s) {
    int pathStart = -1;
    for (int i = s.indexOf("//") + 2; i < s.length() && pathStart < 0; i++) {
      if ("/?#".indexOf(s.charAt(i)) >= 0) {
        pathStart = i;
      }
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = c <= ' ' || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0
          || (pathStart >= 0 && i >= pathStart && (c == '[' || c == ']'))
          || (c == '%' && !isEscape(s, i));
      if (!bad) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
      for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
      }
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && HEX.indexOf(Character.toUpperCase(s.charAt(i + 1))) >= 0
        && HEX.indexOf(Character.toUpperCase(s.charAt(i + 2))) >= 0;
  }
}
