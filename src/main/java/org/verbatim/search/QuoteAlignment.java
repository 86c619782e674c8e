package org.verbatim.search;

import java.util.Arrays;

/**
 * A quote's words aligned with the words of a turn: the whole quote against the best-matching
 * stretch of the turn (a semi-global alignment, by dynamic programming over words). A word the
 * same as the quote's ({@link QuoteWords.Word#key()}) scores {@value #SAME}, one of the same stem
 * {@value #STEM}, a changed word {@value #CHANGED}; a word of the quote left out of the source, or
 * one of the source left out of the quote, {@value #GAP}, except where the quote has an ellipsis:
 * there the source may run on for free. The score is that sum over the most a quote can score, so
 * a quote found word for word, fragments in order, scores 1.
 *
 * @param score  from 0 to 1
 * @param source for each word of the quote, the index of the turn's word aligned with it, or -1
 */
record QuoteAlignment(double score, int[] source) {

  static final int SAME = 4;
  static final int STEM = 2;
  static final int CHANGED = -2;
  static final int GAP = -2;

  private static final byte DIAGONAL = 1;
  private static final byte QUOTE_ONLY = 2;
  private static final byte TEXT_ONLY = 3;

  /** {@code quote} aligned with the words of a turn, {@code text}, coded by {@code codes}. */
  static QuoteAlignment of(Quote quote, QuoteCodes codes, QuoteCodes.Coded text) {
    int m = quote.words().size();
    int n = text.size();
    // Words as numbers, so that the m × n comparisons compare ints, not strings.
    int[] textKey = text.keys();
    int[] textStem = text.stems();
    int[] previous = new int[n + 1]; // row 0: the quote may start anywhere in the turn
    int[] row = new int[n + 1];
    byte[][] moves = new byte[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      int key = codes.quoteKey(i - 1);
      int stem = codes.quoteStem(i - 1);
      int skip = i < m && quote.opens().get(i) ? 0 : GAP;
      byte[] move = moves[i];
      row[0] = previous[0] + GAP;
      move[0] = QUOTE_ONLY;
      for (int j = 1; j <= n; j++) {
        int pair = textKey[j - 1] == key ? SAME : textStem[j - 1] == stem ? STEM : CHANGED;
        int best = previous[j - 1] + pair;
        byte how = DIAGONAL;
        if (previous[j] + GAP > best) {
          best = previous[j] + GAP;
          how = QUOTE_ONLY;
        }
        if (row[j - 1] + skip > best) {
          best = row[j - 1] + skip;
          how = TEXT_ONLY;
        }
        row[j] = best;
        move[j] = how;
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    int end = 0;
    for (int j = 1; j <= n; j++) {
      if (previous[j] > previous[end]) {
        end = j;
      }
    }
    int[] source = new int[m];
    Arrays.fill(source, -1);
    int i = m;
    int j = end;
    while (i > 0) {
      switch (moves[i][j]) {
        case DIAGONAL -> {
          source[i - 1] = j - 1;
          i--;
          j--;
        }
        case QUOTE_ONLY -> i--;
        default -> j--;
      }
    }
    double score = Math.max(0, previous[end]) / (double) (SAME * m);
    return new QuoteAlignment(score, source);
  }

  /**
   * How many words of the turn the aligned stretch spans, from its first word aligned with the
   * quote to its last: a shortened quote's fragments close together span fewer.
   */
  int span() {
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int t : source) {
      if (t >= 0) {
        first = Math.min(first, t);
        last = Math.max(last, t);
      }
    }
    return last < 0 ? 0 : last - first + 1;
  }
}
