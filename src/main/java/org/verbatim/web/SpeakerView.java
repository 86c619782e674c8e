package org.verbatim.web;

import java.util.Locale;
import org.verbatim.corpus.KeyTerm;
import org.verbatim.corpus.SpeakerReport;

/** What the speaker statistics page shows: the report of the set the parameters choose. */
record SpeakerView(SearchParams params, SpeakerReport report) {

  /** What the set is, for the heading: the speakers named, else "these turns". */
  String heading() {
    return report.filters().speakers().isEmpty() ? "Statistics of these turns"
        : String.join(", ", report.filters().speakers());
  }

  /**
   * The concordance of {@code term} in the set: {@code /kwic?q="WORD"} with the same filters
   * (the query's own words are left out: the term is the concordance's query).
   */
  String kwic(KeyTerm term) {
    return params.firstPage().at("/kwic").set("q", "\"" + term.word() + "\"").set("sort", null)
        .set("size", null).toString();
  }

  /** The search these statistics are of. */
  String search() {
    return params.firstPage().at("/search").toString();
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
