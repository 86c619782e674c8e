package org.verbatim.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * How an archive is run, from {@value ArchiveConfig#FILE}: the limits that keep a burst of
 * requests from exhausting the machine, the proxies that may say who the client is, the access
 * log, the free disk space below which {@code /health} reports a failure, and whether pages are
 * read for the people and things they name.
 *
 * <pre>
 * store.max-connections = 16
 * web.max-requests = 64
 * web.trusted-proxies = 127.0.0.1, 10.0.0.0/8
 * web.access-log = /var/log/verbatim/access.log
 * health.min-free-disk-mb = 1024
 * entities.recognize = false
 * </pre>
 *
 * @param storeConnections reading connections to the store per process, at most
 * @param maxRequests      requests served at once; more are answered 503 with Retry-After
 * @param trustedProxies   addresses or CIDR ranges whose {@code X-Forwarded-*} headers are
 *                         believed; empty: nobody's
 * @param accessLog        a file to append a line per request to, {@code -} for standard output,
 *                         or null for none
 * @param minFreeDiskMb    free megabytes in the archive folder below which the site is unhealthy
 * @param recognizeEntities whether ingest, reparse and reindex recognise the entities of each page
 *                         (true by default); false stores and indexes pages without them, so
 *                         that {@code about:}, entity facets and pages find nothing
 */
public record Operations(int storeConnections, int maxRequests, List<String> trustedProxies,
    String accessLog, long minFreeDiskMb, boolean recognizeEntities) {

  static final Set<String> KEYS = Set.of("store.max-connections", "web.max-requests",
      "web.trusted-proxies", "web.access-log", "health.min-free-disk-mb", "entities.recognize");

  /** Settings that recognise entities, as by default. */
  public Operations(int storeConnections, int maxRequests, List<String> trustedProxies,
      String accessLog, long minFreeDiskMb) {
    this(storeConnections, maxRequests, trustedProxies, accessLog, minFreeDiskMb, true);
  }

  public Operations {
    trustedProxies = List.copyOf(trustedProxies);
    if (storeConnections < 1) {
      throw new IllegalArgumentException("store.max-connections must be at least 1, not "
          + storeConnections);
    }
    if (maxRequests < 1) {
      throw new IllegalArgumentException("web.max-requests must be at least 1, not "
          + maxRequests);
    }
    if (minFreeDiskMb < 0) {
      throw new IllegalArgumentException("health.min-free-disk-mb cannot be negative: "
          + minFreeDiskMb);
    }
    if (accessLog != null && accessLog.isBlank()) {
      accessLog = null;
    }
  }

  /**
   * The defaults for this machine: {@code 4 × cores} (at least 8) store connections,
   * {@code 32 × cores} requests at once, no trusted proxy, no access log, 500 MB of free disk,
   * entities recognised.
   */
  public static Operations defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new Operations(Math.max(8, 4 * cores), 32 * cores, List.of(), null, 500, true);
  }

  /** The same with another access log ({@code -}, a file, or null for none). */
  public Operations withAccessLog(String log) {
    return new Operations(storeConnections, maxRequests, trustedProxies, log, minFreeDiskMb,
        recognizeEntities);
  }

  /** The same with entity recognition on or off. */
  public Operations withEntities(boolean recognize) {
    return new Operations(storeConnections, maxRequests, trustedProxies, accessLog, minFreeDiskMb,
        recognize);
  }

  static Operations parse(Properties properties, String where) throws IOException {
    Operations d = defaults();
    String proxies = properties.getProperty("web.trusted-proxies");
    List<String> trusted = proxies == null ? List.of() : Arrays.stream(proxies.split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new Operations(
        (int) number(properties, "store.max-connections", d.storeConnections(), where),
        (int) number(properties, "web.max-requests", d.maxRequests(), where),
        trusted, blankToNull(properties.getProperty("web.access-log")),
        number(properties, "health.min-free-disk-mb", d.minFreeDiskMb(), where),
        yesOrNo(properties, "entities.recognize", d.recognizeEntities(), where));
  }

  /** The lines of {@value ArchiveConfig#FILE} for what differs from the defaults. */
  List<String> lines() {
    Operations d = defaults();
    List<String> lines = new ArrayList<>();
    if (storeConnections != d.storeConnections()) {
      lines.add("store.max-connections = " + storeConnections);
    }
    if (maxRequests != d.maxRequests()) {
      lines.add("web.max-requests = " + maxRequests);
    }
    if (!trustedProxies.isEmpty()) {
      lines.add("web.trusted-proxies = " + String.join(", ", trustedProxies));
    }
    if (accessLog != null) {
      lines.add("web.access-log = " + accessLog);
    }
    if (minFreeDiskMb != d.minFreeDiskMb()) {
      lines.add("health.min-free-disk-mb = " + minFreeDiskMb);
    }
    if (!recognizeEntities) {
      lines.add("entities.recognize = false");
    }
    return lines;
  }

  private static long number(Properties properties, String key, long fallback, String where)
      throws IOException {
    String value = blankToNull(properties.getProperty(key));
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IOException("The archive configuration " + where + ": " + key
          + " must be a whole number, not '" + value + "'", e);
    }
  }

  private static boolean yesOrNo(Properties properties, String key, boolean fallback,
      String where) throws IOException {
    String value = blankToNull(properties.getProperty(key));
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IOException("The archive configuration " + where + ": " + key
          + " must be true or false, not '" + value + "'");
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
