package org.verbatim.cli;

import java.util.List;
import org.verbatim.search.Filters;
import picocli.CommandLine.Option;

/**
 * The search's filters as options, shared by {@code search}, {@code kwic} and {@code trends}:
 * the same as writing {@code kind:}, {@code speaker:}… in the query, without quoting.
 */
final class FilterOptions {

  @Option(names = "--kind", split = ",", paramLabel = "KIND", description = "interview, briefing…")
  List<String> kinds = List.of();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Who spoke (repeatable).")
  List<String> speakers = List.of();

  @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "en, ru…")
  List<String> languages = List.of();

  @Option(names = "--about", paramLabel = "NAME",
      description = "Who or what the text names: a person, country, organisation… (repeatable).")
  List<String> abouts = List.of();

  @Option(names = "--in", split = ",", paramLabel = "ROLE", description = "questions, answers…")
  List<String> in = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
  String to;

  /** The filters given. */
  Filters filters() {
    return new Filters(speakers, kinds, languages, List.of(), List.of(), from, to, in, abouts);
  }
}
