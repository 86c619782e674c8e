package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.GroupParams;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;
import org.verbatim.index.Fields;
import org.verbatim.index.IndexException;
import org.verbatim.index.SolrText;
import org.verbatim.entity.Entity;
import org.verbatim.entity.EntityType;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;

/**
 * Searches the archive's index through any {@link SolrClient}: the embedded core or a SolrCloud
 * collection (a {@code CloudIndex}'s client refuses partial results, so totals and facets are
 * always over the whole collection).
 *
 * <p>The query language: words must all match; {@code "a phrase"}; {@code -word} or
 * {@code NOT word} excludes; {@code a OR b} (binds tighter than the space: {@code x a OR b} is
 * x and (a or b)); {@code (…)} groups; {@code pre*} is a prefix (two letters at least); filters
 * {@code speaker:}, {@code kind:}, {@code lang:}, {@code place:}, {@code outlet:}, {@code from:},
 * {@code to:} (YYYY, YYYY-MM or YYYY-MM-DD) and {@code in:questions|answers|remarks}, with a
 * quoted value when it has spaces ({@code speaker:"Ivan Petrov"}). With {@code speaker:} or
 * {@code in:}, the words must occur in the turns so chosen. With {@code also:ru}, the words and
 * turn filters are matched in the Russian version of each publication, and the turns shown are
 * those aligned with the matching ones ({@link CrossLanguage}). Solr's own syntax never gets through:
 * {@code {!…}} and unknown {@code name:} are refused with a {@link QueryException}; any other
 * character is text.
 *
 * <pre>{@code
 * Searcher searcher = new Searcher(index.client());
 * SearchResult page = searcher.search(SearchRequest.of("speaker:\"Ivan Petrov\" in:answers Arctic"));
 * page.hits().get(0).turns().get(0).snippet(); // "… the <mark>Arctic</mark> shelf …"
 * }</pre>
 *
 * <p>Thread-safe when the client is.
 */
public final class Searcher {

  /** The most turns shown under one hit. */
  public static final int TURNS_PER_HIT = 3;
  /** The distinctive words a similar-content query is made of. */
  static final int SIMILAR_TERMS = 20;
  /** Shorter words say little about what a text is about. */
  private static final int MIN_WORD_LENGTH = 3;

  /** Related publications returned by default. */
  public static final int RELATED = 10;

