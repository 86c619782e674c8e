package org.verbatim.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.corpus.KeyTerm;
import org.verbatim.corpus.SpeakerReport;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;
import org.verbatim.search.TurnSet;
import org.verbatim.search.Vocabulary;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * The statistics of a set of turns: a speaker's ({@code speaker:"Ivan Petrov"}), or any search's
 * (its turns within the turn scope of {@code speaker:} and {@code in:}, or all turns of the
 * publications it matches): words, turns, the answers by the outlet whose question they answer,
 * and the terms that distinguish the set from the rest of the archive.
 *
 * <p>Keyness: the set's turns, as the index stores them, are cut into terms by their field's own
 * analysis ({@link Vocabulary#tokens}), so a term is what the index holds (stemmed); the rest of
 * the archive is the index's count of each term in that field ({@link Vocabulary#totals}) less the
 * set's. Each term met at least {@value #MIN_FREQUENCY} times in the set, of
 * {@value #MIN_LETTERS} letters or more, and relatively more frequent in the set than in the rest
 * is scored by log-likelihood ({@link KeyTerm#of}); the best come first. The cost is one analysis
 * of the set's text and one count per {@value Vocabulary#TERMS_PER_QUERY} terms: linear in the
 * set, not in the archive.
 *
 * <pre>{@code
 * SpeakerReport report = new SpeakerStats(archive.store(), archive.searcher())
 *     .report(SearchRequest.of("speaker:\"Ivan Petrov\""), 20);
 * }</pre>
 *
 * <p>Thread-safe as the store and searcher are.
 */
public final class SpeakerStats {

  /** The key terms of a report by default. */
  public static final int KEY_TERMS = 30;
  static final int MIN_FREQUENCY = 3;
  static final int MIN_LETTERS = 3;
  /** The text analysed per request. */
  static final int ANALYSIS_CHARS = 100_000;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final TranscriptStore store;
  private final TurnSet turnSet;
  private final Vocabulary vocabulary;

  public SpeakerStats(TranscriptStore store, Searcher searcher) {
    this.store = Objects.requireNonNull(store, "store");
    this.turnSet = new TurnSet(searcher);
    this.vocabulary = new Vocabulary(searcher);
  }

  /**
   * The report of {@code request}'s set with its {@code keyTerms} best key terms.
   *
   * @throws QueryException when the query cannot be searched as written
   */
  public SpeakerReport report(SearchRequest request, int keyTerms) throws QueryException {
    Counts counts = new Counts();
    turnSet.forEach(request, counts::add);
    counts.flushAll();
    List<KeyTerm> key = new ArrayList<>();
    for (Map.Entry<String, Map<String, Term>> field : counts.terms.entrySet()) {
      key.addAll(keyTerms(field.getKey(), field.getValue(), counts.setSize.get(field.getKey())));
    }
    key.sort(Comparator.comparingDouble((KeyTerm k) -> -k.g2()).thenComparing(KeyTerm::term));
    Map<String, Long> byOutlet = new LinkedHashMap<>();
    counts.outlets.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> byOutlet.put(e.getKey(), e.getValue()));
    return new SpeakerReport(request.query(), request.filters(), counts.publications,
        counts.turns, counts.words, counts.answers, byOutlet,
        key.subList(0, Math.min(keyTerms, key.size())));
  }

  private List<KeyTerm> keyTerms(String field, Map<String, Term> terms, long setSize)
      throws QueryException {
    List<String> candidates = terms.entrySet().stream()
        .filter(e -> e.getValue().count >= MIN_FREQUENCY
            && e.getKey().codePoints().filter(Character::isLetter).count() >= MIN_LETTERS)
        .map(Map.Entry::getKey).sorted().toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Long> totals = vocabulary.totals(field, candidates);
    long restSize = Math.max(0, totals.get("") - setSize);
    List<KeyTerm> key = new ArrayList<>();
    for (String term : candidates) {
      Term t = terms.get(term);
      long rest = Math.max(0, totals.getOrDefault(term, 0L) - t.count);
      KeyTerm k = KeyTerm.of(t.word(), term, field, t.count, setSize, rest, restSize);
      if (k.logRatio() > 0) {
        key.add(k);
      }
    }
    return key;
  }

  /** A term's count in the set and the written forms it was read from. */
  private static final class Term {
    long count;
    final Map<String, Integer> forms = new HashMap<>();

    /** The form written most often (the first in order of those as often). */
    String word() {
      return forms.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey).orElseThrow();
    }
  }

  /** The running counts of one report. */
  private final class Counts {
    long publications;
    long turns;
    long words;
    long answers;
    final Map<String, Long> outlets = new HashMap<>();
    final Map<String, Map<String, Term>> terms = new HashMap<>();
    final Map<String, Long> setSize = new HashMap<>();
    final Map<String, StringBuilder> pending = new HashMap<>();
    private String lastPublication;
    private Publication current;

    void add(TurnSet.Turn turn) {
      turns++;
      Matcher words = WORD.matcher(turn.text());
      while (words.find()) {
        this.words++;
      }
      if (!turn.publication().equals(lastPublication)) {
        publications++;
        lastPublication = turn.publication();
        current = null;
      }
      if (turn.role() == Role.ANSWER) {
        answers++;
        outlets.merge(outletAnswered(turn), 1L, Long::sum);
      }
      StringBuilder text = pending.computeIfAbsent(turn.field(), f -> new StringBuilder());
      text.append(turn.text()).append('\n');
      if (text.length() >= ANALYSIS_CHARS) {
        flush(turn.field());
      }
    }

    /**
     * The outlet of the question an answer answers (the nearest question before it): the
     * questioner's label when the title names it as an outlet, else the title's one outlet.
     */
    private String outletAnswered(TurnSet.Turn answer) {
      if (current == null) {
        current = store.publication(answer.publication()).map(StoredPublication::publication)
            .orElse(null);
      }
      if (current == null) {
        return SpeakerReport.UNNAMED;
      }
      List<Turn> all = current.turns();
      for (int i = Math.min(answer.number() - 2, all.size() - 1); i >= 0; i--) {
        if (all.get(i).role() == Role.QUESTION) {
          String asker = all.get(i).speaker();
          for (String outlet : current.outlets()) {
            if (asker != null && asker.toLowerCase(Locale.ROOT)
                .equals(outlet.toLowerCase(Locale.ROOT))) {
              return outlet;
            }
          }
          return current.outlets().size() == 1 ? current.outlets().getFirst()
              : SpeakerReport.UNNAMED;
        }
      }
      return SpeakerReport.UNNAMED;
    }

    void flush(String field) {
      StringBuilder text = pending.remove(field);
      if (text == null || text.isEmpty()) {
        return;
      }
      Map<String, Term> counted = terms.computeIfAbsent(field, f -> new HashMap<>());
      long size = 0;
      for (Vocabulary.Token token : vocabulary.tokens(field, text.toString())) {
        Term term = counted.computeIfAbsent(token.term(), t -> new Term());
        term.count++;
        term.forms.merge(token.surface().toLowerCase(Locale.ROOT), 1, Integer::sum);
        size++;
      }
      setSize.merge(field, size, Long::sum);
    }

    void flushAll() {
      new ArrayList<>(pending.keySet()).forEach(this::flush);
    }
  }
}
