package org.verbatim.parse;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's address says when the page itself does not: a date in its path ({@code
 * /2023/02/04/}, {@code /2022-08-09-…}, {@code /t20200718_…}, {@code …-march-9-2023/}) and the
 * words of its last segment ({@code department-press-briefing-march-9-2023}), for the kind.
 * Stateless; thread-safe.
 */
final class Address {

  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/\\-_]?(\\d{2})[/\\-_]?(\\d{2})(?!\\d)");

  private Address() {}

  /** The date the address's path holds, or null. */
  static LocalDate date(String url) {
    if (url == null) {
      return null;
    }
    String path = path(url);
    String words = path.replace('-', ' ').replace('_', ' ').replace('/', ' ');
    Dates.Found found = Dates.last(words);
    if (found != null) {
      return found.date();
    }
    Matcher m = YEAR_MONTH_DAY.matcher(path);
    LocalDate last = null;
    while (m.find()) {
      LocalDate date = Dates.localDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (date != null) {
        last = date;
      }
    }
    return last;
  }

  /** The words of the address's last segment, for telling the kind: hyphens read as spaces. */
  static String words(String url) {
    if (url == null) {
      return "";
    }
    String path = path(url);
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    int start = path.lastIndexOf('/', end - 1) + 1;
    String segment = path.substring(start, end);
    int dot = segment.lastIndexOf('.');
    if (dot > 0) {
      segment = segment.substring(0, dot);
    }
    return segment.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String path(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (start < 0) {
      return "";
    }
    int end = url.length();
    for (char c : new char[] {'?', '#'}) {
      int at = url.indexOf(c, start);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(start, end);
  }
}
