package org.verbatim.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a SolrCloud index lives and how its collection is shaped: the cluster by ZooKeeper
 * address ({@link #zkHosts()}, optionally under a {@link #zkChroot()}) or by Solr base URLs
 * ({@link #solrUrls()}), exactly one of the two; the collection's name, shards and replicas (used
 * when Verbatim creates the collection).
 *
 * <pre>{@code
 * CloudSettings.parse("zk:zk1:2181,zk2:2181/solr", "verbatim", 2, 2);
 * CloudSettings.parse("http://solr1:8983/solr,http://solr2:8983/solr", "verbatim", 2, 2);
 * }</pre>
 *
 * @param zkHosts    ZooKeeper {@code host:port} addresses; empty when {@code solrUrls} is used
 * @param zkChroot   the ZooKeeper path Solr keeps its state under ({@code /solr}), or null
 * @param solrUrls   Solr base URLs ({@code http://host:8983/solr}); empty when {@code zkHosts} is
 * @param collection the collection's name: letters, digits, {@code _ . -}, not starting with -
 * @param shards     the number of shards, from 1
 * @param replicas   the replicas of each shard, from 1
 */
public record CloudSettings(List<String> zkHosts, String zkChroot, List<String> solrUrls,
    String collection, int shards, int replicas) {

  /** The prefix of a ZooKeeper spec: {@code zk:host:port}. */
  public static final String ZK_PREFIX = "zk:";

  private static final Pattern HOST_PORT =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:[0-9]{1,5}");
  private static final Pattern CHROOT = Pattern.compile("(/[A-Za-z0-9_.-]+)+");
  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*");

  public CloudSettings {
    zkHosts = List.copyOf(zkHosts);
    solrUrls = List.copyOf(solrUrls);
    Objects.requireNonNull(collection, "collection");
    if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
      throw new IllegalArgumentException("A SolrCloud index needs either ZooKeeper addresses or "
          + "Solr base URLs, not " + (zkHosts.isEmpty() ? "neither" : "both"));
    }
    if (zkChroot != null && zkHosts.isEmpty()) {
      throw new IllegalArgumentException("A ZooKeeper chroot (" + zkChroot
          + ") needs ZooKeeper addresses");
    }
    if (!COLLECTION.matcher(collection).matches()) {
      throw new IllegalArgumentException("Bad collection name '" + collection
          + "': use letters, digits, '_', '.' and '-', not starting with '-'");
    }
    if (shards < 1) {
      throw new IllegalArgumentException("A collection needs at least 1 shard: " + shards);
    }
    if (replicas < 1) {
      throw new IllegalArgumentException("Each shard needs at least 1 replica: " + replicas);
    }
  }

  /**
   * Reads a cluster address: {@code zk:host:port[,host:port…][/chroot]} or
   * {@code http(s)://host:port/solr[,http(s)://…]}.
   *
   * @throws IllegalArgumentException naming the spec and what is wrong with it
   */
  public static CloudSettings parse(String spec, String collection, int shards, int replicas) {
    Objects.requireNonNull(spec, "spec");
    String trimmed = spec.strip();
    if (trimmed.regionMatches(true, 0, ZK_PREFIX, 0, ZK_PREFIX.length())) {
      return parseZk(spec, trimmed.substring(ZK_PREFIX.length()), collection, shards, replicas);
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      List<String> urls = new ArrayList<>();
      for (String part : trimmed.split(",", -1)) {
        urls.add(solrUrl(spec, part.strip()));
      }
      return new CloudSettings(List.of(), null, urls, collection, shards, replicas);
    }
    throw new IllegalArgumentException("Bad SolrCloud address '" + spec + "': use "
        + "zk:host:port[,host:port...][/chroot] or http://host:port/solr[,http://...]");
  }

  private static CloudSettings parseZk(String spec, String rest, String collection, int shards,
      int replicas) {
    String chroot = null;
    int slash = rest.indexOf('/');
    String hosts = rest;
    if (slash >= 0) {
      chroot = rest.substring(slash);
      hosts = rest.substring(0, slash);
      if (chroot.endsWith("/") && chroot.length() > 1) {
        chroot = chroot.substring(0, chroot.length() - 1);
      }
      if (!CHROOT.matcher(chroot).matches()) {
        throw new IllegalArgumentException("Bad ZooKeeper chroot '" + chroot + "' in '" + spec
            + "': use a path such as /solr");
      }
    }
    List<String> zkHosts = new ArrayList<>();
    for (String part : hosts.split(",", -1)) {
      String host = part.strip();
      if (!HOST_PORT.matcher(host).matches()) {
        throw new IllegalArgumentException("Bad ZooKeeper address '" + host + "' in '" + spec
            + "': use host:port, as in zk:zk1.example.org:2181");
      }
      int port = Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("Bad port " + port + " in '" + spec
            + "': ports run from 1 to 65535");
      }
      zkHosts.add(host);
    }
    return new CloudSettings(zkHosts, chroot, List.of(), collection, shards, replicas);
  }

  private static String solrUrl(String spec, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Bad Solr base URL '" + url + "' in '" + spec + "': "
          + e.getReason(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("Bad Solr base URL '" + url + "' in '" + spec
          + "': it must start with http:// or https://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Bad Solr base URL '" + url + "' in '" + spec
          + "': it names no host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
      throw new IllegalArgumentException("Bad Solr base URL '" + url + "' in '" + spec
          + "': no user, query or fragment, just http://host:port/solr");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException("Bad Solr base URL '" + url + "' in '" + spec
          + "': it needs Solr's path, as in http://" + uri.getAuthority() + "/solr");
    }
    return scheme + "://" + uri.getRawAuthority() + path;
  }

  /** True when the cluster is reached through ZooKeeper, false when through Solr base URLs. */
  public boolean viaZooKeeper() {
    return !zkHosts.isEmpty();
  }

  /** The address as {@link #parse} reads it: {@code zk:h1:2181,h2:2181/solr} or the URLs. */
  public String toSpec() {
    if (viaZooKeeper()) {
      return ZK_PREFIX + String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot);
    }
    return String.join(",", solrUrls);
  }

  /** These settings for another collection of the same cluster, same shape. */
  public CloudSettings withCollection(String name) {
    return new CloudSettings(zkHosts, zkChroot, solrUrls, name, shards, replicas);
  }
}
