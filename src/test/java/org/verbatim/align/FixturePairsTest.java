package org.verbatim.align;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;

/**
 * English and Russian pages written for this test in the layout of the Foreign Ministry's site
 * (date-time line, title, language marker, {@code Question:} / {@code Вопрос:} and name labels,
 * continuation paragraphs), with invented people and text. Each pair {@code NN-name.en.txt},
 * {@code NN-name.ru.txt} has beside it {@code NN-name.expected}: one line per turn link
 * ({@code 2 : 2 3}; {@code 6 :} for an English turn missing in Russian), and optionally
 * {@code section} lines for the headings. Both pages are parsed and aligned; every link must be
 * as expected.
 */
class FixturePairsTest {

  private static final Path FOLDER = Path.of("src", "test", "resources", "align");

  static Stream<String> pairs() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".expected"))
          .map(f -> f.substring(0, f.length() - ".expected".length())).sorted().toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(5);
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void every_turn_of_a_fixture_pair_is_aligned_right(String name) throws Exception {
    Publication english = parse(name + ".en.txt");
    Publication russian = parse(name + ".ru.txt");
    List<String> turns = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    for (String line : Files.readAllLines(FOLDER.resolve(name + ".expected"), UTF_8)) {
      String link = line.strip().replaceAll("\\s*:\\s*", ":").replaceAll("\\s+", ",");
      if (line.startsWith("section ")) {
        sections.add(link.substring("section,".length()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        turns.add(link);
      }
    }

    TurnAlignment alignment = new TurnAligner().align(english, russian);

    assertThat(english.language()).isEqualTo("en");
    assertThat(russian.language()).isEqualTo("ru");
    assertThat(TurnAlignerTest.shapes(alignment.turns())).as(name).containsExactlyElementsOf(turns);
    if (!sections.isEmpty()) {
      assertThat(TurnAlignerTest.shapes(alignment.sections())).as(name)
          .containsExactlyElementsOf(sections);
    }
  }

  private static Publication parse(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
    return new Parser().parse(new RawPage(bytes, file, null, RawPage.Format.TEXT));
  }
}
