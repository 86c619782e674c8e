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
 * <p>The index gives the candidates, in any language's text field (or in {@code language}'s
 * only), twice: the {@value #PHRASE_CANDIDATES} turns that say the most of the quote's runs of
 * words side by side ({@link #phraseCandidates}), and the {@value #CANDIDATES} that best match
 * at least half its words ({@link #wordCandidates}). The candidates are then ranked by how many
 * of the quote's words one stretch of each says ({@link QuoteCodes#coverage}: a stretch as long
 * as the quote, or twice as long when the quote leaves words out for an ellipsis), and the first
 * {@value #ALIGNED} (more when tied, up to {@value #MAX_ALIGNED}) are aligned word by word with the
 * quote ({@link QuoteAlignment}), fragments in order. They are ranked
 * by that alignment's score, then by how few words of the turn the alignment spans, then by the
 * index's order; those scoring under {@value #MIN_SCORE} are no source.
 * A match names the turns its publication's other language versions align with it
 * ({@link VersionLinks}): the original of a translation the archive holds. A translation that
 * the archive does not hold as a version is not found: nothing is machine-translated.
 *
 * <p>Thread-safe as the searcher is.
 */
public final class QuoteFinder {

  /** Turns the index proposes for one quote by its words ({@link #wordCandidates}). */
  static final int CANDIDATES = 50;
  /**
   * Turns the index proposes for one quote by its runs of words ({@link #phraseCandidates}): in
   * an archive of formulaic speeches hundreds of long turns say each of a quote's set phrases
   * somewhere, as often as its source says them.
   */
  static final int PHRASE_CANDIDATES = 300;
  /** Candidates aligned with the quote: those saying the most of its words in one stretch. */
  static final int ALIGNED = 50;
  /** Most candidates aligned, when more say as many of its words as the last of {@link #ALIGNED}. */
  static final int MAX_ALIGNED = 150;
  /** The least alignment score of a source. */
  static final double MIN_SCORE = 0.4;
  /** Most matches returned. */
  public static final int MAX_LIMIT = 20;
  /** Most distinct words of a quote asked of the index (each is a clause per language field). */
  private static final int MAX_TERMS = 64;
  /**
   * Most clauses of the query of word pairs and triples (one per pair or triple and text field):
   * under the index's limit of 1,024.
   */
  private static final int MAX_CLAUSES = 896;
  /**
   * Lengths of the runs of a quote's words asked of the index as phrases: pairs and triples find
   * a source whose quote changed many words; runs of five and eight tell it from turns that say
   * the quote's set phrases each somewhere else.
   */
  private static final int[] RUNS = {2, 3, 5, 8};
  /**
   * Length of the runs asked also with their middle word left out, which find the source of a
   * quote that changed that word although it breaks the runs around it.
   */
  private static final int GAPPED = 5;
  /** Where a gapped run leaves its middle word out. */
  private static final String GAP = " _ ";
  /** The least share of the quote's words a candidate of {@link #wordCandidates} has. */
  private static final String HALF = "50%";
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
    QuoteCodes codes = new QuoteCodes(quote);
    List<SolrDocument> docs = new ArrayList<>(phraseCandidates(quote, language));
    docs.addAll(wordCandidates(quote, language));
    List<Proposed> proposed = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    int window = quote.fragments() == 1 ? quote.words().size() : 2 * quote.words().size();
    for (SolrDocument doc : docs) {
      if (seen.add(doc.getFieldValue(Fields.ID))) {
        String turnText = turnText(doc);
        QuoteCodes.Coded coded = codes.code(turnText);
        proposed.add(new Proposed(doc, turnText, coded, codes.coverage(coded, window),
            proposed.size()));
      }
    }
    // The words of the quote a stretch of each turn says tell the few turns worth aligning.
    proposed.sort(Comparator.comparingInt((Proposed p) -> -p.coverage())
        .thenComparingInt(Proposed::rank));
    int aligned = Math.min(proposed.size(), ALIGNED);
    while (aligned < Math.min(proposed.size(), MAX_ALIGNED)
        && proposed.get(aligned).coverage() == proposed.get(aligned - 1).coverage()) {
      aligned++;
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Proposed p : proposed.subList(0, aligned)) {
      QuoteAlignment alignment = QuoteAlignment.of(quote, codes, p.coded());
      if (alignment.score() >= MIN_SCORE) {
        ranked.add(new Candidate(p.doc(), p.text(), alignment, p.rank()));
      }
    }
    // Of two turns that say the quote equally well, the one saying it in fewer words first: a
    // shortened quote leaves out a clause or a sentence, not the pages between two of its
    // fragments that a long turn happens to say.
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.alignment().score())
        .thenComparingInt(c -> c.alignment().span())
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

  /**
   * A turn the index proposed, its text and words, how many of the quote's words it says in one
   * stretch ({@link QuoteCodes#coverage}), and its rank in the index.
   */
  private record Proposed(SolrDocument doc, String text, QuoteCodes.Coded coded, int coverage,
      int rank) {}

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
   * The turns that best match the quote's words, at least half of them, best first: they find
   * the source of a quote whose changed words break most of its word pairs and triples.
   */
  private List<SolrDocument> wordCandidates(Quote quote, String language)
      throws QueryException {
    // The quote's words in order (word pairs count), the shortest left out of a long quote.
    List<String> keys = quote.words().stream().map(QuoteWords.Word::key).toList();
    int shortest = keys.stream().map(String::length).sorted(Comparator.reverseOrder())
        .skip(MAX_TERMS - 1).findFirst().orElse(0);
    List<String> terms = keys.stream().filter(k -> k.length() >= shortest).limit(MAX_TERMS)
        .toList();
    List<String> fields = fields(language);
    SolrQuery query = new SolrQuery(String.join(" ", terms.stream().map(SolrText::escaped)
        .toList()));
    query.set("defType", "edismax");
    query.set("qf", String.join(" ", fields));
    query.set("q.op", "OR");
    query.set("mm", HALF);
    query.set("sow", true); // one clause per word, whatever each field's analysis makes of it
    // Word pairs and triples of the quote found side by side in a turn weigh most: in turns
    // written with a small vocabulary the single words alone rank the source too low.
    query.set("pf2", String.join(" ", fields.stream().map(f -> f + "^2").toList()));
    query.set("pf3", String.join(" ", fields.stream().map(f -> f + "^4").toList()));
    return run(query, language, CANDIDATES);
  }

  /**
   * The turns that say the most of the quote's runs of words side by side ({@link #phrases}),
   * each run counting one whatever how common its words are or how long the turn: the source of
   * a quote says all of them, or all but those a changed word breaks. The queries of single
   * words miss it when its words are common and it is long (a speech's one turn of many
   * paragraphs), for their score falls with the turn's length; and in a large archive many long
   * turns say each of a quote's set phrases somewhere, but not its longer runs.
   */
  private List<SolrDocument> phraseCandidates(Quote quote, String language)
      throws QueryException {
    List<String> fields = fields(language);
    List<String> phrases = phrases(quote, MAX_CLAUSES / fields.size());
    if (phrases.isEmpty()) {
      return List.of();
    }
    StringBuilder q = new StringBuilder();
    for (String phrase : phrases) {
      // A run with its middle word left out ("a b _ d e") is asked as "a b d e"~1.
      boolean gapped = phrase.contains(GAP);
      String words = SolrText.quoted(phrase.replace(GAP, " ")) + (gapped ? "~1" : "");
      q.append(q.isEmpty() ? "(" : " (");
      for (String field : fields) {
        q.append(field).append(':').append(words).append(' ');
      }
      q.append(")^=1");
    }
    SolrQuery query = new SolrQuery(q.toString());
    query.set("defType", "lucene");
    query.set("q.op", "OR");
    return run(query, language, PHRASE_CANDIDATES);
  }

  /**
   * The quote's runs of words asked of the index, none across an ellipsis: each fragment whole,
   * then every run of {@link #RUNS} words within a fragment shorter than it, then every run of
   * {@value #GAPPED} words with its middle word left out ({@code "a b _ d e"}). At most
   * {@code most}: the fragments first, then runs taken evenly from the whole quote.
   */
  static List<String> phrases(Quote quote, int most) {
    List<QuoteWords.Word> words = quote.words();
    Set<String> fragments = new LinkedHashSet<>();
    List<String> runs = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= words.size(); end++) {
      if (end < words.size() && !quote.opens().get(end)) {
        continue;
      }
      if (end - start >= 2) {
        fragments.add(keys(words, start, end));
      }
      for (int n : RUNS) {
        for (int i = start; n < end - start && i + n <= end; i++) {
          runs.add(keys(words, i, i + n));
        }
      }
      for (int i = start; GAPPED < end - start && i + GAPPED <= end; i++) {
        int middle = i + GAPPED / 2;
        runs.add(keys(words, i, middle) + GAP + keys(words, middle + 1, i + GAPPED));
      }
      start = end;
    }
    List<String> out = new ArrayList<>(fragments);
    out.subList(Math.min(most, out.size()), out.size()).clear();
    int room = most - out.size();
    if (runs.size() <= room) {
      out.addAll(runs);
    } else {
      for (int k = 0; k < room; k++) {
        out.add(runs.get((int) ((long) k * runs.size() / room)));
      }
    }
    return out;
  }

  /** The keys of {@code words} from {@code from} to {@code to}, exclusive, joined by spaces. */
  private static String keys(List<QuoteWords.Word> words, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i == from ? "" : " ").append(words.get(i).key());
    }
    return out.toString();
  }

  private static List<String> fields(String language) {
    return language == null ? Fields.allTextFields() : List.of(Fields.text(language));
  }

  /** {@code query} over turns (of {@code language}), the best {@code rows} first. */
  private List<SolrDocument> run(SolrQuery query, String language, int rows) throws QueryException {
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
    query.setRows(rows);
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
