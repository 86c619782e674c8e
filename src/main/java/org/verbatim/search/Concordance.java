package org.verbatim.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.verbatim.index.Fields;
import org.verbatim.index.SolrText;

/**
 * Key word in context: every occurrence of a query's words in the turns it finds, one line each,
 * the keyword between {@code width} characters of context (see {@link TurnScan} for what counts as
 * an occurrence).
 *
 * <p>In date order, a page reads only as many turns as its lines need, continuing from the
 * cursor, so every page costs the same however deep. Sorted by context, every line must be seen
 * first: each request reads all the matching turns (in batches of {@value TurnScan#BATCH}),
 * keeps for each line its three sort words and where it is (about 100 bytes a line, not its
 * text), sorts, and then reads the turns of the page asked for again to print their lines. Time
 * grows with the number of matching turns and memory with the number of lines; no page is out of
 * reach.
 *
 * <pre>{@code
 * KwicPage page = new Concordance(searcher).page(KwicRequest.of("shelf").withSort(KwicSort.LEFT1));
 * page.lines().get(0).keyword(); // "shelf"
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Concordance {

  /** A word, to sort by: letters and digits, with the apostrophes inside ({@code don't}). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** How far beside a keyword its three sort words are looked for. */
  private static final int SORT_REACH = 300;
  private static final String DATE_CURSOR = "d";
  private static final String SORTED_CURSOR = "s";
  private static final Pattern CURSOR_PARTS =
      Pattern.compile("d\\.(\\*|[A-Za-z0-9+/=_-]{1,4000})\\.(\\d{1,9})|s\\.(\\d{1,10})");

  private final Searcher searcher;

  public Concordance(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * One page of {@code request}'s concordance.
   *
   * @throws QueryException when the query or cursor cannot be read, or the query has no words
   */
  public KwicPage page(KwicRequest request) throws QueryException {
    TurnScan scan = TurnScan.of(searcher, request.query(), request.filters());
    Matcher cursor = cursor(request);
    if (request.sort() == KwicSort.DATE) {
      String mark = cursor == null ? "*" : cursor.group(1);
      int skip = cursor == null ? 0 : Integer.parseInt(cursor.group(2));
      return datePage(scan, request, mark, skip);
    }
    long offset = cursor == null ? 0 : Long.parseLong(cursor.group(3));
    Sorted sorted = sorted(scan, request.sort());
    int from = (int) Math.min(offset, sorted.entries().size());
    int to = Math.min(from + request.pageSize(), sorted.entries().size());
    List<KwicLine> lines = new ArrayList<>();
    emit(scan, request.width(), sorted, from, to, lines::add);
    String next = to < sorted.entries().size() ? SORTED_CURSOR + "." + to : null;
    return new KwicPage(sorted.turns(), (long) sorted.entries().size(), lines, next);
  }

  /**
   * Every line of {@code request}'s concordance, in its order, to {@code out}; the request's page
   * size and cursor are not used. Lines are passed on as they are read (in date order) or page by
   * page after the sort.
   *
   * @throws QueryException when the query cannot be read, or has no words
   */
  public void each(KwicRequest request, Consumer<KwicLine> out) throws QueryException {
    TurnScan scan = TurnScan.of(searcher, request.query(), request.filters());
    if (request.sort() == KwicSort.DATE) {
      String mark = "*";
      while (mark != null) {
        TurnScan.Batch batch = scan.read(mark, TurnScan.BATCH);
        lines(batch.turns(), request.width()).forEach(out);
        mark = batch.next();
      }
      return;
    }
    Sorted sorted = sorted(scan, request.sort());
    for (int from = 0; from < sorted.entries().size(); from += TurnScan.BATCH) {
      emit(scan, request.width(), sorted, from,
          Math.min(from + TurnScan.BATCH, sorted.entries().size()), out);
    }
  }

  private static Matcher cursor(KwicRequest request) throws QueryException {
    if (request.cursor() == null) {
      return null;
    }
    Matcher m = CURSOR_PARTS.matcher(request.cursor());
    boolean fits = m.matches()
        && (request.sort() == KwicSort.DATE) == request.cursor().startsWith(DATE_CURSOR + ".");
    if (!fits) {
      throw new QueryException("Bad cursor '" + request.cursor()
          + "': use the nextCursor of the previous page, with the same sort");
    }
    return m;
  }

  /** Lines in date order from {@code skip} lines into the batch that starts at {@code mark}. */
  private KwicPage datePage(TurnScan scan, KwicRequest request, String mark, int skip)
      throws QueryException {
    List<KwicLine> lines = new ArrayList<>();
    int rows = Math.min(TurnScan.BATCH, request.pageSize());
    long turns = 0;
    String next = null;
    while (mark != null) {
      TurnScan.Batch batch = scan.read(mark, rows);
      turns = batch.total();
      List<KwicLine> batchLines = lines(batch.turns(), request.width());
      if (skip >= batchLines.size()) {
        skip -= batchLines.size();
        mark = batch.next();
        continue;
      }
      int take = Math.min(request.pageSize() - lines.size(), batchLines.size() - skip);
      lines.addAll(batchLines.subList(skip, skip + take));
      if (lines.size() == request.pageSize()) {
        if (skip + take < batchLines.size()) {
          next = DATE_CURSOR + "." + mark + "." + (skip + take);
        } else if (batch.next() != null) {
          next = DATE_CURSOR + "." + batch.next() + ".0";
        }
        break;
      }
      skip = 0;
      mark = batch.next();
    }
    return new KwicPage(turns, null, lines, next);
  }

  /** A line's place and sort words, all a sorted concordance keeps of it. */
  private record Entry(String[] words, int turn, int span, int order) {}

  /** Every line's entry, sorted; {@code turnIds} by the entries' {@code turn}. */
  private record Sorted(long turns, List<Entry> entries, List<String> turnIds) {}

  private Sorted sorted(TurnScan scan, KwicSort sort) throws QueryException {
    List<Entry> entries = new ArrayList<>();
    List<String> turnIds = new ArrayList<>();
    long total = 0;
    String mark = "*";
    while (mark != null) {
      TurnScan.Batch batch = scan.read(mark, TurnScan.BATCH);
      total = batch.total();
      for (TurnScan.Turn turn : batch.turns()) {
        for (int s = 0; s < turn.spans().size(); s++) {
          int[] span = turn.spans().get(s);
          entries.add(new Entry(sortWords(turn.text(), span, sort.position()), turnIds.size(), s,
              entries.size()));
        }
        turnIds.add(turn.id());
      }
      mark = batch.next();
    }
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.PRIMARY);
    Comparator<Entry> byWords = (a, b) -> {
      for (int i = 0; i < a.words().length; i++) {
        int c = collator.compare(a.words()[i], b.words()[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
    entries.sort(byWords.thenComparingInt(Entry::order));
    return new Sorted(total, entries, turnIds);
  }

  /**
   * The words a line sorts by: from the {@code |position|}th word on the side {@code position}
   * names, outwards, three in all ({@code ""} where the turn has none).
   */
  static String[] sortWords(String text, int[] span, int position) {
    List<String> side = new ArrayList<>();
    if (position < 0) {
      Matcher m = WORD.matcher(text.substring(Math.max(0, span[0] - SORT_REACH), span[0]));
      while (m.find()) {
        side.add(0, m.group()); // nearest first
      }
    } else {
      Matcher m = WORD.matcher(text.substring(span[1],
          Math.min(text.length(), span[1] + SORT_REACH)));
      while (m.find()) {
        side.add(m.group());
      }
    }
    String[] words = new String[3];
    for (int i = 0; i < 3; i++) {
      int at = Math.abs(position) - 1 + i;
      words[i] = at < side.size() ? side.get(at) : "";
    }
    return words;
  }

  /** The lines of the sorted entries {@code from} to {@code to}, read again from their turns. */
  private void emit(TurnScan scan, int width, Sorted sorted, int from, int to,
      Consumer<KwicLine> out) throws QueryException {
    Set<String> ids = new LinkedHashSet<>();
    for (Entry entry : sorted.entries().subList(from, to)) {
      ids.add(sorted.turnIds().get(entry.turn()));
    }
    if (ids.isEmpty()) {
      return;
    }
    Map<String, TurnScan.Turn> turns = scan.byIds(List.copyOf(ids));
    Map<String, SolrDocument> publications = publications(turns.values());
    for (Entry entry : sorted.entries().subList(from, to)) {
      TurnScan.Turn turn = turns.get(sorted.turnIds().get(entry.turn()));
      if (turn != null && entry.span() < turn.spans().size()) { // else changed since the sort
        out.accept(line(turn, turn.spans().get(entry.span()),
            publications.get(turn.publication()), width));
      }
    }
  }

  /** Every line of {@code turns}, in order. */
  private List<KwicLine> lines(List<TurnScan.Turn> turns, int width) throws QueryException {
    Map<String, SolrDocument> publications = publications(turns);
    List<KwicLine> lines = new ArrayList<>();
    for (TurnScan.Turn turn : turns) {
      for (int[] span : turn.spans()) {
        lines.add(line(turn, span, publications.get(turn.publication()), width));
      }
    }
    return lines;
  }

  private static KwicLine line(TurnScan.Turn turn, int[] span, SolrDocument publication,
      int width) {
    String text = turn.text();
    return new KwicLine(turn.publication(),
        publication == null ? 0 : (Integer) publication.getFieldValue(Fields.VERSION),
        turn.number(),
        publication == null ? null : (String) publication.getFieldValue(Fields.TITLE),
        publication == null ? null : (String) publication.getFieldValue(Fields.PUBLISHED),
        turn.speaker(), turn.role(), turn.language(),
        left(text.substring(0, span[0]), width), flat(text.substring(span[0], span[1])),
        right(text.substring(span[1]), width));
  }

  /** The id, version, title and printed date of the publications of {@code turns}, by id. */
  private Map<String, SolrDocument> publications(java.util.Collection<TurnScan.Turn> turns)
      throws QueryException {
    Map<String, SolrDocument> byId = new HashMap<>();
    List<String> ids = turns.stream().map(TurnScan.Turn::publication).distinct().toList();
    if (ids.isEmpty()) {
      return byId;
    }
    SolrQuery query = new SolrQuery(Fields.ID + ":(" + SolrText.anyOf(ids) + ")");
    query.addFilterQuery(QueryTranslator.PARENTS);
    query.setFields(Fields.ID, Fields.VERSION, Fields.TITLE, Fields.PUBLISHED);
    query.setRows(ids.size());
    for (SolrDocument doc : searcher.run(query).getResults()) {
      byId.put((String) doc.getFieldValue(Fields.ID), doc);
    }
    return byId;
  }

  /**
   * The last {@code width} characters or fewer of {@code before}, on one line, starting at a word:
   * a word cut by the limit is left out whole. Its end is kept as it is (a space stays).
   */
  static String left(String before, int width) {
    String flat = WHITESPACE.matcher(before).replaceAll(" ").stripLeading();
    if (flat.length() <= width) {
      return flat;
    }
    int cut = flat.length() - width;
    String kept = flat.substring(cut);
    if (!Character.isWhitespace(flat.charAt(cut - 1)) && !kept.isEmpty()
        && !Character.isWhitespace(kept.charAt(0))) {
      int space = kept.indexOf(' ');
      kept = space < 0 ? "" : kept.substring(space + 1);
    }
    return kept.stripLeading();
  }

  /** The first {@code width} characters or fewer of {@code after}, ending at a word's end. */
  static String right(String after, int width) {
    String flat = WHITESPACE.matcher(after).replaceAll(" ").stripTrailing();
    if (flat.length() <= width) {
      return flat;
    }
    String kept = flat.substring(0, width);
    if (!Character.isWhitespace(flat.charAt(width)) && !kept.isEmpty()
        && !Character.isWhitespace(kept.charAt(kept.length() - 1))) {
      int space = kept.lastIndexOf(' ');
      kept = space < 0 ? "" : kept.substring(0, space);
    }
    return kept.stripTrailing();
  }

  private static String flat(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ");
  }
}
