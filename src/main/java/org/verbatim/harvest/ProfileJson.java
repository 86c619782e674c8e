package org.verbatim.harvest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jsoup.select.QueryParser;

/**
 * Reads one site profile from JSON, checking every value before the crawler relies on it: keys
 * it does not know, values of the wrong kind, CSS selectors (by jsoup's own parser) and regular
 * expressions (compiled here) fail at once, with a message that names the profile, where it was
 * read from and the key, and says what is allowed.
 */
final class ProfileJson {

  static final String DEFAULT_LINKS = "a[href]";
  static final int DEFAULT_MAX_PAGES = 1000;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern HOST =
      Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
  private static final List<String> KEYS = List.of("title", "language", "hosts", "start",
      "listing", "documents", "sitemaps", "robotsSitemaps", "document", "delay");
  private static final List<String> LISTING_KEYS = List.of("links", "next", "pages", "maxPages");
  private static final List<String> DOCUMENT_KEYS =
      List.of("content", "languages", "followLanguages", "id", "site");
  /** The group of {@code document.id} that holds the site's id of a document. */
  static final String ID_GROUP = "id";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** "profile NAME (ORIGIN)", the start of every message. */
  private final String where;

  private ProfileJson(String name, String origin) {
    this.where = "profile " + name + " (" + origin + ")";
  }

  static SiteProfile read(String name, String json, String origin) {
    ProfileJson reader = new ProfileJson(name, origin);
    if (name == null || !NAME.matcher(name).matches()) {
      throw reader.fail("a profile's name (its file name without .json) must be letters, digits,"
          + " '.', '_' and '-', beginning with a letter or digit");
    }
    if (name.equals(GenericProfile.NAME)) {
      throw reader.fail("the name generic is kept for the profile made from a start URL alone;"
          + " give the file another name");
    }
    return reader.profile(name, json, origin);
  }

  private SiteProfile profile(String name, String json, String origin) {
    JsonNode root = tree(json);
    keys(root, "", KEYS);
    JsonNode listing = object(root, "listing", LISTING_KEYS);
    JsonNode document = object(root, "document", DOCUMENT_KEYS);

    String title = text(root, "title", "a non-empty string");
    String language = text(root, "language", "a language code such as en, ru or zh-Hans");
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw fail(quote("language") + " must be a language code such as en, ru or zh-Hans, not "
          + quote(language));
    }
    List<String> hosts = hosts(root.get("hosts"));
    List<URI> start = urls(root.get("start"), "start", true);
    String links = selector(listing, "links", "listing.links");
    String next = selector(listing, "next", "listing.next");
    Pattern pages = regex(listing, "pages", "listing.pages");
    int maxPages = maxPages(listing);
    if (root.get("documents") == null || root.get("documents").isNull()) {
      throw fail(quote("documents") + " is missing: it must be a regular expression that the"
          + " whole URL of a document matches");
    }
    Pattern documents = regex(root, "documents", "documents");
    List<URI> sitemaps = urls(root.get("sitemaps"), "sitemaps", false);
    boolean robotsSitemaps = flag(root, "robotsSitemaps", "robotsSitemaps");
    String content = selector(document, "content", "document.content");
    String languages = selector(document, "languages", "document.languages");
    boolean followLanguages = flag(document, "followLanguages", "document.followLanguages");
    if (followLanguages && languages == null) {
      throw fail(quote("document.followLanguages") + " is true, but " + quote("document.languages")
          + " does not say which links lead to the other languages");
    }
    Pattern documentId = regex(document, "id", "document.id");
    String site = text(document, "site", "the name of the site, such as kremlin.ru");
    if (documentId != null && !documentId.namedGroups().containsKey(ID_GROUP)) {
      throw fail(quote("document.id") + " must hold a group named id, (?<id>…), around the"
          + " document's id in the URL: " + quote(documentId.pattern()));
    }
    if ((documentId == null) != (site == null)) {
      throw fail(documentId == null
          ? quote("document.site") + " is given without " + quote("document.id")
          : quote("document.id") + " is given without " + quote("document.site")
              + ", the name that the profiles of the site's languages share");
    }
    Double delay = delay(root.get("delay"));

