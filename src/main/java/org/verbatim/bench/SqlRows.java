package org.verbatim.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What both SQL engines do alike: bind arguments, read rows as a page would, trim the facets. */
final class SqlRows {

  private SqlRows() {}

  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** Reads every column of the current row, as rendering a result would. */
  static void read(ResultSet rs, int columns) throws SQLException {
    for (int i = 1; i <= columns; i++) {
      rs.getObject(i);
    }
  }

  /**
   * Reads facet rows (facet, value, count) and keeps what a page shows: kind, language and year
   * complete, the others' top {@value SearchEngine#FACET_TOP}.
   */
  static Map<String, List<Map.Entry<String, Integer>>> facets(PreparedStatement statement)
      throws SQLException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        counts.computeIfAbsent(rs.getString(1), f -> new HashMap<>())
            .put(rs.getString(2), rs.getInt(3));
      }
    }
    Map<String, List<Map.Entry<String, Integer>>> shown = new HashMap<>();
    counts.forEach((facet, values) -> shown.put(facet, DocValuesFacets.top(values,
        List.of("kind", "language", "year").contains(facet) ? -1 : SearchEngine.FACET_TOP)));
    return shown;
  }
}
