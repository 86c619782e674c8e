package org.verbatim.corpus;

import java.util.List;
import java.util.Map;
import org.verbatim.search.Filters;

/**
 * What a set of turns (a speaker's, or any filtered set's) holds.
 *
 * @param query        the query that chose the set
 * @param filters      the filters beside it
 * @param publications how many publications the set's turns are in
 * @param turns        how many turns
 * @param words        how many words they hold (runs of letters and digits)
 * @param answers      how many of the turns are answers
 * @param byOutlet     the answers by the outlet of the question answered, most first; an answer
 *                     to a question whose outlet the page does not tell counts under
 *                     {@value #UNNAMED}
 * @param keyTerms     the terms most overused in the set against the rest of the archive, by G²
 */
public record SpeakerReport(String query, Filters filters, long publications, long turns,
    long words, long answers, Map<String, Long> byOutlet, List<KeyTerm> keyTerms) {

  /** The outlet of a question the page does not name one for. */
  public static final String UNNAMED = "(not named)";

  public SpeakerReport {
    byOutlet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byOutlet));
    keyTerms = List.copyOf(keyTerms);
  }
}
