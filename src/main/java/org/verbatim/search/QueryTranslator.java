package org.verbatim.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;

/**
 * The last stage: a {@link Node} tree to Solr's standard query syntax. Every user value reaches
 * Solr only through {@link SolrText}, as a quoted phrase or an escaped prefix; all syntax here is
 * ours.
 *
 * <p>How turns are matched: the top-level parts of a query made only of turn filters
 * ({@code speaker:}, {@code in:}) form the <em>turn scope</em>. Without one, words are looked up in
 * a publication's whole text ({@code all_*}). With one, each word must occur in a turn of that
 * scope: {@code speaker:"Ivan Petrov" in:answers Arctic} finds publications where an answer by Ivan
 * Petrov contains "Arctic" (a block join, {@code {!parent}}, scored by its best turn). The
 * {@link Plan#turnQuery()} then finds, among the hits, the turns of the scope that contain any of
 * the words, for the best-turns snippets.
 */
final class QueryTranslator {

  static final String PARENTS = Fields.DOC_TYPE + ":" + Fields.PUBLICATION;
  static final String CHILDREN = Fields.DOC_TYPE + ":" + Fields.TURN;
  static final String SCOPE_PARAM = "vscope";

  /**
   * What to send to Solr.
   *
   * @param q              the main query (publications, scored)
   * @param filterQueries  filters on publications (cached, unscored)
   * @param params         named sub-queries the others refer to as {@code $name}
   * @param turnQuery      a query for the turns to show under each hit, or null when nothing in
   *                       the query concerns turns
   * @param highlightQuery the words to highlight in those turns, or null when there are none
   * @param turnFields     the turn text fields searched
   */
  record Plan(String q, List<String> filterQueries, Map<String, String> params, String turnQuery,
      String highlightQuery, List<String> turnFields) {}

  private final Map<String, String> params = new LinkedHashMap<>();
  private final List<String> scope = new ArrayList<>();
  private final List<String> leaves = new ArrayList<>();
  private List<String> wholeFields = Fields.allWholeTextFields();
  private List<String> turnFields = Fields.allTextFields();
  private final Function<String, List<String>> entityIds;

  private QueryTranslator(Function<String, List<String>> entityIds) {
    this.entityIds = entityIds;
  }

  /**
   * The plan of {@code query}; {@code entityIds} gives the ids of the entities an {@code about:}
   * value names (none when it names no entity Verbatim knows: then the value is looked for among
   * the names of the entities the publications name).
   */
  static Plan translate(Node.And query, Function<String, List<String>> entityIds) {
    return new QueryTranslator(entityIds).plan(query);
  }

  private Plan plan(Node.And query) {
    List<String> languages = new ArrayList<>();
    for (Node item : query.items()) {
      if (item instanceof Node.Filter f && f.name() == FilterName.LANG) {
        languages.add(f.value());
      }
    }
    if (!languages.isEmpty()) { // search only the fields of the languages asked for
      wholeFields = languages.stream().map(Fields::all).distinct().toList();
      turnFields = languages.stream().map(Fields::text).distinct().toList();
    }

    List<String> filterQueries = new ArrayList<>();
    filterQueries.add(PARENTS);
    List<Node> rest = new ArrayList<>();
    for (Node item : query.items()) {
      if (only(item, true)) {
        scope.add(child(item));
      } else if (only(item, false)) {
        filterQueries.add(publication(item));
      } else {
        rest.add(item);
      }
    }
    if (!scope.isEmpty()) {
      params.put(SCOPE_PARAM, scopeQuery());
      filterQueries.add("{!parent which=" + PARENTS + " v=$" + SCOPE_PARAM + "}");
    }

    StringBuilder q = new StringBuilder();
    boolean positive = false;
    for (Node item : rest) {
      if (item instanceof Node.Not not) {
        q.append(q.isEmpty() ? "" : " ").append('-').append(publication(not.item()));
      } else {
        collectLeaves(item);
        q.append(q.isEmpty() ? "" : " ").append('+').append(publication(item));
        positive = true;
      }
    }
    String main = positive ? q.toString() : ("*:*" + (q.isEmpty() ? "" : " " + q));

    String turnQuery = null;
    String highlight = leaves.isEmpty() ? null : String.join(" ", leaves);
    if (!scope.isEmpty() || highlight != null) {
      turnQuery = "+" + CHILDREN
          + (scope.isEmpty() ? "" : " +(" + String.join(" ", prefixed(scope)) + ")")
          + (highlight == null ? "" : " +(" + highlight + ")");
    }
    return new Plan(main, filterQueries, params, turnQuery, highlight, turnFields);
  }

  /** The parts of the scope as one child query: every turn of the scope. */
  private String scopeQuery() {
    return "+" + CHILDREN + " " + String.join(" ", prefixed(scope));
  }

  private static List<String> prefixed(List<String> clauses) {
    return clauses.stream().map(c -> "+" + c).toList();
  }

  /** True when {@code node} is built of filters of one level only (turn or publication). */
  static boolean only(Node node, boolean turnLevel) {
    return switch (node) {
      case Node.Filter f -> f.name() != FilterName.ABOUT && f.name().turnLevel() == turnLevel;
      case Node.Not not -> only(not.item(), turnLevel);
      case Node.And and -> and.items().stream().allMatch(n -> only(n, turnLevel));
      case Node.Or or -> or.items().stream().allMatch(n -> only(n, turnLevel));
      case Node.Word w -> false;
      case Node.Phrase p -> false;
    };
  }

