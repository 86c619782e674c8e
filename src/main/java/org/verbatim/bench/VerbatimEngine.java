package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.archive.Archive;
import org.verbatim.search.Hit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;

/**
 * Verbatim's own {@link Searcher} on the archive, as the web site and the command line call it.
 * It always counts the facets and highlights the best turns: a query without
 * {@link BenchQuery#faceted()} costs it the same.
 */
final class VerbatimEngine implements SearchEngine {

  private final Archive archive;
  private final Searcher searcher;

  VerbatimEngine(Path archiveDir) throws IOException {
    this.archive = Archive.open(archiveDir, "bench");
    this.searcher = archive.searcher();
  }

  @Override
  public List<String> search(BenchQuery query) throws Exception {
    return searcher.search(SearchRequest.of(query.verbatim()).withPageSize(TOP)).hits().stream()
        .map(Hit::id).toList();
  }

  @Override
  public void close() {
    archive.close();
  }
}
