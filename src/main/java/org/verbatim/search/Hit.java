package org.verbatim.search;

import java.util.List;
import org.verbatim.model.Kind;

/**
 * A publication that matches, with its best matching turns.
 *
 * @param id               the archive id
 * @param version          the version indexed
 * @param title            the title, or null
 * @param published        the publication date as printed (ISO: {@code 2019-02-24T08:00}), or null
 * @param kind             its kind
 * @param language         its language code, or null
 * @param languageVersions the language versions the page lists ({@code en-GB})
 * @param place            where the event took place, or null
 * @param outlets          the media outlets the title names
 * @param speakers         who answered or made remarks, and the title's principal speakers
 * @param matchingTurns    how many turns match the query's words and turn filters (0 when the
 *                         query has neither); with {@code also:}, how many turns are linked with
 *                         a matching turn of the other version
 * @param turns            the best of those turns, best first, at most {@link Searcher#TURNS_PER_HIT}
 */
public record Hit(String id, int version, String title, String published, Kind kind,
    String language, List<String> languageVersions, String place, List<String> outlets,
    List<String> speakers, long matchingTurns, List<TurnHit> turns) {
  public Hit {
    languageVersions = List.copyOf(languageVersions);
    outlets = List.copyOf(outlets);
    speakers = List.copyOf(speakers);
    turns = List.copyOf(turns);
  }

  Hit withTurns(List<TurnHit> newTurns) {
    return new Hit(id, version, title, published, kind, language, languageVersions, place,
        outlets, speakers, matchingTurns, newTurns);
  }
}
