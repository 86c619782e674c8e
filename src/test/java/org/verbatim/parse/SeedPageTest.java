package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.testing.SeedPage;

/**
 * The real scraped page beside the repository ({@code ../shared/seed/}), read as the issue says
 * it must be. Its text is not copied here: only facts about it. A clone with nothing beside it
 * skips these checks, saying so.
 */
class SeedPageTest {

  /** The seed's text; skips the calling check, saying so, when the seed is absent. */
  static String seedText() throws IOException {
    return SeedPage.text();
  }

  @Test
  void reads_the_seed_interview_as_a_person_does() throws Exception {
    String text = seedText();
    TranscriptReader.Reading reading = Pages.reading(text);
    Publication p = reading.publication();

    assertThat(p.published()).hasToString("2019-02-24T08:00");
    assertThat(p.kind().code()).isEqualTo("interview");
    assertThat(p.place()).isEqualTo("Moscow");
    assertThat(p.eventDate()).isEqualTo(LocalDate.of(2019, 2, 24));
    assertThat(p.language()).isEqualTo("en");
    assertThat(p.languageVersions()).containsExactly("en-GB", "ru-RU");
    assertThat(p.participants()).containsExactly(new Participant("Sergey Lavrov", "Foreign Minister"));
    assertThat(p.outlets()).containsExactly("Vietnam Television", "CCTV", "Phoenix TV");
    assertThat(p.sections()).isEmpty();

    List<Turn> turns = p.turns();
    assertThat(turns).hasSize(30);
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      boolean question = i % 2 == 0;
      assertThat(turn.label()).isEqualTo(question ? "Question" : "Sergey Lavrov");
      assertThat(turn.speaker()).isEqualTo(question ? "Question" : "Sergey Lavrov");
      assertThat(turn.role()).isEqualTo(question ? Role.QUESTION : Role.ANSWER);
      assertThat(turn.section()).isNull();
    }
    Turn afterLostColon = turns.stream()
        .filter(t -> t.paragraphs().get(0).startsWith("Has the coincidence")).findFirst()
        .orElseThrow();
    assertThat(afterLostColon.label()).isEqualTo("Question");
    assertThat(turns.get(turns.indexOf(afterLostColon) + 1).paragraphs().get(0))
        .startsWith("We are looking forward");
    assertThat(p.warnings()).containsExactly(
        new ParseWarning(136, Warnings.lostColon("Question")),
        new ParseWarning(138, Warnings.lostColon("Sergey Lavrov")));
    assertThat(p.warnings().get(0).message())
        .isEqualTo("label 'Question' had lost its colon; read as a label");

    String[] lines = text.split("\n", -1);
    for (int i = 0; i < reading.uses().length; i++) {
      if (reading.uses()[i] == LineUse.CHROME) {
        String chrome = lines[i].strip();
        assertThat(turns).allSatisfy(t -> assertThat(t.paragraphs()).doesNotContain(chrome));
      }
    }
    assertThat(turns).allSatisfy(t -> assertThat(t.paragraphs())
        .noneMatch(par -> par.contains("Additional materials") || par.contains("Showing 1 result")
            || par.contains("Advanced settings")));
    assertThat(reading.uses()[169]).isEqualTo(LineUse.CHROME);
    assertThat(reading.uses()[0]).isEqualTo(LineUse.HEADER);
    assertThat(reading.uses()[2]).isEqualTo(LineUse.TITLE);
    assertThat(reading.uses()[5]).isEqualTo(LineUse.LANGUAGES);
  }

  @Test
  void marks_the_seeds_editorial_insertions() throws Exception {
    Publication p = Pages.read(seedText());
    assertThat(p.turns()).flatMap(Turn::editorial)
        .extracting(insertion -> insertion.text())
        .contains("[postponing of the]");
  }
}
