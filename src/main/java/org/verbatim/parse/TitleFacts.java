package org.verbatim.parse;

import java.time.LocalDate;
import java.util.List;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;

/**
 * What a title says: the kind of text, its principal speaker (or null), the outlets it names, and
 * the place and date of the event when it ends with them.
 */
record TitleFacts(
    Kind kind, Participant speaker, List<String> outlets, String place, LocalDate eventDate) {

  static final TitleFacts NONE = new TitleFacts(Kind.OTHER, null, List.of(), null, null);

  TitleFacts {
    outlets = List.copyOf(outlets);
  }
}