  private static final String[] HIT_FIELDS = {Fields.ID, Fields.VERSION, Fields.TITLE,
      Fields.PUBLISHED, Fields.KIND, Fields.LANGUAGE, Fields.LANGUAGE_VERSIONS, Fields.PLACE,
      Fields.OUTLETS, Fields.SPEAKERS};
  private static final Pattern CURSOR = Pattern.compile("\\*|[A-Za-z0-9+/=_-]{1,4000}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** An entity id: a type's code, a colon and a key ({@code country:VN}). */
  private static final Pattern ENTITY_ID = Pattern.compile("(" + String.join("|",
      Arrays.stream(EntityType.values()).map(EntityType::code).toList()) + "):\\S+");

  private final SolrClient client;
  private final KnownPeople known;
  private final LanguageVersions versions;
  private final Alignments alignments = new Alignments();

  /**
   * A searcher whose {@code about:} knows the catalogue's people only, and which knows no
   * language versions (hits name none, and {@code also:} finds nothing).
   */
  public Searcher(SolrClient client) {
    this(client, new KnownPeople());
  }

  /**
   * A searcher whose {@code about:} also knows the people an archive learned: {@code about:Ryabkov}
   * is the one Ryabkov it has met named in full.
   */
  public Searcher(SolrClient client, KnownPeople known) {
    this(client, known, LanguageVersions.NONE);
  }

  /**
   * A searcher that also knows which publications are language versions of one another
   * ({@code versions}, from the store of record): each turn of a hit names the turns of the other
   * versions aligned with it, and {@code also:} searches them.
   */
  public Searcher(SolrClient client, KnownPeople known, LanguageVersions versions) {
    this.client = client;
    this.known = known;
    this.versions = versions;
  }

  /**
   * One page of publications matching the request, with the exact total, facets and each hit's
   * best turns.
   *
   * @throws QueryException when the query or cursor cannot be searched as written
   * @throws IndexException when the index cannot be read
   */
  public SearchResult search(SearchRequest request) throws QueryException {
    Node.And parsed = QueryParser.parse(request.query());
    List<Node> items = new ArrayList<>(parsed.items());
    items.addAll(request.filters().nodes());
    Node.And query = new Node.And(items);
    String cursor = request.cursor() == null ? CursorMarkParams.CURSOR_MARK_START : request.cursor();
    if (!CURSOR.matcher(cursor).matches()) {
      throw new QueryException("Bad cursor '" + cursor
          + "': use the nextCursor of the previous page");
    }
    VersionLinks links = links();
    CrossLanguage.Split split = CrossLanguage.split(query);
    if (split != null) {
      return new CrossLanguage(this, links, split).search(request, cursor);
    }
    QueryTranslator.Plan plan = QueryTranslator.translate(query, this::entityIds);
    SolrQuery solr = pageQuery(plan.q(), plan, request, cursor);
    QueryResponse response = run(solr);
    List<SolrDocument> docs = response.getResults();
    Map<String, List<TurnHit>> turns = new HashMap<>();
    Map<String, Long> matching = new HashMap<>();
    if (plan.turnQuery() != null && !docs.isEmpty()) {
      bestTurns(plan, plan.turnQuery(), ids(docs), turns, matching);
    }
    return result(response, request, cursor, links.annotate(hits(docs, turns, matching)));
  }

  /** The other language versions' turns, for one search. */
  VersionLinks links() {
    return new VersionLinks(versions, alignments);
  }

  /**
   * The query for one page of publications: {@code q}, with {@code plan}'s filters and named
   * sub-queries, the request's order, page and cursor, and the facets.
   */
  SolrQuery pageQuery(String q, QueryTranslator.Plan plan, SearchRequest request, String cursor) {
    SolrQuery query = new SolrQuery(q);
    query.set("defType", "lucene");
    plan.filterQueries().forEach(query::addFilterQuery);
    plan.params().forEach(query::set);
    query.setFields(HIT_FIELDS);
    switch (request.sort()) {
      case RELEVANCE -> {
        query.addSort("score", SolrQuery.ORDER.desc);
        query.addSort(Fields.PUBLISHED_AT, SolrQuery.ORDER.desc);
      }
      case NEWEST -> query.addSort(Fields.PUBLISHED_AT, SolrQuery.ORDER.desc);
      case OLDEST -> query.addSort(Fields.PUBLISHED_AT, SolrQuery.ORDER.asc);
    }
    query.addSort(Fields.ID, SolrQuery.ORDER.asc); // cursors need the unique key last
    query.setRows(request.pageSize());
    query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetLimit(Facets.TOP);
    query.setFacetSort("count"); // else an unlimited facet (limit -1) is sorted by value
    query.addFacetField(Fields.KIND, Fields.SPEAKERS, Fields.LANGUAGE, Fields.YEAR, Fields.PLACE,
        Fields.OUTLETS);
    query.addFacetField(Fields.allEntityFields().toArray(String[]::new));
    for (String complete : List.of(Fields.KIND, Fields.LANGUAGE, Fields.YEAR)) {
      query.set("f." + complete + ".facet.limit", -1);
    }
    query.set("f." + Fields.YEAR + ".facet.sort", "index");
    return query;
  }

  static List<String> ids(List<SolrDocument> docs) {
    return docs.stream().map(d -> (String) d.getFieldValue(Fields.ID)).toList();
  }

  /** The page's publications, each with its best turns and how many of its turns match. */
  static List<Hit> hits(List<SolrDocument> docs, Map<String, List<TurnHit>> turns,
      Map<String, Long> matching) {
    List<Hit> hits = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      String id = (String) doc.getFieldValue(Fields.ID);
      hits.add(new Hit(id, (Integer) doc.getFieldValue(Fields.VERSION),
          (String) doc.getFieldValue(Fields.TITLE), (String) doc.getFieldValue(Fields.PUBLISHED),
          Kind.ofCode((String) doc.getFieldValue(Fields.KIND)),
          (String) doc.getFieldValue(Fields.LANGUAGE), strings(doc, Fields.LANGUAGE_VERSIONS),
          (String) doc.getFieldValue(Fields.PLACE), strings(doc, Fields.OUTLETS),
          strings(doc, Fields.SPEAKERS), matching.getOrDefault(id, 0L),
          turns.getOrDefault(id, List.of())));
    }
    return hits;
  }

