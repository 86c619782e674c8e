package org.verbatim.entity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;

/**
 * The entity gold pages under {@code src/test/resources/entities/{en,ru}/}: each page
 * ({@code NAME.txt} or {@code NAME.html}, with an optional {@code NAME.url}) beside its gold
 * ({@code NAME.entities.json}), written by hand for these tests (see GUIDELINES.md there).
 */
final class GoldPages {

  /** One mention in a gold file: the turn (0 for the title) and the text as printed. */
  record GoldMention(int turn, String text) {}

  /** One entity in a gold file. */
  record GoldEntity(String type, String id, String name, List<GoldMention> mentions) {}

  /** A page, its language folder and its gold. */
  record GoldPage(String name, String language, Publication publication, List<GoldEntity> gold) {

    /** The text a mention's offsets point into: the title for turn 0, else the turn's paragraphs
     * joined by a blank line; null when there is no such turn. */
    String turnText(int turn) {
      if (turn == 0) {
        return publication.title();
      }
      if (turn < 0 || turn > publication.turns().size()) {
        return null;
      }
      return String.join("\n\n", publication.turns().get(turn - 1).paragraphs());
    }
  }

  static final List<String> LANGUAGES = List.of("en", "ru");

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private GoldPages() {}

  /** Every gold page of every language, in name order. */
  static List<GoldPage> all() {
    Path root = root();
    return LANGUAGES.stream().flatMap(language -> pages(root.resolve(language), language))
        .toList();
  }

  private static Stream<GoldPage> pages(Path folder, String language) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".txt") || n.endsWith(".html")).sorted().toList().stream()
          .map(n -> page(folder, n, language));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the gold pages in " + folder, e);
    }
  }

  private static GoldPage page(Path folder, String file, String language) {
    String base = file.substring(0, file.lastIndexOf('.'));
    Path goldFile = folder.resolve(base + ".entities.json");
    Path urlFile = folder.resolve(base + ".url");
    try {
      String url = Files.exists(urlFile)
          ? Files.readString(urlFile, StandardCharsets.UTF_8).strip() : null;
      RawPage raw = new RawPage(Files.readAllBytes(folder.resolve(file)), file, url,
          file.endsWith(".html") ? RawPage.Format.HTML : RawPage.Format.TEXT);
      Publication publication = new Parser().parse(raw);
      if (!Files.exists(goldFile)) {
        throw new IllegalStateException("The gold page " + language + "/" + file
            + " has no gold file " + goldFile.getFileName());
      }
      List<GoldEntity> gold = List.of(MAPPER.readValue(goldFile.toFile(), GoldEntity[].class));
      return new GoldPage(language + "/" + file, language, publication, gold);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gold page " + language + "/" + file + ": "
          + e.getMessage(), e);
    } catch (ParseException e) {
      throw new IllegalStateException("The gold page " + language + "/" + file
          + " is not read as a transcript: " + e.getMessage(), e);
    }
  }

  private static Path root() {
    try {
      var url = GoldPages.class.getResource("/entities");
      if (url == null) {
        throw new IllegalStateException("No gold pages on the test classpath: /entities");
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the gold pages: " + e.getMessage(), e);
    }
  }
}
