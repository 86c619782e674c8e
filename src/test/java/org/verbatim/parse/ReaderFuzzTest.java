package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.input.RawPage;
import org.verbatim.model.Turn;
import org.verbatim.testing.SeedPage;

/**
 * Mutates generated pages, the fixture pages and the seed page in 12,000 deterministic ways (most
 * cases start from a generated page) and checks what must
 * hold for any input: only {@link ParseException} is thrown; every character of every body line,
 * less its labels, reaches the turns' paragraphs in order; every label read starts a turn; no
 * paragraph is a chrome line.
 */
class ReaderFuzzTest {

  private static final int CASES = 12_000;
  private static final String[] CHROME = {"Print", "Share", "Font size", "Additional materials",
      "Showing 3 results.", "Advanced settings", "Views: 77", "March 2020", "Tags: ferries",
      "Версия для печати", "Home / News"};
  private static final String[] INSERTS = {":", "[", "]", "(", ")", "7", "12:30", "Ж", "ё",
      "\u0001", "\u0000", "\t", ".", "•", "Q", "A.", "Question", "Ivan Petrov", ": ", ".Question: ",
      "soon.Ivan Petrov: ", "\u00A0", "\r", "\n", "\n\n", "1. ", "- ", "’s ", "ВОПРОС"};
  private static final String[] LINES = {"3 May 202114:05", "May 3, 2021", "14:05",
      "77-03-05-2021", "22 September 2020", "Moscow: 00:12", "• en-GB1 ru-RU1", "Question:",
      "Answers to media questions", "The ferry timetable", "Table of contents:", "1. Topic", ""};

  @Test
  void no_body_character_is_lost_whatever_the_page() throws Exception {
    List<String> bases = new ArrayList<>();
    for (String name : FixturePages.NAMES) {
      bases.add(FixturePages.text(name));
    }
    List<String> generated = generatedPages();
    // The seed page, when it lies beside the repository, is one base among the others.
    String seed = SeedPage.present() ? SeedPage.text() : null;
    int refused = 0;
    for (int n = 0; n < CASES; n++) {
      Random random = new Random(n);
      String base = n % 10 == 0 && seed != null ? seed
          : n % 10 < 4 ? bases.get(random.nextInt(bases.size()))
          : generated.get(random.nextInt(generated.size()));
      String page = mutate(base, random);
      try {
        check(Pages.reading(page), page);
      } catch (ParseException e) {
        refused++;
        assertThat(e.getMessage()).startsWith("test.txt: ");
      } catch (RuntimeException | AssertionError e) {
        fail("case " + n + " failed on page:\n" + page, e);
      }
    }
    assertThat(refused).isLessThan(CASES / 4);
  }

  /** The text of 300 small generated text pages, decoded as the parser decodes them. */
  private static List<String> generatedPages() throws ParseException {
    List<String> out = new ArrayList<>();
    Generator generator = new Generator(GeneratorOptions.defaults());
    for (GeneratedPage page : generator.pages(20_261_129L, 1_000).toList()) {
      if (page.format() == RawPage.Format.TEXT && page.bytes().length < 24_000 && out.size() < 300) {
        out.add(TextDecoder.decode(page.bytes(), page.fileName()));
      }
    }
    assertThat(out).hasSize(300);
    return out;
  }

  static void check(TranscriptReader.Reading reading, String page) {
    Lines lines = Lines.of(page);
    LineUse[] uses = reading.uses();
    assertThat(uses.length).isEqualTo(lines.count());
    for (LineUse use : uses) {
      if (use == null) {
        fail("A line was given no use");
      }
    }
    List<Turn> turns = reading.publication().turns();

    StringBuilder body = new StringBuilder();
    List<Body.LabelUse> labels = reading.labels();
    int next = 0;
    Set<String> chrome = new HashSet<>();
    for (int i = 0; i < lines.count(); i++) {
      // Chrome by what it is never reaches a turn; a line the top of a page took for the
      // site's by its place may share its words with a line of the body.
      if (uses[i] == LineUse.CHROME && Chrome.is(lines.stripped(i))) {
        chrome.add(lines.stripped(i));
      }
      if (uses[i] != LineUse.BODY) {
        continue;
      }
      // A headline glued before the first label was cut off the line: it is the title's.
      String line = lines.stripped(i).substring(reading.lines().cut(i));
      int from = 0;
      while (next < labels.size() && labels.get(next).line() == i) {
        Body.LabelUse label = labels.get(next++);
        if (!line.startsWith(label.consumed(), label.start()) || label.start() < from) {
          fail("Label " + label + " is not where it was reported on line: " + line);
        }
        appendVisible(body, line.substring(from, label.start()));
        from = label.start() + label.consumed().length();
      }
      appendVisible(body, line.substring(from));
    }
    assertThat(next).isEqualTo(labels.size());

    StringBuilder paragraphs = new StringBuilder();
    List<Turn> labelled = new ArrayList<>();
    for (Turn turn : turns) {
      if (turn.label() != null) {
        labelled.add(turn);
      }
      for (String paragraph : turn.paragraphs()) {
        appendVisible(paragraphs, paragraph);
        if (chrome.contains(paragraph)) {
          fail("A chrome line reached a turn: " + paragraph);
        }
        if (paragraph.isEmpty() || !paragraph.equals(Lines.strip(paragraph))) {
          fail("A paragraph is empty or not stripped: '" + paragraph + "'");
        }
      }
    }
    assertThat(paragraphs.toString()).isEqualTo(body.toString());
    assertThat(labelled).hasSameSizeAs(labels);
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.get(i).consumed().startsWith(labelled.get(i).label())) {
        fail("Label " + labels.get(i) + " read, but turn " + i + " has label "
            + labelled.get(i).label());
      }
    }
  }

  private static void appendVisible(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Lines.isSpace(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
  }

  static String mutate(String base, Random random) {
    List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(12)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> {
          int other = random.nextInt(lines.size());
          lines.set(at, lines.get(other));
          lines.set(other, line);
        }
        case 3 -> {
          int keep = random.nextInt(lines.size());
          lines.subList(keep, lines.size()).clear();
          if (!lines.isEmpty() && random.nextBoolean()) {
            String last = lines.remove(lines.size() - 1);
            lines.add(last.substring(0, random.nextInt(last.length() + 1)));
          }
        }
        case 4, 5 -> {
          String insert = INSERTS[random.nextInt(INSERTS.length)];
          int position = random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, position) + insert + line.substring(position));
        }
        case 6 -> {
          if (at + 1 < lines.size()) {
            lines.set(at, line + lines.remove(at + 1));
          }
        }
        case 7 -> lines.set(at, line.replace(":", ""));
        case 8 -> lines.set(at, line.toUpperCase(Locale.ROOT));
        case 9 -> lines.add(at, CHROME[random.nextInt(CHROME.length)]);
        case 10 -> lines.add(at, LINES[random.nextInt(LINES.length)]);
        default -> {
          int colon = line.indexOf(':');
          if (colon > 0) {
            lines.set(at, line.substring(0, colon) + line.substring(colon + 1).stripLeading());
          }
        }
      }
    }
    return String.join(random.nextInt(8) == 0 ? "\r\n" : "\n", lines);
  }
}
