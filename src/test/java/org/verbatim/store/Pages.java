package org.verbatim.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/**
 * Invented pages for the store's tests, each with the publication a parser would make of it: the
 * parser is not the subject here, so the publication is built directly from the same words.
 */
final class Pages {

  /** A page and what it was parsed into. */
  record Parsed(RawPage page, Publication publication) {}

  private Pages() {}

  /** An interview of Foreign Minister Ivan Petrov on 3 March 2021 read from {@code path}. */
  static Parsed interview(String path, String title, String question, String answer) {
    String text = "3 March 202110:15\n" + title + "\n\nQuestion: " + question
        + "\n\nIvan Petrov: " + answer + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    RawPage page = new RawPage(bytes, path, null, RawPage.Format.TEXT);
    Publication publication = new Publication(title, Kind.INTERVIEW,
        Published.of(LocalDate.of(2021, 3, 3), LocalTime.of(10, 15)), null, "Moscow", "en",
        List.of(), List.of(new Participant("Ivan Petrov", "Foreign Minister")),
        List.of("The Daily Lantern"), List.of(),
        List.of(
            new Turn(null, "Question", "Question", Role.QUESTION, List.of(question), List.of(),
                List.of()),
            new Turn(null, "Ivan Petrov", "Ivan Petrov", Role.ANSWER, List.of(answer), List.of(),
                List.of())),
        List.of(new ParseWarning(0, "An invented warning for the store to keep.")),
        new Source("text", path, null, Hashes.sha256Hex(bytes)));
    return new Parsed(page, publication);
  }

  /**
   * {@code base}'s interview as another page, {@code path}, titled {@code title} in
   * {@code language} (null for none known), at the same printed date and time: a language version.
   */
  static Parsed version(Parsed base, String path, String title, String language) {
    Parsed page = interview(path, title, base.publication().turns().get(0).paragraphs().get(0),
        base.publication().turns().get(1).paragraphs().get(0));
    Publication p = page.publication();
    return new Parsed(page.page(), new Publication(p.title(), p.kind(), p.published(),
        p.eventDate(), p.place(), language, p.languageVersions(), p.participants(), p.outlets(),
        p.sections(), p.turns(), p.warnings(), p.source()));
  }

  /** The {@code n}th of a series of distinct small interviews. */
  static Parsed numbered(int n) {
    return interview("pages/" + n + ".txt",
        "Foreign Minister Ivan Petrov’s interview with The Daily Lantern, Moscow, number " + n,
        "What did the talks number " + n + " bring?",
        "They brought agreement on " + n + " small matters and a date for the next round.");
  }
}
