package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.internal.Csv;
import org.verbatim.search.TrendRequest;
import org.verbatim.search.Trends;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim trends "Q1" ["Q2" …] [--by month|year] [--split …] [filters] [--csv]}. */
@Command(
    name = "trends",
    description = {
        "Counts 1 to 5 queries per month or year: occurrences of their words, the turns they "
            + "occur in, the words of the corpus counted in (the turns the filters choose) and "
            + "occurrences per million of those words, so that a busy period does not look like "
            + "a trend. One row per query (and split value) and period.",
        "Exit code: 0 printed, 1 the archive could not be read, 2 bad query or usage."})
final class TrendsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(paramLabel = "QUERY", arity = "1..5", description = "1 to 5 queries to compare.")
  List<String> queries;

  @Mixin
  FilterOptions filterOptions;

  @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD",
      description = "month (default) or year.")
  String by;

  @Option(names = "--split", paramLabel = "WHAT",
      description = "One series per speaker, role or lang (the " + Trends.SPLIT_TOP
          + " values with most occurrences).")
  String split;

  @Option(names = "--csv", description = "Print CSV with a header row instead of a table.")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    TrendRequest request;
    try {
      request = new TrendRequest(queries, filterOptions.filters(),
          TrendRequest.Period.ofCode(by), split == null ? null : TrendRequest.Split.ofCode(split));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Trends.TrendResult result;
    try (Archive opened = archive.open("trends")) {
      result = new Trends(opened.searcher()).count(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      out.print(Csv.row(Trends.TrendResult.COLUMNS));
      result.rows().forEach(row -> out.print(Csv.row(row)));
    } else {
      out.print(table(result));
    }
    out.flush();
    return Main.OK;
  }

  /** The rows as a table, each column as wide as its widest cell. */
  static String table(Trends.TrendResult result) {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(Trends.TrendResult.COLUMNS);
    result.rows().forEach(rows::add);
    int[] widths = new int[Trends.TrendResult.COLUMNS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i) == null ? 1 : row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i) == null ? "-" : row.get(i);
        line.append(String.format(Locale.ROOT, i < 3 ? "%-" + widths[i] + "s  " : "%"
            + widths[i] + "s  ", cell));
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }
}