    if (hosts.isEmpty()) {
      hosts = start.stream().map(u -> u.getHost().toLowerCase(Locale.ROOT)).distinct().toList();
    }
    for (URI url : start) {
      String host = url.getHost().toLowerCase(Locale.ROOT);
      if (!hosts.contains(host)) {
        throw fail(quote("start") + " URL " + quote(url.toString()) + " is on " + host
            + ", which is not one of " + quote("hosts") + " " + list(hosts));
      }
      if (documents.matcher(url.toString()).matches()) {
        throw fail(quote("start") + " URL " + quote(url.toString()) + " matches "
            + quote("documents") + "; a crawl starts from listing pages, not documents");
      }
    }
    return new SiteProfile(name, title == null ? name : title, language, hosts, start,
        links == null ? DEFAULT_LINKS : links, next, pages, maxPages, documents, sitemaps,
        robotsSitemaps, content, languages, followLanguages, documentId, site, delay, origin);
  }

  private JsonNode tree(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String place = at == null ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("");
      throw fail("not valid JSON" + place + ": " + reason);
    }
    if (root == null || root.isMissingNode()) {
      throw fail("the file is empty; a profile is a JSON object"
          + " ({ \"start\": …, \"documents\": … })");
    }
    if (!root.isObject()) {
      throw fail("a profile must be a JSON object ({ … }), not " + shorten(root.toString()));
    }
    return root;
  }

  /** The object under {@code key}, checked for unknown keys; an empty object when absent. */
  private JsonNode object(JsonNode root, String key, List<String> allowed) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return MAPPER.createObjectNode();
    }
    if (!node.isObject()) {
      throw fail(quote(key) + " must be an object with the keys " + names(allowed) + ", not "
          + shorten(node.toString()));
    }
    keys(node, key + ".", allowed);
    return node;
  }

  private void keys(JsonNode node, String prefix, List<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        String of = prefix.isEmpty() ? "the keys are "
            : "the keys of " + quote(prefix.substring(0, prefix.length() - 1)) + " are ";
        throw fail("unknown key " + quote(prefix + key) + "; " + of + names(allowed));
      }
    }
  }

  private String text(JsonNode parent, String key, String what) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail(quote(key) + " must be " + what + ", not " + shorten(node.toString()));
    }
    return node.asText().strip();
  }

  private List<String> hosts(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(quote("hosts") + " must be a list of host names, not " + shorten(node.toString()));
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (JsonNode item : node) {
      String host = item.isTextual() ? item.asText().strip().toLowerCase(Locale.ROOT) : "";
      if (!HOST.matcher(host).matches()) {
        throw fail(quote("hosts") + " holds " + shorten(item.toString()) + ", which is not a host"
            + " name (such as www.example.org: no scheme, port or path)");
      }
      out.add(host);
    }
    return List.copyOf(out);
  }

  private List<URI> urls(JsonNode node, String key, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        throw fail(quote(key) + " is missing: it lists the listing pages a crawl begins with"
            + " (absolute http(s) URLs)");
      }
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(quote(key) + " must be a list of absolute http(s) URLs, not "
          + shorten(node.toString()));
    }
    if (required && node.isEmpty()) {
      throw fail(quote(key) + " must list at least one URL");
    }
    List<URI> out = new ArrayList<>();
    for (JsonNode item : node) {
      URI url = item.isTextual() ? Urls.toUri(item.asText()) : null;
      if (url == null || item.asText().contains("#")) {
        throw fail(quote(key) + " URL " + shorten(item.toString())
            + " is not an absolute http(s) URL without #fragment");
      }
      if (!out.contains(url)) {
        out.add(url);
      }
    }
    return List.copyOf(out);
  }

  private String selector(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail(quote(path) + " must be a CSS selector, not " + shorten(node.toString()));
    }
    String selector = node.asText().strip();
    try {
      QueryParser.parse(selector);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw fail(quote(path) + " is not a valid CSS selector: " + quote(selector) + " ("
          + e.getMessage() + ")");
    }
    return selector;
  }

  private Pattern regex(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail(quote(path) + " must be a regular expression, not " + shorten(node.toString()));
    }
    try {
      return Pattern.compile(node.asText());
    } catch (PatternSyntaxException e) {
      throw fail(quote(path) + " is not a valid regular expression: " + quote(node.asText())
          + " (" + e.getDescription() + " near index " + e.getIndex() + ")");
    }
  }

  private int maxPages(JsonNode listing) {
    JsonNode node = listing.get("maxPages");
    if (node == null || node.isNull()) {
      return DEFAULT_MAX_PAGES;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
      throw fail(quote("listing.maxPages") + " must be a whole number ≥ 1, not "
          + shorten(node.toString()));
    }
    return node.intValue();
  }

  private boolean flag(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw fail(quote(path) + " must be true or false, not " + shorten(node.toString()));
    }
    return node.booleanValue();
  }

  private Double delay(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber() || node.doubleValue() < 0) {
      throw fail(quote("delay") + " must be a number of seconds ≥ 0, not "
          + shorten(node.toString()));
    }
    return node.doubleValue();
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException(where + ": " + what);
  }

  private static String quote(String s) {
    return TextNode.valueOf(s).toString();
  }

  private static String names(List<String> keys) {
    return keys.stream().map(ProfileJson::quote).collect(Collectors.joining(", "));
  }

  private static String list(List<String> values) {
    return values.stream().map(ProfileJson::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A value as JSON, cut to a readable length. */
  private static String shorten(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "…";
  }
}
