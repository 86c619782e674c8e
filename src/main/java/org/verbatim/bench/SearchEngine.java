package org.verbatim.bench;

import java.util.List;

/**
 * One engine answering the bench's queries: the ten best publications (by the engine's own
 * relevance, newest first among equals) with the fields a results page shows, and, when the query
 * is {@link BenchQuery#faceted()}, the total, the facets (kind, language and year complete;
 * speaker, place and outlet the top 20) and up to three highlighted turns per hit.
 * Not thread-safe; close it when done.
 */
interface SearchEngine extends AutoCloseable {

  /** Hits shown per page. */
  int TOP = 10;
  /** Turns shown under a hit. */
  int TURNS_PER_HIT = 3;
  /** Values shown of the open-ended facets. */
  int FACET_TOP = 20;

  /** The ids of the ten best publications, best first. */
  List<String> search(BenchQuery query) throws Exception;
}
