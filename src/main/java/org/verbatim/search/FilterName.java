package org.verbatim.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.verbatim.model.Kind;

/**
 * The filters of the query language ({@code speaker:}, {@code kind:} …): how each reads and checks
 * its value, and whether it concerns a turn or the whole publication.
 */
enum FilterName {
  SPEAKER(true), KIND(false), LANG(false), PLACE(false), OUTLET(false), FROM(false), TO(false),
  IN(true),
  /**
   * Who or what is named: in the whole publication, or, with {@code speaker:} or {@code in:}, in
   * the turns so chosen, as words are.
   */
  ABOUT(false),
  /**
   * Another language: the query's words and turn filters are matched in that language version of
   * each publication, and the turns linked with the matching ones are shown ({@link CrossLanguage}).
   */
  ALSO(false);

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final boolean turnLevel;

  FilterName(boolean turnLevel) {
    this.turnLevel = turnLevel;
  }

  /** True when the filter is about a turn ({@code speaker:}, {@code in:}), not the publication. */
  boolean turnLevel() {
    return turnLevel;
  }

  /** The name as written in a query: {@code speaker}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The filter called {@code name} (any case), or null when there is none. */
  static FilterName ofCode(String name) {
    for (FilterName filter : values()) {
      if (filter.code().equals(name.toLowerCase(Locale.ROOT))) {
        return filter;
      }
    }
    return null;
  }

  static String allowed() {
    StringBuilder out = new StringBuilder();
    for (FilterName filter : values()) {
      out.append(out.isEmpty() ? "" : ", ").append(filter.code()).append(':');
    }
    return out.toString();
  }

  /**
   * The filter node for {@code raw}, its value normalised: a kind code, a role code, a language
   * code, an ISO instant for dates, the trimmed text for names.
   */
  Node.Filter of(String raw) throws QueryException {
    String value = raw.strip();
    String shown = "'" + code() + ":" + raw + "'";
    if (value.isEmpty()) {
      throw new QueryException("The filter '" + code() + ":' has no value");
    }
    return switch (this) {
      case SPEAKER, PLACE, OUTLET, ABOUT -> {
        if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
          throw new QueryException("The filter " + shown + " needs a name with letters or digits");
        }
        yield new Node.Filter(this, value);
      }
      case KIND -> {
        try {
          yield new Node.Filter(this, Kind.ofCode(value.toLowerCase(Locale.ROOT)).code());
        } catch (IllegalArgumentException e) {
          throw new QueryException(e.getMessage());
        }
      }
      case LANG, ALSO -> {
        String code = value.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        code = dash > 0 ? code.substring(0, dash) : code; // en-GB means English
        if (!LANGUAGE.matcher(code).matches()) {
          throw new QueryException("Unknown language in " + shown
              + ": give an ISO 639-1 code such as en, ru or zh");
        }
        yield new Node.Filter(this, code);
      }
      case FROM, TO -> new Node.Filter(this, bound(value, this == FROM, shown));
      case IN -> new Node.Filter(this, switch (value.toLowerCase(Locale.ROOT)) {
        case "questions", "question" -> "question";
        case "answers", "answer" -> "answer";
        case "remarks", "remark" -> "remarks";
        default -> throw new QueryException(
            "Unknown value in " + shown + " (allowed: questions, answers, remarks)");
      });
    };
  }

  /** The first instant of the period ({@code from}), or the first instant after it ({@code to}). */
  private static String bound(String value, boolean start, String shown) throws QueryException {
    try {
      LocalDate first;
      LocalDate after;
      if (DAY.matcher(value).matches()) {
        first = LocalDate.parse(value);
        after = first.plusDays(1);
      } else if (MONTH.matcher(value).matches()) {
        first = YearMonth.parse(value).atDay(1);
        after = first.plusMonths(1);
      } else if (YEAR.matcher(value).matches()) {
        first = LocalDate.of(Integer.parseInt(value), 1, 1);
        after = first.plusYears(1);
      } else {
        throw new QueryException("Bad date in " + shown + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
      }
      return (start ? first : after).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeException e) {
      throw new QueryException("Bad date in " + shown + ": no such day or month");
    }
  }
}
