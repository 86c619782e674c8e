package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote as pasted, cut into words: the fragments a shortened quote's ellipses ({@code …},
 * {@code ...}, {@code […]}) leave are kept apart, since each must be found in the source in
 * order, with any text between them.
 *
 * @param text     the quote, stripped of surrounding white space
 * @param words    its words in order
 * @param opens    for each word, whether an ellipsis comes before it (and after some word): the
 *                 source may skip text there
 */
record Quote(String text, List<QuoteWords.Word> words, List<Boolean> opens) {

  /** The longest quote taken, in characters: a long passage is not a quote. */
  static final int MAX_LENGTH = 4_000;
  private static final Pattern ELLIPSIS = Pattern.compile("\\[?(?:…|\\.{2,})\\]?");

  Quote {
    words = List.copyOf(words);
    opens = List.copyOf(opens);
  }

  /**
   * {@code text} as a quote.
   *
   * @throws QueryException when it is longer than {@value #MAX_LENGTH} characters or has no word
   */
  static Quote of(String text) throws QueryException {
    String quote = text == null ? "" : text.strip();
    if (quote.length() > MAX_LENGTH) {
      throw new QueryException("The quote is " + quote.length() + " characters long; a quote "
          + "may have at most " + MAX_LENGTH + ": paste the words you want the source of");
    }
    List<QuoteWords.Word> words = QuoteWords.of(quote);
    if (words.isEmpty()) {
      throw new QueryException("The quote '" + quote + "' has no words to look for: paste the "
          + "words as said, with … where words are left out");
    }
    List<Integer> ellipses = new ArrayList<>();
    Matcher m = ELLIPSIS.matcher(quote);
    while (m.find()) {
      ellipses.add(m.start());
    }
    List<Boolean> opens = new ArrayList<>(words.size());
    int previousEnd = -1;
    for (QuoteWords.Word word : words) {
      int end = previousEnd;
      opens.add(previousEnd >= 0
          && ellipses.stream().anyMatch(at -> at >= end && at < word.start()));
      previousEnd = word.end();
    }
    return new Quote(quote, words, opens);
  }

  /** How many fragments the ellipses cut the quote into. */
  int fragments() {
    return 1 + (int) opens.stream().filter(o -> o).count();
  }
}