  /** The page of {@code hits} that {@code response} found, with its total, facets and cursor. */
  static SearchResult result(QueryResponse response, SearchRequest request, String cursor,
      List<Hit> hits) {
    String next = response.getNextCursorMark();
    boolean last = next == null || next.equals(cursor) || hits.size() < request.pageSize();
    return new SearchResult(response.getResults().getNumFound(), hits, facets(response),
        last ? null : next);
  }

  /**
   * The ids of the entities {@code name} names, as {@code about:} reads it: what recognition finds
   * in the name standing alone and covering all of it ({@code ООН} is {@code United Nations},
   * {@code Вьетнаму} is Vietnam), else the person of that name; none when it names nothing known.
   */
  List<String> entityIds(String name) {
    String alone = name.strip();
    if (ENTITY_ID.matcher(alone).matches()) {
      return List.of(alone); // an id as it is, as the entity pages link
    }
    Recognizer recognizer = Recognizer.standard();
    Publication title = new Publication(alone, Kind.OTHER, null, null, null, null, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null);
    List<String> ids = new ArrayList<>();
    for (Entity entity : recognizer.analyse(title, known).entities()) {
      if (entity.mentions().stream()
          .anyMatch(m -> m.turn() == 0 && m.start() == 0 && m.end() == alone.length())) {
        ids.add(entity.id());
      }
    }
    if (ids.isEmpty()) {
      recognizer.person(alone, known).ifPresent(person -> ids.add(person.id()));
    }
    return ids;
  }

  /**
   * The best turns of each hit: one grouped, highlighted query ({@code turnQuery}, words
   * highlighted in {@code plan}'s fields) over the turns of the page.
   */
  void bestTurns(QueryTranslator.Plan plan, String turnQuery, List<String> ids,
      Map<String, List<TurnHit>> turns, Map<String, Long> matching) throws QueryException {
    SolrQuery query = new SolrQuery(turnQuery);
    query.set("defType", "lucene");
    query.addFilterQuery(Fields.PUBLICATION_ID + ":(" + SolrText.anyOf(ids) + ")");
    query.setFields(Fields.ID, Fields.PUBLICATION_ID, Fields.NUMBER, Fields.LABEL, Fields.SPEAKER,
        Fields.ROLE, Fields.SECTION);
    query.setRows(ids.size());
    query.set(GroupParams.GROUP, true);
    query.set(GroupParams.GROUP_FIELD, Fields.PUBLICATION_ID);
    query.set(GroupParams.GROUP_LIMIT, TURNS_PER_HIT);
    query.set(GroupParams.GROUP_SORT, "score desc," + Fields.NUMBER + " asc");
    query.set(HighlightParams.FIELDS, String.join(",", plan.turnFields()));
    if (plan.highlightQuery() != null) {
      query.set(HighlightParams.Q, plan.highlightQuery());
      query.set(HighlightParams.QPARSER, "lucene");
    }
    highlight(query);
    QueryResponse response = run(query);
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    for (Group group : response.getGroupResponse().getValues().get(0).getValues()) {
      String publication = group.getGroupValue();
      matching.put(publication, group.getResult().getNumFound());
      List<TurnHit> list = new ArrayList<>();
      for (SolrDocument doc : group.getResult()) {
        list.add(new TurnHit((Integer) doc.getFieldValue(Fields.NUMBER),
            (String) doc.getFieldValue(Fields.LABEL), (String) doc.getFieldValue(Fields.SPEAKER),
            Role.ofCode((String) doc.getFieldValue(Fields.ROLE)),
            (Integer) doc.getFieldValue(Fields.SECTION),
            snippet(highlighting, (String) doc.getFieldValue(Fields.ID))));
      }
      turns.put(publication, list);
    }
  }

