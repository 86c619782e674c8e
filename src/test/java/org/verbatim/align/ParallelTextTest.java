package org.verbatim.align;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.testing.TmxFiles;
import org.xml.sax.SAXParseException;

/**
 * The parallel text of two versions and its TMX and tab-separated forms, against the truth of
 * generated pairs ({@link ParallelPairs}), the TMX 1.4b DTD and the Okapi Framework's TMX reader.
 */
class ParallelTextTest {

  private static final long SEED = 14;

  /** A sentence pair as the truth or an export has it: turns and texts. */
  private record Expected(List<Integer> en, List<Integer> ru, String english, String russian) {}

  @Test
  void exports_exactly_the_truths_sentence_pairs_where_the_aligners_are_right() {
    int pairs = 0;
    int alignedRight = 0;
    int truthPairs = 0;
    int truthPairsExported = 0;
    for (ParallelPair pair : new ParallelPairs().pairs(SEED, 200).toList()) {
      pairs++;
      List<Expected> truth = truth(pair);
      List<Expected> exported = ParallelText.of(pair.english(), pair.russian()).stream()
          .map(p -> new Expected(p.leftTurns(), p.rightTurns(), p.left(), p.right())).toList();
      truthPairs += truth.size();
      truthPairsExported += (int) truth.stream().filter(exported::contains).count();
      if (alignersRight(pair)) {
        alignedRight++;
        assertThat(exported).as(pair.name()).isEqualTo(truth);
      }
    }
    System.out.printf(Locale.ROOT, "Export of %d generated pairs (seed %d): %d wholly aligned "
        + "right; %d of the truth's %d sentence pairs exported%n", pairs, SEED, alignedRight,
        truthPairsExported, truthPairs);
    // About three pairs in four have every turn and every sentence aligned right (152 of 200):
    // the check above must have run on most pairs to mean anything.
    assertThat(alignedRight).as("pairs the aligners get wholly right")
        .isGreaterThan(pairs * 7 / 10);
    assertThat(truthPairsExported / (double) truthPairs).as("share of the truth's pairs exported")
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void leaves_out_a_turn_printed_in_one_version_only() {
    ParallelPair pair = first(ParallelPair.Case.MISSING_IN_RUSSIAN);
    List<Integer> missing = pair.turns().stream().filter(c -> c.russian().isEmpty())
        .map(c -> c.english().getFirst()).toList();
    assertThat(missing).isNotEmpty();

    List<SentencePair> exported = ParallelText.of(pair.english(), pair.russian());

    assertThat(exported).isNotEmpty().allSatisfy(p -> {
      assertThat(p.leftTurns()).doesNotContainAnyElementsOf(missing);
      assertThat(p.left()).isNotEmpty();
      assertThat(p.right()).isNotEmpty();
    });
  }

  @Test
  void tmx_of_generated_pairs_is_valid_and_reads_back_with_okapi() throws Exception {
    for (ParallelPair pair : new ParallelPairs().pairs(SEED, 6).toList()) {
      VersionPair versions = new VersionPair("00000000000000e1", pair.english(),
          "00000000000000a1", pair.russian());
      List<SentencePair> sentences = versions.sentences();
      byte[] tmx = write(ParallelFormat.TMX, versions, sentences, "en");

      TmxFiles.validate(tmx);
      List<TmxFiles.Unit> units = TmxFiles.read(tmx, "en", "ru");

      assertThat(units).as(pair.name()).hasSize(sentences.size());
      for (int k = 0; k < units.size(); k++) {
        TmxFiles.Unit unit = units.get(k);
        SentencePair sentence = sentences.get(k);
        assertThat(unit.source()).isEqualTo(sentence.left());
        assertThat(unit.target()).isEqualTo(sentence.right());
        assertThat(unit.properties())
            .containsEntry("x-verbatim-date", pair.english().published().toString())
            .containsEntry("en:x-verbatim-publication", "00000000000000e1")
            .containsEntry("ru:x-verbatim-publication", "00000000000000a1")
            .containsEntry("en:x-verbatim-turn", TmxWriter.turns(sentence.leftTurns()))
            .containsEntry("ru:x-verbatim-turn", TmxWriter.turns(sentence.rightTurns()))
            .containsEntry("x-verbatim-confidence",
                String.format(Locale.ROOT, "%.3f", sentence.confidence()));
        if (sentence.speaker() != null) {
          assertThat(unit.properties()).containsEntry("x-verbatim-speaker", sentence.speaker());
        }
      }
    }
  }

  @Test
  void tmx_escapes_markup_and_replaces_what_xml_cannot_hold() throws Exception {
    VersionPair versions = handMade("Tom & Jerry <said> \"yes\" \u0001 at 5 > 3.",
        "Том & Джерри <сказали> «да» \u0001 при 5 > 3.");

    byte[] tmx = write(ParallelFormat.TMX, versions, versions.sentences(), "en");

    TmxFiles.validate(tmx);
    String text = new String(tmx, UTF_8);
    assertThat(text)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
        .contains("<header creationtool=\"Verbatim\" creationtoolversion=\"test\" "
            + "segtype=\"sentence\" o-tmf=\"Verbatim\" adminlang=\"en\" srclang=\"en\" "
            + "datatype=\"plaintext\"/>")
        .contains("<seg>Tom &amp; Jerry &lt;said&gt; &quot;yes&quot; \uFFFD at 5 &gt; 3.</seg>");
    assertThat(TmxFiles.read(tmx, "en", "ru")).singleElement().satisfies(unit -> {
      assertThat(unit.source()).isEqualTo("Tom & Jerry <said> \"yes\" \uFFFD at 5 > 3.");
      assertThat(unit.target()).isEqualTo("Том & Джерри <сказали> «да» \uFFFD при 5 > 3.");
    });
  }

  @Test
  void the_dtd_check_fails_on_a_tmx_without_its_header() throws Exception {
    byte[] broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4"><body/></tmx>
        """.getBytes(UTF_8);

    assertThatThrownBy(() -> TmxFiles.validate(broken)).isInstanceOf(SAXParseException.class)
        .hasMessageContaining("tmx");
  }

  @Test
  void tsv_has_a_header_and_escapes_tabs_newlines_and_backslashes() throws Exception {
    VersionPair versions = handMade("One\ttab and a back\\slash.", "Одна\tтабуляция и обратная\\черта.");

    String tsv = new String(write(ParallelFormat.TSV, versions, versions.sentences(), "en"), UTF_8);

    assertThat(tsv.split("\n", -1)).containsExactly(
        "source_publication\ttarget_publication\tsource_lang\ttarget_lang\tsource_turn\t"
            + "target_turn\tspeaker\tdate\tsource_text\ttarget_text\tconfidence",
        "00000000000000e2\t00000000000000a2\ten\tru\t1\t1\tIvan Testov\t"
            + versions.left().published() + "\tOne\\ttab and a back\\\\slash.\t"
            + "Одна\\tтабуляция и обратная\\\\черта.\t"
            + String.format(Locale.ROOT, "%.3f",
                versions.sentences().getFirst().confidence()),
        "");
    assertThat(TsvWriter.escape("a\nb\rc")).isEqualTo("a\\nb\\rc");
  }

  @Test
  void a_version_without_a_language_is_refused_by_name() {
    VersionPair versions = handMade("Yes.", "Да.");
    VersionPair unknown = new VersionPair("00000000000000e2", versions.left(), "00000000000000a9",
        withLanguage(versions.right(), null));

    assertThatThrownBy(() -> write(ParallelFormat.TSV, unknown, unknown.sentences(), "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Publication '00000000000000a9' has no known language: a parallel text "
            + "needs the language of both versions");
  }

  // ---- helpers

  private static byte[] write(ParallelFormat format, VersionPair versions,
      List<SentencePair> sentences, String source) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ParallelWriter writer =
        format.open(new OutputStreamWriter(bytes, UTF_8), source, "test")) {
      writer.write(versions, sentences);
    }
    return bytes.toByteArray();
  }

  /** A pair of one-turn versions with these texts, built from a generated pair's facts. */
  private static VersionPair handMade(String english, String russian) {
    ParallelPair pair = first(ParallelPair.Case.PLAIN);
    return new VersionPair("00000000000000e2", oneTurn(pair.english(), english), "00000000000000a2",
        oneTurn(pair.russian(), russian));
  }

  private static Publication oneTurn(Publication p, String text) {
    Turn turn = new Turn(null, "Ivan Testov", "Ivan Testov", Role.REMARKS, List.of(text),
        List.of(), List.of());
    return new Publication(p.title(), p.kind(), p.published(), p.eventDate(), p.place(),
        p.language(), p.languageVersions(), p.participants(), p.outlets(), List.of(),
        List.of(turn), p.warnings(), p.source());
  }

  private static Publication withLanguage(Publication p, String language) {
    return new Publication(p.title(), p.kind(), p.published(), p.eventDate(), p.place(),
        language, p.languageVersions(), p.participants(), p.outlets(), p.sections(), p.turns(),
        p.warnings(), p.source());
  }

  private static ParallelPair first(ParallelPair.Case form) {
    return new ParallelPairs().pairs(SEED, 100).filter(p -> p.form() == form).findFirst()
        .orElseThrow();
  }

  /** The truth's sentence pairs with text on both sides, with their turns, in reading order. */
  private static List<Expected> truth(ParallelPair pair) {
    List<Expected> out = new ArrayList<>();
    for (int k = 0; k < pair.turns().size(); k++) {
      Correspondence turns = pair.turns().get(k);
      if (turns.english().isEmpty() || turns.russian().isEmpty()) {
        continue;
      }
      Sides en = Sides.of(pair.english(), turns.english());
      Sides ru = Sides.of(pair.russian(), turns.russian());
      for (Correspondence s : pair.sentences().get(k)) {
        if (!s.english().isEmpty() && !s.russian().isEmpty()) {
          out.add(new Expected(en.turnsOf(s.english()), ru.turnsOf(s.russian()),
              en.text(s.english()), ru.text(s.russian())));
        }
      }
    }
    return out;
  }

  /** The sentences of some turns taken together, and the turn each is in. */
  private record Sides(List<String> sentences, List<Integer> owners) {
    static Sides of(Publication p, List<Integer> turns) {
      List<String> sentences = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int t : turns) {
        for (String s : Sentences.of(p.turns().get(t - 1).paragraphs())) {
          sentences.add(s);
          owners.add(t);
        }
      }
      return new Sides(sentences, owners);
    }

    List<Integer> turnsOf(List<Integer> numbers) {
      return numbers.stream().map(n -> owners.get(n - 1)).distinct().sorted().toList();
    }

    String text(List<Integer> numbers) {
      return String.join(" ", numbers.stream().map(n -> sentences.get(n - 1)).toList());
    }
  }

  /** Whether the turn aligner and, in every turn link, the sentence aligner reproduce the truth. */
  private static boolean alignersRight(ParallelPair pair) {
    TurnAlignment turns = new TurnAligner().align(pair.english(), pair.russian());
    if (turns.turns().size() != pair.turns().size()) {
      return false;
    }
    for (int k = 0; k < pair.turns().size(); k++) {
      Correspondence truth = pair.turns().get(k);
      if (!turns.turns().get(k).pairs(truth.english(), truth.russian())) {
        return false;
      }
      if (truth.english().isEmpty() || truth.russian().isEmpty()) {
        continue;
      }
      SentenceAlignment sentences = new SentenceAligner().align(
          paragraphs(pair.english(), truth.english()), paragraphs(pair.russian(), truth.russian()),
          turns.ratio());
      List<Correspondence> expected = pair.sentences().get(k);
      if (sentences.links().size() != expected.size()) {
        return false;
      }
      for (int s = 0; s < expected.size(); s++) {
        if (!sentences.links().get(s).pairs(expected.get(s).english(), expected.get(s).russian())) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> paragraphs(Publication p, List<Integer> turns) {
    List<String> out = new ArrayList<>();
    turns.forEach(t -> out.addAll(p.turns().get(t - 1).paragraphs()));
    return out;
  }
}
