package org.verbatim.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.verbatim.diff.Piece;
import org.verbatim.diff.Piece.Op;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * Finds the turns a quote comes from: pasted word for word, shortened with {@code …}, with words
 * changed, or in the words of another language version the archive holds.
 *
 * <pre>{@code
 * List<QuoteMatch> found = new QuoteFinder(archive.searcher())
 *     .find("the Arctic shelf … our common concern", null, 5);
 * found.get(0).citation(); // "“Interview…”, 2019-02-24, Ivan Petrov, turn 12. /p/ID/t/12?v=1"
 * }</pre>
 *
 * <p>The index gives the candidates: the {@value #CANDIDATES} turns that best match any of the
 * quote's words (all, most, or at least half of them: three queries) in any language's text field (or in {@code language}'s
 * only). Each candidate's text is then aligned word by word with the quote
 * ({@link QuoteAlignment}), fragments in order, and the candidates are ranked by that alignment's
 * score, the index's score breaking ties; those scoring under {@value #MIN_SCORE} are no source.
 * A match names the turns its publication's other language versions align with it
 * ({@link VersionLinks}): the original of a translation the archive holds. A translation that
 * the archive does not hold as a version is not found: nothing is machine-translated.
 *
 * <p>Thread-safe as the searcher is.
 */
public final class QuoteFinder {

  /** Turns the index proposes for one quote, three times (see {@link #candidates}). */
  static final int CANDIDATES = 50;
  /** The least alignment score of a source. */
  static final double MIN_SCORE = 0.4;
  /** Most matches returned. */
  public static final int MAX_LIMIT = 20;
  /** Most distinct words of a quote asked of the index (each is a clause per language field). */
  private static final int MAX_TERMS = 64;
  private static final String ALL = "100%";
  private static final String STRICT = "75%";
  private static final String LOOSE = "50%";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final Searcher searcher;

  public QuoteFinder(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The turns that best match {@code text}, best first, at most {@code limit}; none when nothing
   * in the archive says it.
   *
   * @param language the language to look in ({@code en}), or null for all
   * @throws QueryException when the quote has no words or is too long, the language is not a
   *                        language code, or the limit is out of range
   */
  public List<QuoteMatch> find(String text, String language, int limit) throws QueryException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException("Bad limit " + limit + ": give 1 to " + MAX_LIMIT);
    }
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new QueryException("Bad language '" + language + "': give a two- or three-letter "
          + "code in lower case (en, ru)");
    }
    Quote quote = Quote.of(text);
    List<Candidate> ranked = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    List<SolrDocument> docs = new ArrayList<>(candidates(quote, language, ALL));
    docs.addAll(candidates(quote, language, STRICT));
    docs.addAll(candidates(quote, language, LOOSE));
    for (SolrDocument doc : docs) {
      if (!seen.add(doc.getFieldValue(Fields.ID))) {
        continue;
      }
      String turnText = turnText(doc);
      QuoteAlignment alignment = QuoteAlignment.of(quote, QuoteWords.of(turnText));
      if (alignment.score() >= MIN_SCORE) {
        ranked.add(new Candidate(doc, turnText, alignment, ranked.size()));
      }
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.alignment().score())
        .thenComparingInt(Candidate::rank));
    List<Candidate> best = ranked.subList(0, Math.min(limit, ranked.size()));
    Map<String, SolrDocument> publications = publications(best);
    VersionLinks links = searcher.links();
    List<QuoteMatch> out = new ArrayList<>(best.size());
    for (Candidate c : best) {
      out.add(match(quote, c, publications.get(c.publication()), links));
    }
    return out;
  }

  /** A turn the index proposed, its text, its alignment and its rank in the index. */
  private record Candidate(SolrDocument doc, String text, QuoteAlignment alignment, int rank) {
    String publication() {
      return (String) doc.getFieldValue(Fields.PUBLICATION_ID);
    }

    int number() {
      return (Integer) doc.getFieldValue(Fields.NUMBER);
    }
  }

  /**
   * The turns that best match the quote's words, at least {@code mm} of them, best first. Asked
   * three times: for all the words ({@value #ALL}), which finds a long turn that says the quote
   * although the many turns with half its words rank above it; for most ({@value #STRICT}); and
   * for half ({@value #LOOSE}), which finds a quote with words changed.
   */
  private List<SolrDocument> candidates(Quote quote, String language, String mm)
      throws QueryException {
    // The quote's words in order (word pairs count), the shortest left out of a long quote.
    List<String> keys = quote.words().stream().map(QuoteWords.Word::key).toList();
    int shortest = keys.stream().map(String::length).sorted(Comparator.reverseOrder())
        .skip(MAX_TERMS - 1).findFirst().orElse(0);
    List<String> terms = keys.stream().filter(k -> k.length() >= shortest).limit(MAX_TERMS)
        .toList();
    List<String> fields = language == null ? Fields.allTextFields()
        : List.of(Fields.text(language));
    SolrQuery query = new SolrQuery(String.join(" ", terms.stream().map(SolrText::escaped)
        .toList()));
    query.set("defType", "edismax");
    query.set("qf", String.join(" ", fields));
    query.set("q.op", "OR");
    query.set("mm", mm);
    query.set("sow", true); // one clause per word, whatever each field's analysis makes of it
    // Word pairs and triples of the quote found side by side in a turn weigh most: in turns
    // written with a small vocabulary the single words alone rank the source too low.
    query.set("pf2", String.join(" ", fields.stream().map(f -> f + "^2").toList()));
    query.set("pf3", String.join(" ", fields.stream().map(f -> f + "^4").toList()));
    query.addFilterQuery(QueryTranslator.CHILDREN);
    if (language != null) {
      query.addFilterQuery(Fields.LANGUAGE + ":" + SolrText.quoted(language));
    }
    List<String> fl = new ArrayList<>(List.of(Fields.ID, Fields.PUBLICATION_ID, Fields.NUMBER,
        Fields.LABEL, Fields.SPEAKER, Fields.ROLE));
    fl.addAll(Fields.allTextFields());
    query.setFields(fl.toArray(String[]::new));
    query.addSort("score", SolrQuery.ORDER.desc);
    query.addSort(Fields.ID, SolrQuery.ORDER.asc);
    query.setRows(CANDIDATES);
    return searcher.run(query).getResults();
  }

  /** The text of a turn document: the one text field it has. */
  private static String turnText(SolrDocument doc) {
    for (String field : Fields.allTextFields()) {
      Object value = doc.getFieldValue(field);
      if (value != null) {
        return (String) value;
      }
    }
    return "";
  }

  /** The publications of {@code candidates}, by id. */
  private Map<String, SolrDocument> publications(List<Candidate> candidates)
      throws QueryException {
    Map<String, SolrDocument> out = new HashMap<>();
    if (candidates.isEmpty()) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    candidates.forEach(c -> ids.add(c.publication()));
    SolrQuery query = new SolrQuery(Fields.ID + ":(" + SolrText.anyOf(ids) + ")");
    query.set("defType", "lucene");
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setFields(Fields.ID, Fields.VERSION, Fields.TITLE, Fields.PUBLISHED, Fields.LANGUAGE);
    query.setRows(ids.size());
    for (SolrDocument doc : searcher.run(query).getResults()) {
      out.put((String) doc.getFieldValue(Fields.ID), doc);
    }
    return out;
  }

  private static QuoteMatch match(Quote quote, Candidate c, SolrDocument publication,
      VersionLinks links) {
    List<QuoteWords.Word> words = QuoteWords.of(c.text());
    int[] aligned = c.alignment().source();
    boolean[] same = new boolean[words.size()];
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int i = 0; i < aligned.length; i++) {
      int t = aligned[i];
      if (t >= 0) {
        first = Math.min(first, t);
        last = Math.max(last, t);
        same[t] = quote.words().get(i).key().equals(words.get(t).key());
      }
    }
    List<Piece> source = new ArrayList<>();
    for (int t = first; t <= last; t++) {
      int from = t == first ? words.get(t).start() : words.get(t - 1).end();
      add(source, same[t] ? Op.SAME : Op.DELETED, c.text().substring(from, words.get(t).end()));
    }
    List<Piece> quoted = new ArrayList<>();
    for (int i = 0; i < aligned.length; i++) {
      int from = i == 0 ? 0 : quote.words().get(i - 1).end();
      int to = i == aligned.length - 1 ? quote.text().length() : quote.words().get(i).end();
      boolean kept = aligned[i] >= 0 && same[aligned[i]];
      add(quoted, kept ? Op.SAME : Op.INSERTED, quote.text().substring(from, to));
    }
    String id = c.publication();
    return new QuoteMatch(id, (Integer) publication.getFieldValue(Fields.VERSION),
        (String) publication.getFieldValue(Fields.TITLE),
        (String) publication.getFieldValue(Fields.PUBLISHED),
        (String) publication.getFieldValue(Fields.LANGUAGE), c.number(),
        (String) c.doc().getFieldValue(Fields.LABEL),
        (String) c.doc().getFieldValue(Fields.SPEAKER),
        Role.ofCode((String) c.doc().getFieldValue(Fields.ROLE)), c.alignment().score(),
        words.get(first).start(), words.get(last).end(), source, quoted,
        originals(links, id, c.number()));
  }

  /** The turns of the other language versions of {@code id} aligned with its turn {@code turn}. */
  private static List<QuoteMatch.Original> originals(VersionLinks links, String id, int turn) {
    List<QuoteMatch.Original> out = new ArrayList<>();
    for (VersionTurn v : links.of(id, turn, Map.of())) {
      Optional<LanguageVersions.Latest> other = links.latest(v.id());
      if (other.isEmpty()) {
        continue;
      }
      List<Turn> turns = other.get().publication().turns();
      List<String> text = v.turns().stream().filter(n -> n <= turns.size())
          .map(n -> String.join("\n\n", turns.get(n - 1).paragraphs())).toList();
      out.add(new QuoteMatch.Original(v.language(), v.id(), v.turns(), v.confidence(),
          String.join("\n\n", text)));
    }
    return out;
  }

  /** Appends {@code text} to {@code pieces}, joined to the last piece when of the same op. */
  private static void add(List<Piece> pieces, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).op() == op) {
      pieces.set(last, new Piece(op, pieces.get(last).text() + text));
    } else {
      pieces.add(new Piece(op, text));
    }
  }
}