  /** The passage the highlighter found in document {@code id}, on one line; empty when none. */
  static String snippet(Map<String, Map<String, List<String>>> highlighting, String id) {
    Map<String, List<String>> byField = highlighting.get(id);
    String snippet = byField == null ? "" : byField.values().stream().filter(v -> !v.isEmpty())
        .map(v -> v.get(0)).findFirst().orElse("");
    return WHITESPACE.matcher(snippet).replaceAll(" ").strip();
  }

  /** One passage per turn, the words of the query marked, cut at spaces. */
  static void highlight(SolrQuery query) {
    query.setHighlight(true);
    query.set(HighlightParams.METHOD, "unified");
    query.set(HighlightParams.SNIPPETS, 1);
    query.set(HighlightParams.FRAGSIZE, 220);
    // Passages end at spaces: the JDK's sentence breaker, the default, took a third of a search
    // page's time under load (profiled), looking backwards through long turns for a sentence.
    query.set(HighlightParams.BS_TYPE, "SEPARATOR");
    query.set(HighlightParams.BS_SEP, " ");
    query.set(HighlightParams.TAG_PRE, "<mark>");
    query.set(HighlightParams.TAG_POST, "</mark>");
    query.set(HighlightParams.ENCODER, "html");
    query.set(HighlightParams.DEFAULT_SUMMARY, true);
    query.set(HighlightParams.FIELD_MATCH, true);
  }

