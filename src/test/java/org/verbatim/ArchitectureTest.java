package org.verbatim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies pointing down the data flow, as the style guide lays it out. Every reference
 * in the code counts, an import or a fully qualified name written inline alike; comments and
 * string literals do not (a class name in a string starts a process, it is not a dependency).
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "verbatim");

  /**
   * What each package may refer to beside itself and the JDK ({@code ""} is {@code org.verbatim}
   * itself, the front door). A package missing here fails the test until it is given its place.
   */
  private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      entry("model", Set.of()),
      entry("internal", Set.of()),
      entry("input", Set.of("internal")),
      entry("entity", Set.of("internal", "model")),
      entry("align", Set.of("internal", "model")),
      entry("diff", Set.of("align", "model")),
      entry("cite", Set.of("internal", "model")),
      entry("json", Set.of("entity", "internal", "model")),
      entry("parse", Set.of("input", "internal", "json", "model")),
      entry("generate", Set.of("input", "internal", "model", "parse")),
      entry("store", Set.of("align", "entity", "input", "internal", "json", "model", "parse")),
      entry("harvest", Set.of("input", "internal", "model", "store")),
      entry("index", Set.of("entity", "internal", "model")),
      entry("search", Set.of("align", "diff", "entity", "index", "internal", "model")),
      entry("corpus", Set.of("entity", "internal", "model", "search", "store")),
      entry("archive", Set.of("align", "corpus", "diff", "entity", "harvest", "index", "input", "internal", "json",
          "model", "parse", "search", "store")),
      entry("", Set.of("archive", "input", "model", "search", "store")),
      // The write API starts crawls, so it names their sites and options.
      entry("web", Set.of("align", "archive", "cite", "corpus", "diff", "entity", "harvest", "index", "input",
          "internal", "json", "model", "search", "store")),
      // A measuring tool: it drives Verbatim (through the archive, as a user's ingest does) and
      // the engines under it, but not the site or the command line, which it runs as a user would.
      entry("bench", Set.of("align", "archive", "entity", "generate", "index", "input", "internal", "json",
          "model", "parse", "search", "store")),
      entry("cli", Set.of("align", "archive", "bench", "cite", "corpus", "diff", "entity", "generate", "harvest", "index",
          "input", "internal", "json", "model", "parse", "search", "store", "web")));

  /** The libraries only some packages may touch, by the name their packages start with. */
  private static final Map<String, Set<String>> LIBRARY_USERS = Map.of(
      "java.sql", Set.of("store", "bench"),
      "javax.sql", Set.of("store", "bench"),
      "org.apache.solr", Set.of("index", "search", "bench"),
      "org.apache.lucene", Set.of("index", "search", "bench"),
      "de.undercouch.citeproc", Set.of("cite"));

  /** The file's own package declaration: not a reference. */
  private static final Pattern DECLARATION =
      Pattern.compile("^[ \\t]*package[ \\t]+[\\w.]+[ \\t]*;", Pattern.MULTILINE);
  private static final Pattern OURS = Pattern.compile("(?<![\\w.])org\\.verbatim\\.([a-z]\\w*)\\b");
  private static final Pattern LIBRARY = Pattern.compile(
      "(?<![\\w.])(java\\.sql|javax\\.sql|org\\.apache\\.solr|org\\.apache\\.lucene)\\b");
  /** A package outside the JDK and outside ours: {@code com.fasterxml.jackson…}. */
  private static final Pattern ANY_NON_JDK = Pattern.compile(
      "(?<![\\w.])(?!org\\.verbatim\\.)(?:com|org|net|io|javax|jakarta)\\.[a-z]\\w*\\.\\w+");

  @Test
  void every_package_refers_only_to_what_it_may_use() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : sources()) {
      broken.addAll(violations(packageOf(file), file.toString(), Files.readString(file, UTF_8)));
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void the_model_uses_the_jdk_only() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : sources()) {
      if (packageOf(file).equals("model")) {
        Matcher m = ANY_NON_JDK.matcher(code(Files.readString(file, UTF_8)));
        while (m.find()) {
          broken.add(file + ": " + m.group());
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  // ---- the checker, checked on made-up sources

  @Test
  void a_fully_qualified_name_counts_as_much_as_an_import() {
    String source = """
        package org.verbatim.parse;

        import org.verbatim.model.Publication;
        import org.verbatim.store.TranscriptStore;

        final class Sneaky {
          void serve() {
            org.verbatim.web.Server.start(null);
          }
        }
        """;

    assertThat(violations("parse", "Sneaky.java", source)).containsExactly(
        "Sneaky.java:4: parse refers to org.verbatim.store",
        "Sneaky.java:8: parse refers to org.verbatim.web");
  }

  @Test
  void comments_and_strings_are_not_references() {
    String source = """
        package org.verbatim.bench;

        /** Runs {@link org.verbatim.cli.Main} in a child JVM. */
        final class Child {
          // org.verbatim.web.Server would be a dependency; its name in a string is not.
          static final String MAIN = "org.verbatim.cli.Main";
          static final String QUOTE = "\\" org.verbatim.web.Server \\"";
          static final char Q = '"';
          static final String BLOCK = \"""
              org.verbatim.web.Server "quoted" \\\""" still text
              \""";
          /* org.verbatim.cli.Main */ org.verbatim.web.Server server;
        }
        """;

    assertThat(violations("bench", "Child.java", source))
        .containsExactly("Child.java:12: bench refers to org.verbatim.web");
  }

  @Test
  void a_library_is_checked_by_its_fully_qualified_name_too() {
    String source = """
        package org.verbatim.web;

        final class Direct {
          Object open() throws Exception {
            return java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
          }
        }
        """;

    assertThat(violations("web", "Direct.java", source))
        .containsExactly("Direct.java:5: web refers to java.sql");
    assertThat(violations("store", "Direct.java", source)).isEmpty();
  }

  @Test
  void a_package_without_rules_is_named() {
    assertThat(violations("metrics", "Meter.java", "package org.verbatim.metrics;\n"))
        .containsExactly("Meter.java: package org.verbatim.metrics has no rules in "
            + "ArchitectureTest.MAY_USE: say what it may use");
  }

  // ---- the checker

  /** "file:line: pkg refers to target" for each reference of {@code source} that breaks a rule. */
  static List<String> violations(String pkg, String file, String source) {
    Set<String> mayUse = MAY_USE.get(pkg);
    if (mayUse == null) {
      return List.of(file + ": package " + qualified(pkg) + " has no rules in "
          + "ArchitectureTest.MAY_USE: say what it may use");
    }
    String code = DECLARATION.matcher(code(source))
        .replaceFirst(declaration -> " ".repeat(declaration.group().length()));
    List<String> out = new ArrayList<>();
    Matcher ours = OURS.matcher(code);
    while (ours.find()) {
      String target = ours.group(1);
      if (!target.equals(pkg) && !mayUse.contains(target)) {
        out.add(file + ":" + line(code, ours.start()) + ": " + pkg + " refers to "
            + qualified(target));
      }
    }
    Matcher library = LIBRARY.matcher(code);
    while (library.find()) {
      if (!LIBRARY_USERS.get(library.group(1)).contains(pkg)) {
        out.add(file + ":" + line(code, library.start()) + ": " + pkg + " refers to "
            + library.group(1));
      }
    }
    return out;
  }

  /**
   * {@code source} with its comments, string and text-block literals and character literals
   * blanked out: the same length and the same lines, so positions still point at the source.
   */
  static String code(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    while (i < source.length()) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = literalEnd(source, i + 3, "\"\"\"");
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = literalEnd(source, i + 1, String.valueOf(source.charAt(i)));
      } else {
        i++;
        continue;
      }
      for (int j = i; j < end; j++) {
        if (out.charAt(j) != '\n') {
          out.setCharAt(j, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** Where a literal that closes with {@code close} ends, its escapes skipped. */
  private static int literalEnd(String source, int from, String close) {
    int i = from;
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (source.startsWith(close, i)) {
        return i + close.length();
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String qualified(String pkg) {
    return pkg.isEmpty() ? "org.verbatim" : "org.verbatim." + pkg;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The package under {@code org.verbatim} that holds {@code file}: "" for the front door. */
  private static String packageOf(Path file) {
    Path relative = SOURCES.relativize(file);
    return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
  }
}
