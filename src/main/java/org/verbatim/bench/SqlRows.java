package org.verbatim.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
   * Runs a ranked query whose rows are a publication's row key, its id and six more columns a
   * result shows: returns the ids, best first, and adds the row keys to {@code keys}.
   */
  static List<String> ranked(Connection connection, String sql, List<Object> args,
      List<Long> keys) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, args.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getLong(1));
          ids.add(rs.getString(2));
          read(rs, 8);
        }
      }
    }
    return ids;
  }

  /** Runs a facet query (rows of facet, value, count) and keeps what a page shows. */
  static Map<String, List<Map.Entry<String, Integer>>> facets(Connection connection, String sql,
      List<Object> args) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, args.toArray());
      return facets(s);
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
