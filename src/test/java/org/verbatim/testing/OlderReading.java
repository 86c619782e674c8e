package org.verbatim.testing;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * What an older parser with a bug might have made of a page, for tests that store a parse as
 * read by an older parser version and read the page again with the current one.
 */
public final class OlderReading {

  private OlderReading() {}

  /** {@code p} with its last turn lost. */
  public static Publication lastTurnLost(Publication p) {
    List<Turn> turns = new ArrayList<>(p.turns());
    turns.remove(turns.size() - 1);
    return new Publication(p.title(), p.kind(), p.published(), p.eventDate(), p.place(),
        p.language(), p.languageVersions(), p.participants(), p.outlets(), p.sections(), turns,
        p.warnings(), p.source());
  }
}
