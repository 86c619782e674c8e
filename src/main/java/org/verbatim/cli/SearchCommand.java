package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchResultJson;
import org.verbatim.search.Sort;
import org.verbatim.search.TurnHit;
import org.verbatim.search.VersionTurn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim search "QUERY" [filters] [--json]}: searches the archive. */
@Command(
    name = "search",
    description = {
        "Searches the archive: words (all must match), \"phrases\", -exclusion, OR, prefix*, and "
            + "filters speaker:, kind:, lang:, place:, outlet:, from:, to:, in:questions|answers, "
            + "about:, and also:LANG to match the words in the LANG version of each publication "
            + "(lang:en also:ru Арктика) (see the README). Shows each publication with its best "
            + "matching turns, each with the same turn in the publication's other versions.",
        "Exit code: 0 searched, 1 the archive could not be read, 2 bad query or usage."})
final class SearchCommand implements Callable<Integer> {

  // A snippet's matched words: bold on a terminal, «between guillemets» in a file or pipe.
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  /** Made when a search prints JSON, not when the command line is built for another command. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "QUERY", defaultValue = "", description = "The query; empty for all.")
  String query;

  @Mixin
  FilterOptions filterOptions;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance (default), date (newest first) or oldest.")
  String sort;

  @Option(names = "--page-size", defaultValue = "20", paramLabel = "N",
      description = "Hits per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(names = "--cursor", paramLabel = "C", description = "The nextCursor of the page before.")
  String cursor;

  @Option(names = "--json", description = "Print one JSON object: total, hits, facets, nextCursor.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    SearchResult result;
    try (Archive opened = archive.open("search")) {
      result = opened.searcher().search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.MAPPER.writeValueAsString(SearchResultJson.toTree(result)) + System.lineSeparator()
        : render(result, Terminal.isTerminal()));
    out.flush();
    return Main.OK;
  }

  private SearchRequest request() {
    try {
      return new SearchRequest(query, filterOptions.filters(), Sort.ofCode(sort), pageSize,
          cursor);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  static String render(SearchResult result, boolean terminal) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(String.format(Locale.ROOT, "Showing %,d of %,d results", result.hits().size(),
        result.total())).append(nl);
    int n = 0;
    for (Hit hit : result.hits()) {
      out.append(nl).append(++n).append(". ").append(hit.title() == null ? "(no title)"
          : hit.title()).append(nl);
      out.append("   ").append(hit.published() == null ? "no date" : hit.published())
          .append(" · ").append(hit.kind().code())
          .append(hit.language() == null ? "" : " · " + hit.language())
          .append(" · ").append(hit.id()).append(nl);
      for (TurnHit turn : hit.turns()) {
        String who = turn.label() != null ? turn.label()
            : turn.speaker() != null ? turn.speaker() : turn.role().code();
        out.append("   [").append(turn.number()).append("] ").append(who).append(": ")
            .append(turn.plainSnippet(terminal ? BOLD : "«", terminal ? RESET : "»"))
            .append(nl);
        for (VersionTurn version : turn.versions()) {
          out.append("       ").append(version.language()).append(" [").append(String.join(" ",
              version.turns().stream().map(String::valueOf).toList())).append("] ")
              .append(version.id()).append(version.doubtful() ? " (uncertain)" : "")
              .append(version.snippet() == null ? ""
                  : ": " + version.plainSnippet(terminal ? BOLD : "«", terminal ? RESET : "»"))
              .append(nl);
        }
      }
    }
    if (!result.facets().kind().isEmpty()) {
      out.append(nl).append("Kinds: ").append(String.join(" · ", result.facets().kind().stream()
          .map(c -> c.value() + " " + c.count()).toList())).append(nl);
    }
    if (result.nextCursor() != null) {
      out.append("More: --cursor ").append(result.nextCursor()).append(nl);
    }
    return out.toString();
  }
}
