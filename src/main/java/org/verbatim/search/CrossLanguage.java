package org.verbatim.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.HighlightParams;
import org.verbatim.align.Link;
import org.verbatim.align.TurnAlignment;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;

/**
 * A search with {@code also:}: the query's words and turn filters are matched in another language
 * version, the publication filters in the publication shown. {@code lang:en also:ru Арктика
 * in:answers} finds the Russian answers that contain {@code Арктика} (as {@code lang:ru Арктика
 * in:answers} would), follows each to the English version of its publication and, through the
 * alignment of the two versions' turns, to the English turns that say the same; the hits are
 * those English publications, their turns those English turns, each with the Russian passage
 * that matched beside it.
 *
 * <p>Done at query time, so that a version ingested or linked by hand counts at once: the
 * other language's matches are looked up first, at most {@value #MAX_MATCHED} publications
 * (best first) and {@value #MAX_TURNS} turns of them, leading to at most {@value #MAX_REACHED}
 * publications; the hits are then one ordinary page of publications among those, with the
 * page's cursor, total and facets. The total is exact while the matches stay under those bounds,
 * and counts the hits those bounds reach beyond them. Relevance is that of the matching version.
 */
final class CrossLanguage {

  /** The most publications of the other language followed to their versions. */
  static final int MAX_MATCHED = 200;
  /** The most matching turns of those publications read. */
  static final int MAX_TURNS = 10_000;
  /**
   * The most publications those matches lead to: each is a clause of the query for the page, and
   * Solr takes at most 1,024 clauses in a query.
   */
  static final int MAX_REACHED = 500;

  /**
   * A query with {@code also:} taken apart.
   *
   * @param language the language {@code also:} names
   * @param there    what must match in that language's version: words, phrases, {@code about:},
   *                 {@code speaker:}, {@code in:}
   * @param here     what the publications shown must be: the publication filters
   */
  record Split(String language, List<Node> there, List<Node> here) {}

  private final Searcher searcher;
  private final VersionLinks links;
  private final Split split;

  CrossLanguage(Searcher searcher, VersionLinks links, Split split) {
    this.searcher = searcher;
    this.links = links;
    this.split = split;
  }

  /**
   * {@code query} taken apart when it has an {@code also:}, else null.
   *
   * @throws QueryException when {@code also:} is inside parentheses, {@code OR} or {@code NOT},
   *                        given twice, without anything to match, or names the language that
   *                        {@code lang:} asks for
   */
  static Split split(Node.And query) throws QueryException {
    Set<String> languages = new LinkedHashSet<>();
    List<Node> there = new ArrayList<>();
    List<Node> here = new ArrayList<>();
    for (Node item : query.items()) {
      if (item instanceof Node.Filter f && f.name() == FilterName.ALSO) {
        languages.add(f.value());
      } else if (hasAlso(item)) {
        throw new QueryException("The filter 'also:' must stand on its own, not inside "
            + "parentheses, OR or NOT: lang:en also:ru Arctic");
      } else if (QueryTranslator.only(item, false)) {
        here.add(item);
      } else {
        there.add(item);
      }
    }
    if (languages.isEmpty()) {
      return null;
    }
    if (languages.size() > 1) {
      throw new QueryException("The query gives also: more than once (also:"
          + String.join(", also:", languages) + "): give one language to match in");
    }
    String language = languages.iterator().next();
    if (there.stream().noneMatch(CrossLanguage::matchesText)) {
      throw new QueryException("The filter 'also:" + language + "' needs words, a phrase or "
          + "about: to match in the '" + language + "' version: lang:en also:" + language
          + " Arctic");
    }
    if (wanted(here).equals(Set.of(language))) {
      throw new QueryException("'lang:" + language + " also:" + language + "' asks for the '"
          + language + "' version of publications in '" + language + "': give lang: another "
          + "language, or leave also: out");
    }
    return new Split(language, there, here);
  }

