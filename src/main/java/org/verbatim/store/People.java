package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;

/**
 * The people each publication names and the posts it gives them (table {@code person_post}):
 * written with the publication's version by {@link Puts}, read to know people by surname on later
 * pages and to list a person's posts over time.
 */
final class People {

  private static final String DELETE = "DELETE FROM person_post WHERE publication_id = ?";

  private static final String INSERT = """
      INSERT INTO person_post (publication_id, person_id, name, named_in_full, post_key, post,
        published)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  /** Everyone some page names in full, each once. */
  private static final String NAMED_IN_FULL = """
      SELECT person_id, MIN(name)
      FROM person_post
      WHERE named_in_full = 1
      GROUP BY person_id""";

  private static final String POSTS = """
      SELECT post_key, MIN(post), MIN(published), MAX(published), COUNT(*)
      FROM person_post
      WHERE person_id = ? AND post_key <> ''
      GROUP BY post_key
      ORDER BY MIN(published) IS NULL, MIN(published), MAX(published), post_key""";

  private People() {}

  /**
   * One row of {@code person_post}, without the publication's id.
   *
   * @param postKey what tells posts apart ({@link Recognizer#postKey}); empty for a person the
   *                page gives no post
   * @param post    the post as printed; empty likewise
   */
  record Row(String personId, String name, boolean namedInFull, String postKey, String post,
      String published) {}

  /**
   * The rows of what {@code recognition} found in {@code parsed}: one for each post the page gives
   * a person, and one with no post ({@code post_key = ''}) for a person it gives none. Every row
   * says whether the page names the person in full, so a person with posts needs no row of their
   * own. Worked out before the transaction, which only writes them.
   */
  static List<Row> rows(Publication parsed, Recognition recognition) {
    String published = parsed.published() == null ? null : parsed.published().date().toString();
    List<Row> rows = new ArrayList<>();
    for (Recognition.Person person : recognition.people()) {
      Map<String, String> posts = new LinkedHashMap<>();
      for (String post : person.posts()) {
        posts.putIfAbsent(Recognizer.standard().postKey(post), post.strip());
      }
      if (posts.isEmpty()) {
        posts.put("", "");
      }
      for (Map.Entry<String, String> post : posts.entrySet()) {
        rows.add(new Row(person.id(), person.name(), person.namedInFull(), post.getKey(),
            post.getValue(), published));
      }
    }
    return List.copyOf(rows);
  }

  /**
   * Replaces what the store holds of publication {@code id}'s people with {@code rows}, those of
   * its latest version ({@link #rows}). Each row is an entry of the index by person: stored alone,
   * their cost grows with the store, which a whole ingest does not show (see the README, "Entity
   * recognition"). {@code fresh}: the publication is new in this transaction, so it has no rows to
   * replace.
   */
  static void write(Connection c, String id, List<Row> rows, boolean fresh) throws SQLException {
    if (!fresh) {
      try (PreparedStatement delete = c.prepareStatement(DELETE)) {
        delete.setString(1, id);
        delete.executeUpdate();
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (Row row : rows) {
        insert.setString(1, id);
        insert.setString(2, row.personId());
        insert.setString(3, row.name());
        insert.setInt(4, row.namedInFull() ? 1 : 0);
        insert.setString(5, row.postKey());
        insert.setString(6, row.post());
        insert.setString(7, row.published());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Teaches {@code known} everyone some stored page names in full. */
  static void learnAll(Connection c, KnownPeople known) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(NAMED_IN_FULL);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        known.learn(rows.getString(1), rows.getString(2));
      }
    }
  }

  /** The posts the stored pages give person {@code personId}, the earliest first. */
  static List<PostTerm> posts(Connection c, String personId) throws SQLException {
    List<PostTerm> terms = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(POSTS)) {
      s.setString(1, personId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          terms.add(new PostTerm(rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getInt(5)));
        }
      }
    }
    return terms;
  }
}
