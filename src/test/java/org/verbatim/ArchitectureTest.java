package org.verbatim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies pointing down the data flow, as the style guide lays it out: reads every
 * source file's imports and names each one that breaks a rule.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "verbatim");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void the_model_uses_the_jdk_only() throws IOException {
    assertThat(imports("model", i -> !i.startsWith("java.") && !i.startsWith("org.verbatim.model.")))
        .isEmpty();
  }

  @Test
  void nothing_imports_the_web_or_the_command_line() throws IOException {
    assertThat(importsOutside(List.of("web", "cli"),
        i -> i.startsWith("org.verbatim.web.") || i.startsWith("org.verbatim.cli."))).isEmpty();
  }

  // The one exception to the two rules below: bench is a measuring tool that compares engines
  // (Verbatim against bare Solr, plain Lucene, SQLite FTS5 and PostgreSQL), so it must drive
  // each of them directly.
  @Test
  void only_the_store_touches_jdbc() throws IOException {
    assertThat(importsOutside(List.of("store", "bench"),
        i -> i.startsWith("java.sql.") || i.startsWith("javax.sql."))).isEmpty();
  }

  @Test
  void only_the_index_and_search_touch_solr_and_lucene() throws IOException {
    assertThat(importsOutside(List.of("index", "search", "bench"),
        i -> i.startsWith("org.apache.solr.") || i.startsWith("org.apache.lucene."))).isEmpty();
  }

  @Test
  void the_early_stages_do_not_reach_forward_in_the_flow() throws IOException {
    List<String> later = List.of("org.verbatim.store.", "org.verbatim.index.",
        "org.verbatim.search.", "org.verbatim.generate.");
    for (String early : List.of("input", "parse", "json", "internal")) {
      assertThat(imports(early, i -> later.stream().anyMatch(i::startsWith))).isEmpty();
    }
  }

  /** "file: import" for each import of the package's files that matches. */
  private static List<String> imports(String pkg, java.util.function.Predicate<String> bad)
      throws IOException {
    List<String> out = new ArrayList<>();
    Path dir = SOURCES.resolve(pkg);
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = IMPORT.matcher(Files.readString(file, UTF_8));
        while (m.find()) {
          if (bad.test(m.group(1))) {
            out.add(file + ": " + m.group(1));
          }
        }
      }
    }
    return out;
  }

  private static List<String> importsOutside(List<String> allowed,
      java.util.function.Predicate<String> bad) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        if (!allowed.contains(pkg)) {
          out.addAll(imports(pkg, bad));
        }
      }
    }
    return out;
  }
}