  /** The page of publications whose version in {@code also:}'s language matches. */
  SearchResult search(SearchRequest request, String cursor) throws QueryException {
    List<Node> matchThere = new ArrayList<>(split.there());
    matchThere.add(new Node.Filter(FilterName.LANG, split.language()));
    QueryTranslator.Plan there = QueryTranslator.translate(new Node.And(matchThere),
        searcher::entityIds);
    Map<String, Float> matched = matchedPublications(there);
    Map<String, Set<Integer>> matchedTurns = matchedTurns(there, matched.keySet());

    Reached reached = follow(matched, matchedTurns);

    QueryTranslator.Plan herePlan = QueryTranslator.translate(new Node.And(split.here()),
        searcher::entityIds);
    boolean none = reached.scores().isEmpty();
    SolrQuery page = searcher.pageQuery(none ? "*:*" : boosted(reached.scores()), herePlan,
        request, cursor);
    if (none) {
      page.addFilterQuery("-*:*");
    }
    QueryResponse response = searcher.run(page);
    List<SolrDocument> docs = response.getResults();
    Map<String, List<TurnHit>> turns = new HashMap<>();
    Map<String, Long> matching = new HashMap<>();
    Map<String, String> snippets = Map.of();
    if (!docs.isEmpty()) {
      List<String> shown = new ArrayList<>();
      List<String> ids = Searcher.ids(docs);
      for (String id : ids) {
        Set<Integer> linked = reached.turns().get(id);
        linked.stream().limit(Searcher.TURNS_PER_HIT).forEach(n -> shown.add(Fields.turnId(id, n)));
        matching.put(id, (long) linked.size());
      }
      QueryTranslator.Plan showHere = new QueryTranslator.Plan(herePlan.q(), List.of(), Map.of(),
          null, null, herePlan.turnFields());
      searcher.bestTurns(showHere, byId(shown), ids, turns, new HashMap<>());
      snippets = snippets(there, ids, turns, reached.source(), matchedTurns);
    }
    return Searcher.result(response, request, cursor,
        links.annotate(Searcher.hits(docs, turns, matching), snippets));
  }

  /**
   * The publications the matches lead to.
   *
   * @param scores each one's score: that of its best match there, best first
   * @param turns  its turns linked with a matching turn there, ascending
   * @param source its version there that matched
   */
  private record Reached(Map<String, Float> scores, Map<String, Set<Integer>> turns,
      Map<String, String> source) {}

  /**
   * Follows each publication that matched there (best first) to its versions in the languages
   * {@code lang:} asks for, and its matching turns to their linked turns; a version reached
   * twice keeps its first, best, match. At most {@value #MAX_REACHED} publications.
   */
  private Reached follow(Map<String, Float> matched, Map<String, Set<Integer>> matchedTurns) {
    Set<String> languages = wanted(split.here());
    Reached reached = new Reached(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>());
    for (Map.Entry<String, Float> match : matched.entrySet()) {
      if (reached.scores().size() >= MAX_REACHED) {
        break;
      }
      Set<Integer> turns = matchedTurns.getOrDefault(match.getKey(), Set.of());
      for (LanguageVersions.Version version : links.versionsOf(match.getKey())) {
        if (version.language() == null || version.language().equals(split.language())
            || !(languages.isEmpty() || languages.contains(version.language()))
            || reached.source().containsKey(version.id())) {
          continue;
        }
        Set<Integer> linked = linkedTurns(version.id(), match.getKey(), turns);
        if (!linked.isEmpty()) {
          reached.scores().put(version.id(), match.getValue());
          reached.turns().put(version.id(), linked);
          reached.source().put(version.id(), match.getKey());
        }
      }
    }
    return reached;
  }

  /** The best publications there, best first, with their scores. */
  private Map<String, Float> matchedPublications(QueryTranslator.Plan there)
      throws QueryException {
    SolrQuery query = new SolrQuery(there.q());
    query.set("defType", "lucene");
    there.filterQueries().forEach(query::addFilterQuery);
    there.params().forEach(query::set);
    query.setFields(Fields.ID, "score");
    query.addSort("score", SolrQuery.ORDER.desc);
    query.addSort(Fields.ID, SolrQuery.ORDER.asc);
    query.setRows(MAX_MATCHED);
    QueryResponse response = searcher.run(query);
    if (response.getResults().getNumFound() == 0) {
      requireLanguage();
    }
    Map<String, Float> out = new LinkedHashMap<>();
    for (SolrDocument doc : response.getResults()) {
      out.put((String) doc.getFieldValue(Fields.ID), (Float) doc.getFieldValue("score"));
    }
    return out;
  }

  /** The turns of {@code publications} that match there, by publication. */
  private Map<String, Set<Integer>> matchedTurns(QueryTranslator.Plan there,
      Set<String> publications) throws QueryException {
    Map<String, Set<Integer>> out = new HashMap<>();
    if (publications.isEmpty()) {
      return out;
    }
    SolrQuery query = new SolrQuery(there.turnQuery());
    query.set("defType", "lucene");
    query.addFilterQuery(Fields.PUBLICATION_ID + ":(" + SolrText.anyOf(publications) + ")");
    query.setFields(Fields.PUBLICATION_ID, Fields.NUMBER);
    query.addSort(Fields.ID, SolrQuery.ORDER.asc);
    query.setRows(MAX_TURNS);
    for (SolrDocument doc : searcher.run(query).getResults()) {
      out.computeIfAbsent((String) doc.getFieldValue(Fields.PUBLICATION_ID), k -> new TreeSet<>())
          .add((Integer) doc.getFieldValue(Fields.NUMBER));
    }
    return out;
  }

