package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.diff.Piece;
import org.verbatim.search.QuoteFinder;
import org.verbatim.search.QuoteJson;
import org.verbatim.search.QuoteMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim quote "QUOTE" [--lang L] [--limit N] [--json]}: finds a quote's source. */
@Command(
    name = "quote",
    description = {
        "Finds the turns a quote comes from: pasted word for word, shortened with … (or ...), "
            + "with words changed, or in the words of another language version the archive "
            + "holds. Shows each source with its exact words, [-left out or changed-] and "
            + "{+added+} marked, the speaker, the date, a citation and the same turn in the "
            + "publication's other language versions.",
        "Exit code: 0 a source found, 1 no source found or the archive could not be read, "
            + "2 bad quote or usage."})
final class QuoteCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "QUOTE", description = "The quote.")
  String quote;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Look only in publications in this language (en, ru); default: all.")
  String language;

  @Option(names = "--limit", defaultValue = "5", paramLabel = "N",
      description = "Sources shown, 1 to " + QuoteFinder.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: quote, found, matches.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<QuoteMatch> found;
    try (Archive opened = archive.open("quote")) {
      found = new QuoteFinder(opened.searcher()).find(quote, language, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(QuoteJson.toTree(quote, found)));
    } else {
      out.print(render(found));
    }
    out.flush();
    return found.isEmpty() ? Main.FAILED : Main.OK;
  }

  static String render(List<QuoteMatch> found) {
    String nl = System.lineSeparator();
    if (found.isEmpty()) {
      return "No source found: no turn in the archive says this quote." + nl;
    }
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (QuoteMatch m : found) {
      out.append(++n).append(". ").append(String.format(Locale.ROOT, "%.0f%%", m.score() * 100))
          .append("  ").append(m.citation()).append(nl);
      out.append("   source: ");
      for (Piece p : m.source()) {
        out.append(p.op() == Piece.Op.SAME ? p.text() : "[-" + p.text() + "-]");
      }
      out.append(nl).append("   quote:  ");
      for (Piece p : m.quote()) {
        out.append(p.op() == Piece.Op.SAME ? p.text() : "{+" + p.text() + "+}");
      }
      out.append(nl);
      for (QuoteMatch.Original v : m.versions()) {
        out.append("   ").append(v.language()).append(" version, turn ")
            .append(v.turns().get(0)).append(" (").append(v.id()).append("): ")
            .append(v.text().replace("\n\n", " ")).append(nl);
      }
    }
    return out.toString();
  }
}
