package org.verbatim.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/**
 * Reads a page's text into a {@link Publication}, in stages: {@link Lines}, then the top of the
 * page ({@link PageTop}, {@link TitleAnalysis}), then the body's blocks ({@link Body}), then
 * turns ({@link TurnBuilder}).
 *
 * <pre>{@code
 * Publication p = TranscriptReader.read(text, source, "page.txt");
 * }</pre>
 *
 * <p>Warnings come out in line order (line 0, the page as a whole, first). The text is held once,
 * as lines; a paragraph is its line stripped (a copy only when a label or spaces are cut off),
 * and the body's lines are let go of as they become paragraphs. Stateless; thread-safe.
 */
final class TranscriptReader {

  /** A publication and how each line of its page was used: for tests of the whole reader. */
  record Reading(Publication publication, LineUse[] uses, List<Body.LabelUse> labels) {}

  private TranscriptReader() {}

  static Publication read(String text, Source source, String page) throws ParseException {
    return read(Lines.of(text), source, page);
  }

  /** Reads a page's lines; the body's lines are let go of as they are read ({@link Lines#take}). */
  static Publication read(Lines lines, Source source, String page) throws ParseException {
    return reading(lines, source, page).publication();
  }

  static Reading reading(String text, Source source, String page) throws ParseException {
    return reading(Lines.of(text), source, page);
  }

  private static Reading reading(Lines lines, Source source, String page)
      throws ParseException {
    LineUse[] uses = new LineUse[lines.count()];
    PageTop.Facts top = PageTop.read(lines, uses);
    if (top.title() == null) {
      throw new ParseException(page, allBlank(uses)
          ? "no transcript text: the page is empty"
          : "no transcript text: only page chrome");
    }
    TitleFacts title = TitleAnalysis.analyse(top.title());
    Participant principal = title.speaker();
    List<ParseWarning> warnings = new ArrayList<>();
    Speakers speakers = new Speakers(principal, title.outlets());
    Labels labels = new Labels(speakers, principal, title.outlets());
    Sections sections = new Sections(top.topics());
    TurnBuilder turns = new TurnBuilder(speakers, principal);
    Body body = new Body(lines, uses, labels, sections, warnings);
    body.read(top.bodyStart(), page, turns);
    List<Turn> read = turns.turns();

    Published published = top.published();
    if (published == null && title.eventDate() != null) {
      published = Published.of(title.eventDate());
      warnings.add(new ParseWarning(Lines.number(top.titleLine()), Warnings.dateFromTitle()));
    } else if (published == null) {
      warnings.add(new ParseWarning(0, Warnings.noDate()));
    }
    if (read.isEmpty()) {
      throw new ParseException(page, "no transcript text after the title '" + top.title()
          + "' (line " + Lines.number(top.titleLine()) + ")");
    }
    warnings.sort(Comparator.comparingInt(ParseWarning::line));
    String language = LanguageGuess.of(turns.sample());
    if (language == null) {
      language = LanguageGuess.of(top.title());
    }
    Publication publication = new Publication(top.title(), title.kind(), published,
        title.eventDate(), title.place(), language, top.versions(),
        principal == null ? List.of() : List.of(principal), title.outlets(), sections.all(), read,
        warnings, source);
    return new Reading(publication, uses, body.labelUses());
  }

  private static boolean allBlank(LineUse[] uses) {
    for (LineUse use : uses) {
      if (use != LineUse.BLANK) {
        return false;
      }
    }
    return true;
  }
}