  /** The words and phrases that must (or may) occur, for the turn query and highlighting. */
  private void collectLeaves(Node node) {
    switch (node) {
      case Node.Word w -> leaves.add(text(turnFields, w));
      case Node.Phrase p -> leaves.add(text(turnFields, p));
      case Node.And and -> and.items().forEach(this::collectLeaves);
      case Node.Or or -> or.items().forEach(this::collectLeaves);
      case Node.Not not -> { } // excluded words are not highlighted
      case Node.Filter f when f.name() == FilterName.ABOUT -> leaves.add(named(f));
      case Node.Filter f -> { }
    }
  }

  /** A clause matching publications. */
  private String publication(Node node) {
    return switch (node) {
      case Node.Word w -> words(w);
      case Node.Phrase p -> words(p);
      case Node.Filter f when f.name() == FilterName.ABOUT -> about(f);
      case Node.Filter f when f.name().turnLevel() ->
          join("+" + CHILDREN + " +" + child(f), false);
      case Node.Filter f -> publicationFilter(f);
      case Node.Not not -> "(*:* -" + publication(not.item()) + ")";
      case Node.And and -> conjunction(and.items());
      case Node.Or or -> "(" + String.join(" ", or.items().stream().map(this::publication).toList())
          + ")";
    };
  }

  private String conjunction(List<Node> items) {
    StringBuilder out = new StringBuilder("(");
    boolean positive = false;
    for (Node item : items) {
      out.append(out.length() == 1 ? "" : " ");
      if (item instanceof Node.Not not) {
        out.append('-').append(publication(not.item()));
      } else {
        out.append('+').append(publication(item));
        positive = true;
      }
    }
    return (positive ? out : out.insert(1, "*:* ")).append(')').toString();
  }

  /** Words in the whole text, or, within a turn scope, in one of the scope's turns. */
  private String words(Node node) {
    if (scope.isEmpty()) {
      return text(wholeFields, node);
    }
    return join(scopeQuery() + " +" + text(turnFields, node), true);
  }

  /**
   * Publications that name the entity of an {@code about:} filter, or, within a turn scope, with
   * one of the scope's turns naming it.
   */
  private String about(Node.Filter f) {
    if (scope.isEmpty()) {
      return named(f);
    }
    return join(scopeQuery() + " +" + named(f), true);
  }

  /** Documents (publications or turns: both carry the fields) naming the entity {@code f} asks for. */
  private String named(Node.Filter f) {
    List<String> ids = entityIds.apply(f.value());
    if (ids.isEmpty()) {
      return Fields.ENTITY_NAMES + ":" + SolrText.quoted(f.value());
    }
    return Fields.ENTITIES + ":(" + SolrText.anyOf(ids) + ")";
  }

  /** A block join: publications with a turn matching {@code childQuery}. */
  private String join(String childQuery, boolean scored) {
    String name = "v" + (params.size() + 1);
    params.put(name, childQuery);
    return "{!parent which=" + PARENTS + (scored ? " score=max" : "") + " v=$" + name + "}";
  }

  /** A clause matching turns; only for filters and their combinations. */
  private static String child(Node node) {
    return switch (node) {
      case Node.Filter f when f.name() == FilterName.SPEAKER ->
          Fields.SPEAKER_TEXT + ":" + SolrText.quoted(f.value());
      case Node.Filter f when f.name() == FilterName.IN ->
          Fields.ROLE + ":" + SolrText.quoted(f.value());
      case Node.Not not -> "(*:* -" + child(not.item()) + ")";
      case Node.And and -> "(" + String.join(" ", prefixed(and.items().stream()
          .map(QueryTranslator::child).toList())) + ")";
      case Node.Or or -> "(" + String.join(" ", or.items().stream()
          .map(QueryTranslator::child).toList()) + ")";
      default -> throw new IllegalArgumentException("Not a turn filter: " + node);
    };
  }

  private static String publicationFilter(Node.Filter f) {
    return switch (f.name()) {
      case KIND -> Fields.KIND + ":" + SolrText.quoted(f.value());
      case LANG -> Fields.LANGUAGE + ":" + SolrText.quoted(f.value());
      case PLACE -> Fields.PLACE_TEXT + ":" + SolrText.quoted(f.value());
      case OUTLET -> Fields.OUTLETS_TEXT + ":" + SolrText.quoted(f.value());
      case FROM -> Fields.PUBLISHED_AT + ":[" + f.value() + " TO *]";
      case TO -> Fields.PUBLISHED_AT + ":[* TO " + f.value() + "}";
      case SPEAKER, IN, ABOUT, ALSO ->
          throw new IllegalArgumentException("Not a publication filter: " + f);
    };
  }

  /** A word or phrase in any of {@code fields}. */
  private static String text(List<String> fields, Node node) {
    String term = switch (node) {
      case Node.Word w when w.prefix() -> SolrText.escaped(withoutYo(w.text())) + "*";
      case Node.Word w -> SolrText.quoted(w.text());
      case Node.Phrase p -> SolrText.quoted(p.text());
      default -> throw new IllegalArgumentException("Not text: " + node);
    };
    StringBuilder out = new StringBuilder("(");
    for (String field : fields) {
      out.append(out.length() == 1 ? "" : " ").append(field).append(':').append(term);
    }
    return out.append(')').toString();
  }

  /**
   * {@code text} with ё written е, as the index has Russian words (its stemmer writes them so):
   * a prefix is not stemmed.
   */
  private static String withoutYo(String text) {
    return text.replace('ё', 'е').replace('Ё', 'Е');
  }
}