  /** The turns of {@code here} linked with any of {@code turns} of {@code there}. */
  private Set<Integer> linkedTurns(String here, String there, Set<Integer> turns) {
    Set<Integer> out = new TreeSet<>();
    TurnAlignment alignment = links.alignment(here, there).orElse(null);
    if (alignment == null) {
      return out;
    }
    for (Link link : alignment.turns()) {
      if (link.right().stream().anyMatch(turns::contains)) {
        out.addAll(link.left());
      }
    }
    return out;
  }

  /**
   * The passages that matched there, by turn document id, for the turns shown here: the matching
   * turns there linked with them, highlighted as a search there would.
   */
  private Map<String, String> snippets(QueryTranslator.Plan there, List<String> ids,
      Map<String, List<TurnHit>> turns, Map<String, String> source,
      Map<String, Set<Integer>> matchedTurns) throws QueryException {
    List<String> wanted = new ArrayList<>();
    for (String id : ids) {
      String other = source.get(id);
      TurnAlignment alignment = links.alignment(id, other).orElseThrow();
      Set<Integer> matches = matchedTurns.getOrDefault(other, Set.of());
      for (TurnHit turn : turns.getOrDefault(id, List.of())) {
        for (Link link : alignment.turns()) {
          if (link.left().contains(turn.number())) {
            link.right().stream().filter(matches::contains)
                .forEach(n -> wanted.add(Fields.turnId(other, n)));
          }
        }
      }
    }
    if (wanted.isEmpty()) {
      return Map.of();
    }
    SolrQuery query = new SolrQuery(byId(wanted));
    query.set("defType", "lucene");
    query.setFields(Fields.ID);
    query.setRows(wanted.size());
    query.set(HighlightParams.FIELDS, String.join(",", there.turnFields()));
    query.set(HighlightParams.Q, there.highlightQuery());
    query.set(HighlightParams.QPARSER, "lucene");
    Searcher.highlight(query);
    Map<String, Map<String, List<String>>> highlighting = searcher.run(query).getHighlighting();
    Map<String, String> out = new HashMap<>();
    for (String id : wanted) {
      out.put(id, Searcher.snippet(highlighting, id));
    }
    return out;
  }

  /** Turn documents by id. */
  private static String byId(List<String> turnIds) {
    return "+" + QueryTranslator.CHILDREN + " +" + Fields.ID + ":(" + SolrText.anyOf(turnIds)
        + ")";
  }

  /** Publications by id, each scored as its match there was. */
  private static String boosted(Map<String, Float> scores) {
    StringBuilder out = new StringBuilder();
    scores.forEach((id, score) -> out.append(out.isEmpty() ? "" : " ").append(Fields.ID)
        .append(':').append(SolrText.quoted(id)).append("^=")
        .append(String.format(Locale.ROOT, "%.6f", score)));
    return out.toString();
  }

  /** Fails naming the languages the archive has when it has no publication in also:'s. */
  private void requireLanguage() throws QueryException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setRows(0);
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetLimit(-1);
    query.addFacetField(Fields.LANGUAGE);
    QueryResponse response = searcher.run(query);
    List<String> held = response.getFacetField(Fields.LANGUAGE).getValues().stream()
        .map(c -> c.getName()).sorted().toList();
    if (!held.contains(split.language())) {
      throw new QueryException("No publication in the archive is in '" + split.language()
          + "' (also:" + split.language() + "); its languages: "
          + (held.isEmpty() ? "none" : String.join(", ", held)));
    }
  }

  /** The languages {@code lang:} asks for at the top of the query; none when it asks for any. */
  private static Set<String> wanted(List<Node> here) {
    Set<String> out = new LinkedHashSet<>();
    for (Node item : here) {
      if (item instanceof Node.Filter f && f.name() == FilterName.LANG) {
        out.add(f.value());
      } else if (item instanceof Node.Or or && or.items().stream()
          .allMatch(n -> n instanceof Node.Filter f && f.name() == FilterName.LANG)) {
        or.items().forEach(n -> out.add(((Node.Filter) n).value()));
      }
    }
    return out;
  }

  private static boolean hasAlso(Node node) {
    return switch (node) {
      case Node.Filter f -> f.name() == FilterName.ALSO;
      case Node.Not not -> hasAlso(not.item());
      case Node.And and -> and.items().stream().anyMatch(CrossLanguage::hasAlso);
      case Node.Or or -> or.items().stream().anyMatch(CrossLanguage::hasAlso);
      case Node.Word w -> false;
      case Node.Phrase p -> false;
    };
  }

  /** True when {@code node} asks for text to occur: a word, a phrase or an {@code about:}. */
  private static boolean matchesText(Node node) {
    return switch (node) {
      case Node.Word w -> true;
      case Node.Phrase p -> true;
      case Node.Filter f -> f.name() == FilterName.ABOUT;
      case Node.Not not -> false;
      case Node.And and -> and.items().stream().anyMatch(CrossLanguage::matchesText);
      case Node.Or or -> or.items().stream().anyMatch(CrossLanguage::matchesText);
    };
  }
}
