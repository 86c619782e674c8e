package org.verbatim.bench;

import java.nio.file.Path;

/** The search engines compared, in the order of the table's columns. */
enum Engine {
  VERBATIM("Verbatim"),
  LUCENE("bare Lucene"),
  SQLITE("SQLite FTS5"),
  POSTGRES("PostgreSQL FTS");

  final String label;

  Engine(String label) {
    this.label = label;
  }

  SearchEngine open(Path archive, Path sqlite, PostgresTarget postgres) throws Exception {
    return switch (this) {
      case VERBATIM -> new VerbatimEngine(archive);
      case LUCENE -> new LuceneEngine(archive);
      case SQLITE -> new SqliteEngine(sqlite);
      case POSTGRES -> new PostgresEngine(postgres);
    };
  }
}
