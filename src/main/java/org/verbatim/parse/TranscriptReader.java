package org.verbatim.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.model.Kind;
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
  record Reading(Publication publication, LineUse[] uses, List<Body.LabelUse> labels,
      Lines lines) {}

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
    List<ParseWarning> warnings = new ArrayList<>();
    PageTop.Facts top = PageTop.read(lines, uses, warnings);
    TitleFacts title = TitleAnalysis.analyse(top.title());
    Participant principal = title.speaker() != null ? title.speaker() : top.speaker();
    Kind kind = kind(title.kind(), top, source);
    String place = title.place() != null ? title.place() : top.place();
    Listings.refuse(lines, uses, top.bodyStart(), page);
    Speakers speakers = new Speakers(principal, title.outlets());
    Labels labels = new Labels(speakers, principal, title.outlets());
    Sections sections = new Sections(top.contents() == null ? List.of()
        : top.contents().headings());
    TurnBuilder turns = new TurnBuilder(speakers);
    Body body = new Body(lines, uses, labels, sections, warnings, kind, top.title());
    body.read(top.bodyStart(), page, turns);
    List<Turn> read = turns.turns();
    principal = speakers.principal();
    if (read.isEmpty()) {
      throw new ParseException(page, nothingRead(lines, uses, top));
    }
    if (top.title() == null) {
      warnings.add(new ParseWarning(0, Warnings.noTitle()));
    }
    Published published = published(top, title, source, warnings);
    String language = turns.language().language();
    if (language == null && top.title() != null) {
      language = LanguageGuess.of(top.title());
    }
    String second = turns.language().bilingual();
    if (second != null) {
      warnings.add(0, new ParseWarning(0, Warnings.bilingual(language, second)));
    }
    warnings.sort(Comparator.comparingInt(ParseWarning::line));
    Publication publication = new Publication(top.title(), kind, published,
        title.eventDate(), place, language, top.versions(),
        principal == null ? List.of() : List.of(principal), title.outlets(), sections.all(), read,
        warnings, source);
    return new Reading(publication, uses, body.labelUses(), lines);
  }

  /** The title's kind; else a type line's; else the address's words'. */
  private static Kind kind(Kind fromTitle, PageTop.Facts top, Source source) {
    if (fromTitle != Kind.OTHER) {
      return fromTitle;
    }
    if (top.typeKind() != null) {
      return top.typeKind();
    }
    TitleKinds.Match fromAddress = TitleKinds.find(Address.words(source.url()));
    return fromAddress != null ? fromAddress.kind() : Kind.OTHER;
  }

  /**
   * The date line's date; else the title's date, or the address's, each with a warning and the
   * time printed alone at the top if there is one; else none, with a warning.
   */
  private static Published published(PageTop.Facts top, TitleFacts title, Source source,
      List<ParseWarning> warnings) {
    if (top.published() != null) {
      return top.published();
    }
    LocalDate day = title.eventDate();
    if (day != null) {
      warnings.add(new ParseWarning(Lines.number(top.titleLine()), Warnings.dateFromTitle()));
    } else {
      day = Address.date(source.url());
      if (day == null) {
        warnings.add(new ParseWarning(0, Warnings.noDate()));
        return null;
      }
      warnings.add(new ParseWarning(0, Warnings.dateFromAddress()));
    }
    Published time = top.time();
    return time == null ? Published.of(day) : new Published(day, time.time(), time.offset());
  }

  /** Why a page gave no turns: it is empty, only chrome, or a title with nothing after it. */
  private static String nothingRead(Lines lines, LineUse[] uses, PageTop.Facts top) {
    if (top.title() != null) {
      return "no transcript text after the title '" + top.title() + "' (line "
          + Lines.number(top.titleLine()) + ")";
    }
    for (int i = 0; i < uses.length; i++) {
      if (uses[i] == LineUse.CHROME || uses[i] == LineUse.BANNER) {
        return "no transcript text: only page chrome, such as '" + lines.stripped(i)
            + "' (line " + Lines.number(i) + ")";
      }
    }
    return "no transcript text: the page is empty";
  }
}
