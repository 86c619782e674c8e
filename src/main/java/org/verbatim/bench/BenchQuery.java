package org.verbatim.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated query, in a form every engine can translate: words that must all occur, an
 * optional phrase, an optional speaker (then the words or the phrase must occur in one of that
 * speaker's turns, as Verbatim's {@code speaker:} means), an optional range of years of
 * publication, and whether facets and highlighted snippets are asked for.
 *
 * @param words    words that must all occur (lower case)
 * @param phrase   consecutive words that must occur in this order, or null
 * @param speaker  a speaker's name as parsed, or null
 * @param fromYear the first year of publication, or null
 * @param toYear   the last year of publication (inclusive), or null
 * @param language the language of the text the words were drawn from ({@code en}, {@code ru})
 * @param faceted  whether the engine must also count facets and highlight the best turns
 */
record BenchQuery(List<String> words, String phrase, String speaker, Integer fromYear,
    Integer toYear, String language, boolean faceted) {

  BenchQuery {
    words = List.copyOf(words);
  }

  /** The query in Verbatim's query language. */
  String verbatim() {
    List<String> parts = new ArrayList<>(words);
    if (phrase != null) {
      parts.add('"' + phrase + '"');
    }
    if (speaker != null) {
      parts.add("speaker:\"" + speaker + '"');
    }
    if (fromYear != null) {
      parts.add("from:" + fromYear);
    }
    if (toYear != null) {
      parts.add("to:" + toYear);
    }
    return String.join(" ", parts);
  }

  /** Every word and the phrase: the texts to look up and highlight. */
  List<String> texts() {
    List<String> texts = new ArrayList<>(words);
    if (phrase != null) {
      texts.add(phrase);
    }
    return texts;
  }

  /** The first instant of the range, as milliseconds (dates are indexed as printed, read as UTC). */
  long fromMillis() {
    return fromYear == null ? Long.MIN_VALUE
        : LocalDate.of(fromYear, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** The first instant after the range. */
  long toMillisExclusive() {
    return toYear == null ? Long.MAX_VALUE
        : LocalDate.of(toYear + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** The same query with facets and highlighting asked for. */
  BenchQuery withFacets() {
    return new BenchQuery(words, phrase, speaker, fromYear, toYear, language, true);
  }

  boolean hasDates() {
    return fromYear != null || toYear != null;
  }
}
