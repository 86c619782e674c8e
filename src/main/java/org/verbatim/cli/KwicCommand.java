package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.archive.Archive;
import org.verbatim.internal.Csv;
import org.verbatim.search.Concordance;
import org.verbatim.search.KwicLine;
import org.verbatim.search.KwicRequest;
import org.verbatim.search.KwicSort;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim kwic "QUERY" [filters] [--width N] [--sort S] [--limit N] [--csv]}. */
@Command(
    name = "kwic",
    description = {
        "Prints a concordance: every occurrence of the query's words in the turns the search "
            + "finds (every form the index matches: \"talk\" finds talks, talked), one line each, "
            + "the keyword between the text before and after it, then the publication, turn, "
            + "speaker and date. The query is the search's, with its filters (see the README).",
        "Exit code: 0 printed, 1 the archive could not be read, 2 bad query or usage."})
final class KwicCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "QUERY", description = "The words to find, with filters if any.")
  String query;

  @Mixin
  FilterOptions filterOptions;

  @Option(names = "--width", defaultValue = "50", paramLabel = "N",
      description = "Characters of context on each side, 1 to 500 (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--sort", defaultValue = "date", paramLabel = "ORDER",
      description = "date (default: oldest first), left1, left2, left3 (by the 1st, 2nd, 3rd "
          + "word before the keyword), right1, right2, right3 (after it).")
  String sort;

  @Option(names = "--limit", paramLabel = "N",
      description = "Print the first N lines only (default: all).")
  Long limit;

  @Option(names = "--csv", description = "Print CSV with a header row instead of aligned text.")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    KwicRequest request;
    try {
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be 1 or more: " + limit);
      }
      request = new KwicRequest(query, filterOptions.filters(), KwicSort.ofCode(sort), width,
          KwicRequest.DEFAULT_PAGE_SIZE, null);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      out.print(Csv.row(KwicLine.COLUMNS));
    }
    AtomicLong printed = new AtomicLong();
    try (Archive opened = archive.open("kwic")) {
      Concordance concordance = new Concordance(opened.searcher());
      if (limit == null) {
        concordance.each(request, line -> print(out, line, printed));
      } else {
        // Pages, so that a short look at a long concordance reads no more than it shows.
        KwicRequest page = request.withPageSize((int) Math.min(limit, KwicRequest.MAX_PAGE_SIZE));
        while (page != null && printed.get() < limit) {
          var lines = concordance.page(page);
          for (KwicLine line : lines.lines()) {
            if (printed.get() < limit) {
              print(out, line, printed);
            }
          }
          page = lines.nextCursor() == null ? null : page.withCursor(lines.nextCursor());
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  private void print(PrintWriter out, KwicLine line, AtomicLong printed) {
    out.print(csv ? Csv.row(line.fields()) : render(line, width) + System.lineSeparator());
    printed.incrementAndGet();
  }

  /** One aligned line: the left context right-aligned in {@code width}, the keyword, the rest. */
  static String render(KwicLine line, int width) {
    String left = line.left().length() > width ? line.left() : " ".repeat(width
        - line.left().length()) + line.left();
    String right = line.right().length() >= width ? line.right()
        : line.right() + " ".repeat(width - line.right().length());
    return left + "[" + line.keyword() + "]" + right + "  " + line.publication() + "/"
        + line.turn() + " · " + (line.speaker() == null ? "-" : line.speaker()) + " · "
        + (line.published() == null ? "no date" : line.published());
  }
}
