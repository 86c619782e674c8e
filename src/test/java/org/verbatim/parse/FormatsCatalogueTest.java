package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.input.RawPage;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;

/**
 * The catalogue of real page formats ({@code FORMATS.md}), one page of our own per entry, under
 * {@code src/test/resources/formats/}: each {@code NAME.txt} or {@code NAME.html} is read by the
 * parser and must give exactly {@code NAME.json}, the whole {@code parse --json} object without
 * {@code source}; a {@code NAME.json} of the form {@code {"refused": "…"}} says the page must be
 * refused with a reason containing that text. A {@code NAME.url} beside a page holds the address
 * the page was published at, for the formats whose date is only in the address.
 *
 * <p>The expected files were written by hand from the parser's contract (README, "What the parser
 * understands"), not generated: they are the specification the parser must meet.
 */
class FormatsCatalogueTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_DIFFERENCES_SHOWN = 40;

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void reads_the_catalogued_format_as_its_expected_json(String page) throws IOException {
    Path folder = folder();
    String base = page.substring(0, page.lastIndexOf('.'));
    JsonNode expected = MAPPER.readTree(Files.readString(folder.resolve(base + ".json"),
        StandardCharsets.UTF_8));
    Path urlFile = folder.resolve(base + ".url");
    String url = Files.exists(urlFile)
        ? Files.readString(urlFile, StandardCharsets.UTF_8).strip() : null;
    RawPage raw = new RawPage(Files.readAllBytes(folder.resolve(page)), page, url,
        page.endsWith(".html") ? RawPage.Format.HTML : RawPage.Format.TEXT);

    if (expected.has("refused")) {
      String reason = expected.get("refused").asText();
      Publication read;
      try {
        read = new Parser().parse(raw);
      } catch (ParseException e) {
        assertThat(e.getMessage()).as("%s is refused, with a reason naming what was seen", page)
            .contains(reason);
        return;
      }
      fail(page + " must be refused with a reason containing \"" + reason
          + "\", but it was read: title " + quoted(read.title()) + ", "
          + read.turns().size() + " turn(s)");
    }

    ObjectNode got;
    try {
      got = PublicationJson.toTree(new Parser().parse(raw));
    } catch (ParseException e) {
      fail(page + " must be read, but it was refused: " + e.getMessage());
      return;
    }
    got.remove("source");
    ObjectNode want = expected.deepCopy();
    sortWarnings(want);
    sortWarnings(got);
    List<String> differences = new ArrayList<>();
    differences(want, got, "$", differences);
    if (!differences.isEmpty()) {
      StringBuilder message = new StringBuilder(page).append(": ").append(differences.size())
          .append(differences.size() == 1 ? " difference" : " differences").append(" from ")
          .append(base).append(".json (path: expected, got)");
      differences.stream().limit(MAX_DIFFERENCES_SHOWN)
          .forEach(d -> message.append("\n  ").append(d));
      if (differences.size() > MAX_DIFFERENCES_SHOWN) {
        message.append("\n  … and ").append(differences.size() - MAX_DIFFERENCES_SHOWN)
            .append(" more");
      }
      fail(message.toString());
    }
  }

  @Test
  void every_page_has_its_expected_json_and_every_json_its_page() throws IOException {
    Set<String> pages = new TreeSet<>();
    Set<String> expectations = new TreeSet<>();
    Set<String> addresses = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (isPage(name)) {
          pages.add(name.substring(0, name.lastIndexOf('.')));
        } else if (name.endsWith(".json")) {
          expectations.add(name.substring(0, name.length() - ".json".length()));
        } else if (name.endsWith(".url")) {
          addresses.add(name.substring(0, name.length() - ".url".length()));
        }
      }
    }
    assertThat(expectations).as("pages without their expected JSON").containsAll(pages);
    assertThat(pages).as("expected JSON files without their page").containsAll(expectations);
    assertThat(pages).as(".url files without their page").containsAll(addresses);
    assertThat(pages).as("fixture pages, at least one per catalogue entry").hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void the_readme_of_the_fixtures_names_every_page() throws IOException {
    String readme = Files.readString(folder().resolve("README.md"), StandardCharsets.UTF_8);
    List<String> missing = pages().map(page -> page.substring(0, page.lastIndexOf('.')))
        .filter(base -> !readme.contains("`" + base + "`")).toList();
    assertThat(missing).as("fixture pages not named in formats/README.md").isEmpty();
  }

  /** Every page under {@code /formats/} on the test class path, by name. */
  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(f -> f.getFileName().toString())
          .filter(FormatsCatalogueTest::isPage)
          .sorted()
          .toList()
          .stream();
    }
  }

  private static boolean isPage(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".html");
  }

  private static Path folder() {
    URL url = FormatsCatalogueTest.class.getResource("/formats/");
    if (url == null) {
      throw new IllegalStateException("No /formats/ folder on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot read the /formats/ folder at " + url, e);
    }
  }

  /**
   * Warnings in line order; warnings on one line have no order of their own, so they are
   * compared by message.
   */
  private static void sortWarnings(ObjectNode publication) {
    JsonNode warnings = publication.get("warnings");
    if (!(warnings instanceof ArrayNode array)) {
      return;
    }
    List<JsonNode> sorted = new ArrayList<>();
    array.forEach(sorted::add);
    sorted.sort(Comparator.<JsonNode>comparingInt(w -> w.path("line").asInt())
        .thenComparing(w -> w.path("message").asText()));
    array.removeAll();
    sorted.forEach(array::add);
  }

  /** Appends one line per leaf that differs: {@code $.turns[2].speaker: expected …, got …}. */
  private static void differences(JsonNode expected, JsonNode got, String path,
      List<String> out) {
    if (expected.equals(got)) {
      return;
    }
    if (expected.isObject() && got.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      got.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        differences(expected.path(name), got.path(name), path + "." + name, out);
      }
    } else if (expected.isArray() && got.isArray()) {
      if (expected.size() != got.size()) {
        out.add(path + ": expected " + expected.size() + " item(s), got " + got.size());
      }
      for (int i = 0; i < Math.max(expected.size(), got.size()); i++) {
        differences(item(expected, i), item(got, i), path + "[" + i + "]", out);
      }
    } else {
      out.add(path + ": expected " + shown(expected) + ", got " + shown(got));
    }
  }

  private static JsonNode item(JsonNode array, int i) {
    return i < array.size() ? array.get(i) : MissingNode.getInstance();
  }

  private static String shown(JsonNode node) {
    return node.isMissingNode() ? "(nothing)" : node.toString();
  }

  private static String quoted(String text) {
    return text == null ? "null" : "'" + text + "'";
  }
}
