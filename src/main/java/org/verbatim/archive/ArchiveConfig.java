package org.verbatim.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an archive runs on: its store (embedded SQLite in the folder, or PostgreSQL by JDBC URL)
 * and its index (embedded Solr in the folder, or a SolrCloud collection by ZooKeeper address or
 * Solr base URLs), read from {@value #FILE} in the archive folder.
 *
 * <pre>
 * store = jdbc:postgresql://db.example.org:5432/verbatim
 * store.user = verbatim
 * store.password = ${VERBATIM_STORE_PASSWORD}
 * index = zk:zk1.example.org:2181,zk2.example.org:2181/solr
 * index.collection = verbatim
 * index.shards = 2
 * index.replicas = 2
 * crawl.contact = archive@example.org
 * web.public-url = https://verbatim.example.org
 * </pre>
 *
 * <p>A folder without the file is embedded on both sides. {@code ${NAME}} in a value is replaced by
 * the environment variable NAME when the archive is opened (so secrets stay out of the file); an
 * unset variable is an error naming it. Unknown keys are refused, so that a misspelt key is not
 * silently ignored.
 *
 * @param storeUrl      the JDBC URL of the store, or null for SQLite in the archive folder
 * @param storeUser     the database user, or null
 * @param storePassword the database password as written (possibly {@code ${NAME}}), or null
 * @param index         the SolrCloud address ({@code zk:…} or {@code http(s)://…}), or null for
 *                      embedded Solr in the archive folder
 * @param collection    the SolrCloud collection
 * @param shards        the collection's shards when Verbatim creates it
 * @param replicas      replicas of each shard when Verbatim creates it
 * @param contact       how a site's operator reaches whoever runs this archive's crawls (an
 *                      e-mail address or a web address), sent in the User-Agent of every
 *                      request; null when not given, and then a crawl refuses to start
 * @param publicUrl     the address the site is reached at by its readers ({@code
 *                      https://verbatim.example.org}, behind a proxy), used for every absolute
 *                      link, citation and feed id; null to use the server's own address (never
 *                      the request's {@code Host}, which anyone can set)
 * @param operations    limits, trusted proxies, access log and health threshold for serving
 */
public record ArchiveConfig(String storeUrl, String storeUser, String storePassword,
    String index, String collection, int shards, int replicas, String contact,
    String publicUrl, Operations operations) {

  /** The configuration file in an archive folder. */
  public static final String FILE = "verbatim.properties";

  static final String SQLITE = "sqlite";
  static final String EMBEDDED = "embedded";
  private static final Set<String> KEYS = keys();
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private static Set<String> keys() {
    Set<String> keys = new TreeSet<>(List.of("store", "store.user", "store.password", "index",
        "index.collection", "index.shards", "index.replicas", "crawl.contact", "web.public-url"));
    keys.addAll(Operations.KEYS);
    return Set.copyOf(keys);
  }

  public ArchiveConfig {
    java.util.Objects.requireNonNull(operations, "operations");
    if (storeUrl != null && !storeUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("The store must be " + SQLITE
          + " or a JDBC URL (jdbc:postgresql://host:5432/database), not " + storeUrl);
    }
    if (index != null && !index.startsWith("zk:") && !index.startsWith("http://")
        && !index.startsWith("https://")) {
      throw new IllegalArgumentException("The index must be " + EMBEDDED
          + ", zk:HOST:PORT[,HOST:PORT…][/CHROOT] or http(s)://HOST:PORT/solr[,…], not " + index);
    }
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("The index collection must be a name of letters, digits,"
          + " '_', '.' and '-', not " + collection);
    }
    if (contact != null && (contact.isBlank() || contact.chars().anyMatch(
        c -> c < 0x20 || c > 0x7E || c == '(' || c == ')'))) {
      throw new IllegalArgumentException("The crawl contact must be an e-mail or web address in"
          + " printable ASCII without brackets (it is sent in the User-Agent header), not '"
          + contact + "'");
    }
    if (publicUrl != null
        && !publicUrl.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~%/-]*[^/])?")) {
      throw new IllegalArgumentException("The public URL must be http(s)://HOST[:PORT][/PATH]"
          + " without a query or a final '/', not '" + publicUrl + "'");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("The index needs at least one shard and one replica, not "
          + shards + " shards × " + replicas + " replicas");
    }
  }

  /** SQLite and Solr, both in the archive folder: what a folder without {@value #FILE} uses. */
  public static ArchiveConfig embedded() {
    return new ArchiveConfig(null, null, null, null, "verbatim", 2, 2, null, null,
        Operations.defaults());
  }

  /** True when the store is SQLite in the archive folder. */
  public boolean embeddedStore() {
    return storeUrl == null;
  }

  /** True when the index is Solr in the archive folder. */
  public boolean embeddedIndex() {
    return index == null;
  }

  /**
   * True when both store and index are servers, so that several processes may open the archive
   * at once; an archive with anything embedded is opened by one process at a time.
   */
  public boolean shared() {
    return !embeddedStore() && !embeddedIndex();
  }

  /** The same configuration with another store. */
  public ArchiveConfig withStore(String url, String user, String password) {
    return new ArchiveConfig(url, user, password, index, collection, shards, replicas,
        contact, publicUrl, operations);
  }

  /** The same configuration with another index. */
  public ArchiveConfig withIndex(String address, String collection, int shards, int replicas) {
    return new ArchiveConfig(storeUrl, storeUser, storePassword, address, collection, shards,
        replicas, contact, publicUrl, operations);
  }

  /** The same configuration with another crawl contact. */
  public ArchiveConfig withContact(String contact) {
    return new ArchiveConfig(storeUrl, storeUser, storePassword, index, collection, shards,
        replicas, contact, publicUrl, operations);
  }

  /** The same configuration with another public URL. */
  public ArchiveConfig withPublicUrl(String url) {
    return new ArchiveConfig(storeUrl, storeUser, storePassword, index, collection, shards,
        replicas, contact, url, operations);
  }

  /** The same configuration with other operations settings. */
  public ArchiveConfig withOperations(Operations other) {
    return new ArchiveConfig(storeUrl, storeUser, storePassword, index, collection, shards,
        replicas, contact, publicUrl, other);
  }

  /**
   * The configuration of the archive in {@code dir}: its {@value #FILE}, or {@link #embedded()}
   * when there is none.
   *
   * @throws IOException when the file cannot be read or is not a valid configuration (the message
   *                     names the file and what is wrong)
   */
  public static ArchiveConfig of(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    return Files.exists(file) ? read(file) : embedded();
  }

  /** Reads a configuration file; see {@link #of}. */
  public static ArchiveConfig read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("Could not read the archive configuration " + file + ": " + e, e);
    }
    return parse(new StringReader(text), file.toString());
  }

  static ArchiveConfig parse(Reader text, String where) throws IOException {
    Properties properties = new Properties();
    properties.load(text);
    Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IOException("The archive configuration " + where + " has unknown keys " + unknown
          + "; the keys are " + new TreeSet<>(KEYS));
    }
    ArchiveConfig defaults = embedded();
    String store = value(properties, "store", SQLITE);
    String index = value(properties, "index", EMBEDDED);
    try {
      return new ArchiveConfig(store.equals(SQLITE) ? null : store,
          value(properties, "store.user", null), value(properties, "store.password", null),
          index.equals(EMBEDDED) ? null : index,
          value(properties, "index.collection", defaults.collection()),
          number(properties, "index.shards", defaults.shards(), where),
          number(properties, "index.replicas", defaults.replicas(), where),
          value(properties, "crawl.contact", null),
          value(properties, "web.public-url", null), Operations.parse(properties, where));
    } catch (IllegalArgumentException e) {
      throw new IOException("The archive configuration " + where + " is not valid: "
          + e.getMessage(), e);
    }
  }

  private static String value(Properties properties, String key, String fallback) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int number(Properties properties, String key, int fallback, String where)
      throws IOException {
    String value = value(properties, key, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IOException("The archive configuration " + where + ": " + key
          + " must be a whole number, not '" + value + "'", e);
    }
  }

  /** Writes this configuration as {@value #FILE} into {@code dir}, replacing any there. */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    Path partial = dir.resolve(FILE + ".partial");
    Files.writeString(partial, text(), StandardCharsets.UTF_8);
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The file's text. */
  public String text() {
    List<String> lines = new ArrayList<>();
    lines.add("# Verbatim archive configuration: what this archive's store and index run on.");
    lines.add("# ${NAME} is replaced by the environment variable NAME when the archive is opened.");
    lines.add("store = " + (storeUrl == null ? SQLITE : storeUrl));
    if (storeUser != null) {
      lines.add("store.user = " + storeUser);
    }
    if (storePassword != null) {
      lines.add("store.password = " + storePassword);
    }
    lines.add("index = " + (index == null ? EMBEDDED : index));
    if (index != null) {
      lines.add("index.collection = " + collection);
      lines.add("index.shards = " + shards);
      lines.add("index.replicas = " + replicas);
    }
    if (contact != null) {
      lines.add("crawl.contact = " + contact);
    }
    if (publicUrl != null) {
      lines.add("web.public-url = " + publicUrl);
    }
    lines.addAll(operations.lines());
    return String.join("\n", lines) + "\n";
  }

  /**
   * This configuration with every {@code ${NAME}} replaced from {@code environment}.
   *
   * @throws IllegalArgumentException naming the variable when it is not set
   */
  public ArchiveConfig resolved(Map<String, String> environment) {
    UnaryOperator<String> expand = value -> value == null ? null : expand(value, environment);
    return new ArchiveConfig(expand.apply(storeUrl), expand.apply(storeUser),
        expand.apply(storePassword), expand.apply(index), collection, shards, replicas,
        expand.apply(contact), expand.apply(publicUrl), operations);
  }

  private static String expand(String value, Map<String, String> environment) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = environment.get(m.group(1));
      if (replacement == null) {
        throw new IllegalArgumentException("The archive configuration refers to the environment"
            + " variable " + m.group(1) + ", which is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A JDBC URL with any {@code password=} parameter's value hidden. */
  static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** One line for people: what the store and the index are (never the password). */
  public String describe() {
    return String.format(Locale.ROOT, "store %s, index %s",
        storeUrl == null ? "SQLite in the archive folder" : withoutPassword(storeUrl),
        index == null ? "embedded Solr in the archive folder"
            : "SolrCloud " + index + " collection " + collection);
  }
}
