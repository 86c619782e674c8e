package org.verbatim.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Trends to count: how often each of {@code queries} (1 to {@value #MAX_QUERIES}, Verbatim's query
 * language, each with {@code filters} beside it) occurs per period ({@code by}), optionally one
 * series per speaker, role or language ({@code split}, null for none).
 */
public record TrendRequest(List<String> queries, Filters filters, Period by, Split split) {

  public static final int MAX_QUERIES = 5;

  /** The length of a period. */
  public enum Period {
    MONTH(7), YEAR(4);

    private final int prefix;

    Period(int prefix) {
      this.prefix = prefix;
    }

    /** The period a month ({@code 2019-02}) falls in: itself, or its year ({@code 2019}). */
    String of(String month) {
      return month.substring(0, prefix);
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The period called {@code code} ({@code month}, {@code year}); fails naming the value. */
    public static Period ofCode(String code) {
      for (Period period : values()) {
        if (period.code().equals(code.toLowerCase(Locale.ROOT))) {
          return period;
        }
      }
      throw new IllegalArgumentException("Unknown period: '" + code + "' (allowed: month, year)");
    }
  }

  /** What each query's counts are split by: one series per value. */
  public enum Split {
    SPEAKER, ROLE, LANG;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The split called {@code code} ({@code speaker}, {@code role}, {@code lang}). */
    public static Split ofCode(String code) {
      for (Split split : values()) {
        if (split.code().equals(code.toLowerCase(Locale.ROOT))) {
          return split;
        }
      }
      throw new IllegalArgumentException(
          "Unknown split: '" + code + "' (allowed: speaker, role, lang)");
    }
  }

  public TrendRequest {
    queries = List.copyOf(queries);
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(by, "by");
    if (queries.isEmpty() || queries.size() > MAX_QUERIES) {
      throw new IllegalArgumentException("Give 1 to " + MAX_QUERIES + " queries to compare: "
          + queries.size() + " given");
    }
  }

  /** {@code queries} by month, unfiltered and not split. */
  public static TrendRequest of(String... queries) {
    return new TrendRequest(List.of(queries), Filters.NONE, Period.MONTH, null);
  }
}