  /**
   * What the archive holds about entity {@code id}: see {@link EntityReport}.
   *
   * @throws QueryException when {@code id} is not an entity id, or no publication names it
   */
  public EntityReport entity(String id) throws QueryException {
    if (!ENTITY_ID.matcher(id).matches()) {
      throw new QueryException("Not an entity id: '" + id + "' (ids are a type, a colon and a key: "
          + "country:VN, person:ivan-petrov)");
    }
    String named = Fields.ENTITIES + ":" + SolrText.quoted(id);
    SolrQuery query = new SolrQuery(named);
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setRows(0);
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetSort("count");
    query.addFacetField(Fields.ENTITY_KEYS, Fields.MONTH);
    query.set("f." + Fields.ENTITY_KEYS + ".facet.prefix", id + "|");
    query.set("f." + Fields.ENTITY_KEYS + ".facet.limit", 1);
    query.set("f." + Fields.MONTH + ".facet.limit", -1);
    query.set("f." + Fields.MONTH + ".facet.sort", "index");
    query.addFacetField(Fields.allEntityFields().toArray(String[]::new));
    query.setFacetLimit(Facets.TOP + 1);
    QueryResponse response = run(query);
    List<FacetCount> keys = counts(response, Fields.ENTITY_KEYS);
    if (response.getResults().getNumFound() == 0 || keys.isEmpty()) {
      throw new QueryException("No publication names an entity with id '" + id + "'");
    }
    String name = keys.get(0).value().substring(id.length() + 1);
    EntityType type = EntityType.ofCode(id.substring(0, Math.max(0, id.indexOf(':'))));
    Map<EntityType, List<FacetCount>> with = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      with.put(t, counts(response, Fields.entities(t)).stream()
          .filter(c -> !(t == type && c.value().equals(name))).limit(Facets.TOP).toList());
    }
    String speaker = Fields.SPEAKER_ENTITY + ":" + SolrText.quoted(id);
    TurnList spoken = turns(speaker);
    TurnList mentions = turns("+" + named + " -" + speaker);
    return new EntityReport(id, type, name, response.getResults().getNumFound(), spoken.total(),
        counts(response, Fields.MONTH), with, spoken.turns(), mentions.turns());
  }

  private record TurnList(long total, List<EntityReport.TurnRef> turns) {}

  /** The latest turns matching {@code q}, newest first, with their publications' titles. */
  private TurnList turns(String q) throws QueryException {
    SolrQuery query = new SolrQuery(q);
    query.addFilterQuery(QueryTranslator.CHILDREN);
    query.setFields(Fields.PUBLICATION_ID, Fields.NUMBER, Fields.SPEAKER, "text_*");
    query.addSort(Fields.PUBLISHED_AT, SolrQuery.ORDER.desc);
    query.addSort(Fields.ID, SolrQuery.ORDER.asc);
    query.setRows(EntityReport.TURNS);
    QueryResponse response = run(query);
    List<SolrDocument> docs = response.getResults();
    Map<String, SolrDocument> publications = new HashMap<>();
    if (!docs.isEmpty()) {
      SolrQuery parents = new SolrQuery(Fields.ID + ":(" + SolrText.anyOf(docs.stream()
          .map(d -> (String) d.getFieldValue(Fields.PUBLICATION_ID)).distinct().toList()) + ")");
      parents.addFilterQuery(QueryTranslator.PARENTS);
      parents.setFields(Fields.ID, Fields.TITLE, Fields.PUBLISHED);
      parents.setRows(docs.size());
      for (SolrDocument parent : run(parents).getResults()) {
        publications.put((String) parent.getFieldValue(Fields.ID), parent);
      }
    }
    List<EntityReport.TurnRef> turns = new ArrayList<>();
    for (SolrDocument doc : docs) {
      String publication = (String) doc.getFieldValue(Fields.PUBLICATION_ID);
      SolrDocument parent = publications.get(publication);
      String text = doc.getFieldNames().stream().filter(f -> f.startsWith("text_"))
          .map(f -> (String) doc.getFieldValue(f)).findFirst().orElse("");
      turns.add(new EntityReport.TurnRef(publication,
          parent == null ? null : (String) parent.getFieldValue(Fields.TITLE),
          parent == null ? null : (String) parent.getFieldValue(Fields.PUBLISHED),
          (Integer) doc.getFieldValue(Fields.NUMBER), (String) doc.getFieldValue(Fields.SPEAKER),
          opening(text)));
    }
    return new TurnList(response.getResults().getNumFound(), turns);
  }

  /** About the first 240 characters of {@code text}, cut at a space, white space made single. */
  static String opening(String text) {
    String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (flat.length() <= 240) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', 240);
    return flat.substring(0, cut > 120 ? cut : 240) + " …";
  }

  /** {@link #related(String, int)} with at most {@value #RELATED} publications. */
  public List<Related> related(String id) throws QueryException {
    return related(id, RELATED);
  }

  /**
   * Publications related to {@code id}: first its other language versions (same kind and same
   * printed date and time, another language), by language; then publications with similar content
   * (its most distinctive words, searched in the whole text of the others), best first, each with
   * the words that made it similar.
   *
   * @throws QueryException when no publication has that id
   */
  public List<Related> related(String id, int limit) throws QueryException {
    Source source = source(id);
    List<Related> related = new ArrayList<>(languageVersions(source, limit));
    if (related.size() < limit) {
      Set<String> seen = new LinkedHashSet<>(List.of(id));
      related.forEach(r -> seen.add(r.id()));
      related.addAll(similar(source, seen, limit - related.size()));
    }
    return related;
  }

  /**
   * Publications with content similar to {@code id}'s, best first, each with the distinctive
   * terms that made it similar; its own language versions are left out. Weighing a publication's
   * words reads its term vector and each distinct word's document frequency in every index
   * segment: milliseconds, not microseconds, so the site asks for it apart from the publication
   * page.
   *
   * @throws QueryException when no publication has that id
   */
  public List<Related> similar(String id, int limit) throws QueryException {
    Source source = source(id);
    Set<String> seen = new LinkedHashSet<>(List.of(id));
    languageVersions(source, limit).forEach(r -> seen.add(r.id()));
    return similar(source, seen, limit);
  }

  /** The indexed facts of a publication that its related ones are found by. */
  private record Source(String id, String groupKey, String language) {}

  private Source source(String id) throws QueryException {
    SolrQuery query = new SolrQuery(Fields.ID + ":" + SolrText.quoted(id));
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setFields(Fields.ID, Fields.GROUP_KEY, Fields.LANGUAGE);
    List<SolrDocument> found = run(query).getResults();
    if (found.isEmpty()) {
      throw new QueryException("No publication with id '" + id + "' in the index");
    }
    return new Source(id, (String) found.get(0).getFieldValue(Fields.GROUP_KEY),
        (String) found.get(0).getFieldValue(Fields.LANGUAGE));
  }

  private List<Related> languageVersions(Source source, int limit) throws QueryException {
    if (source.groupKey() == null) {
      return List.of();
    }
    SolrQuery versions = new SolrQuery(Fields.GROUP_KEY + ":" + SolrText.quoted(source.groupKey()));
    versions.addFilterQuery(QueryTranslator.PARENTS);
    versions.addFilterQuery("-" + Fields.ID + ":" + SolrText.quoted(source.id()));
    if (source.language() != null) {
      versions.addFilterQuery("-" + Fields.LANGUAGE + ":" + SolrText.quoted(source.language()));
    }
    versions.setFields(HIT_FIELDS);
    versions.addSort(Fields.LANGUAGE, SolrQuery.ORDER.asc);
    versions.addSort(Fields.ID, SolrQuery.ORDER.asc);
    versions.setRows(limit);
    List<Related> related = new ArrayList<>();
    for (SolrDocument doc : run(versions).getResults()) {
      related.add(Related.languageVersion((String) doc.getFieldValue(Fields.ID),
          (String) doc.getFieldValue(Fields.TITLE), (String) doc.getFieldValue(Fields.PUBLISHED),
          Kind.ofCode((String) doc.getFieldValue(Fields.KIND)),
          (String) doc.getFieldValue(Fields.LANGUAGE)));
    }
    return related;
  }

  private List<Related> similar(Source source, Set<String> leaveOut, int limit)
      throws QueryException {
    String field = Fields.all(source.language());
    List<Weighted> terms = distinctiveTerms(source.id(), field, publicationsIn(source.language()));
    if (terms.isEmpty()) {
      return List.of();
    }
    SolrQuery similar = new SolrQuery();
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      // The terms are indexed forms (stemmed): looked up as they are, never analysed again.
      clauses.add("({!term f=" + field + " v=$t" + i + "})^"
          + (float) (terms.get(i).weight() / terms.get(0).weight()));
      similar.set("t" + i, terms.get(i).term());
    }
    similar.setQuery(String.join(" OR ", clauses));
    similar.set("defType", "lucene");
    similar.addFilterQuery(QueryTranslator.PARENTS);
    similar.addFilterQuery("-" + Fields.ID + ":(" + SolrText.anyOf(leaveOut) + ")");
    similar.setFields(HIT_FIELDS);
    similar.setRows(limit);
    String why = "similar content: " + String.join(", ",
        terms.stream().limit(5).map(Weighted::term).toList());
    List<Related> related = new ArrayList<>();
    for (SolrDocument doc : run(similar).getResults()) {
      related.add(related(doc, Related.Reason.SIMILAR_CONTENT, why));
    }
    return related;
  }

  /** An indexed word of a publication and how much it says about what the publication is about. */
  record Weighted(String term, double weight) {}

  /**
   * The words of publication {@code id} that best tell what it is about, best first, at most
   * {@value #SIMILAR_TERMS}: its indexed words (from the term vector of {@code field}, which the
   * index keeps instead of a stored copy of the text) weighed by frequency in the publication
   * times rarity among the {@code publications} of its language (tf × idf, as Lucene's
   * MoreLikeThis weighs them). Words of fewer than three letters, words in one publication only and
   * words in more than half of them say nothing about similarity and are left out. On SolrCloud
   * the document frequencies are those of the publication's shard, and so is the count.
   */
  private List<Weighted> distinctiveTerms(String id, String field, long publications)
      throws QueryException {
    SolrQuery query = new SolrQuery(Fields.ID + ":" + SolrText.quoted(id));
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setFields(Fields.ID);
    query.setRows(1);
    query.set("tv", true);
    query.set("tv.fl", field);
    query.set("tv.tf", true);
    query.set("tv.df", true);
    Object vectors = run(query).getResponse().get("termVectors");
    List<Weighted> weighted = new ArrayList<>();
    if (vectors instanceof NamedList<?> documents) {
      for (Map.Entry<String, ?> document : documents) {
        if (document.getValue() instanceof NamedList<?> fields
            && fields.get(field) instanceof NamedList<?> terms) {
          weighted.addAll(weigh(terms, publications));
        }
      }
    }
    weighted.sort(Comparator.comparingDouble((Weighted w) -> -w.weight())
        .thenComparing(Weighted::term));
    return weighted.subList(0, Math.min(SIMILAR_TERMS, weighted.size()));
  }

  static List<Weighted> weigh(NamedList<?> terms, long publications) {
    long common = Math.max(2, publications / 2);
    List<Weighted> weighted = new ArrayList<>();
    for (Map.Entry<String, ?> term : terms) {
      if (term.getKey().codePointCount(0, term.getKey().length()) < MIN_WORD_LENGTH
          || !(term.getValue() instanceof NamedList<?> stats)
          || !(stats.get("tf") instanceof Number tf) || !(stats.get("df") instanceof Number df)) {
        continue;
      }
      if (df.longValue() < 2 || df.longValue() > common) {
        continue;
      }
      double idf = 1 + Math.log((publications + 1.0) / (df.longValue() + 1.0));
      weighted.add(new Weighted(term.getKey(), tf.doubleValue() * idf));
    }
    return weighted;
  }

  /**
   * The number of publications whose text is in the same field as {@code language}'s, per shard
   * on SolrCloud (where document frequencies are counted shard by shard).
   */
  private long publicationsIn(String language) throws QueryException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(QueryTranslator.PARENTS);
    if (language != null && Fields.ANALYSED_LANGUAGES.contains(Fields.suffix(language))) {
      query.addFilterQuery(Fields.LANGUAGE + ":" + SolrText.quoted(language));
    } else if (language != null) {
      query.addFilterQuery("-" + Fields.LANGUAGE + ":(" + SolrText.anyOf(Fields.ANALYSED_LANGUAGES)
          + ")");
    }
    query.setRows(0);
    query.set(ShardParams.SHARDS_INFO, true);
    QueryResponse response = run(query);
    Object shards = response.getResponse().get(ShardParams.SHARDS_INFO); // absent when embedded
    int count = shards instanceof NamedList<?> list ? Math.max(1, list.size()) : 1;
    return response.getResults().getNumFound() / count;
  }

  private static Related related(SolrDocument doc, Related.Reason reason, String why) {
    return new Related((String) doc.getFieldValue(Fields.ID),
        (String) doc.getFieldValue(Fields.TITLE), (String) doc.getFieldValue(Fields.PUBLISHED),
        Kind.ofCode((String) doc.getFieldValue(Fields.KIND)),
        (String) doc.getFieldValue(Fields.LANGUAGE), reason, why);
  }

  static Facets facets(QueryResponse response) {
    Map<EntityType, List<FacetCount>> about = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      about.put(type, counts(response, Fields.entities(type)));
    }
    return new Facets(counts(response, Fields.KIND), counts(response, Fields.SPEAKERS),
        counts(response, Fields.LANGUAGE), counts(response, Fields.YEAR),
        counts(response, Fields.PLACE), counts(response, Fields.OUTLETS), about);
  }

  private static List<FacetCount> counts(QueryResponse response, String field) {
    FacetField facet = response.getFacetField(field);
    if (facet == null || facet.getValues() == null) {
      return List.of();
    }
    return facet.getValues().stream().map(c -> new FacetCount(c.getName(), c.getCount())).toList();
  }

  /** The client this searcher reads the index through. */
  SolrClient client() {
    return client;
  }

  QueryResponse run(SolrQuery query) throws QueryException {
    return run(query, SolrRequest.METHOD.GET);
  }

  /** {@link #run(SolrQuery)} as a POST: for a query too long for a URL. */
  QueryResponse runPost(SolrQuery query) throws QueryException {
    return run(query, SolrRequest.METHOD.POST);
  }

  private QueryResponse run(SolrQuery query, SolrRequest.METHOD method) throws QueryException {
    try {
      return client.query(query, method);
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new QueryException("The index refused the query: " + firstLine(e.getMessage()));
      }
      throw new IndexException("Search failed: " + firstLine(e.getMessage()), e);
    } catch (SolrServerException | IOException e) {
      throw new IndexException("Search failed: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    if (values == null) {
      return List.of();
    }
    return values.stream().map(String::valueOf).toList();
  }
}
