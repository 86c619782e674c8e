package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A turn's words coded against a quote's, as {@link QuoteWords} would key them one by one. */
class QuoteCodesTest {

  @Test
  void codes_every_word_as_its_key_and_stem_compare_with_the_quote() throws Exception {
    Quote quote = Quote.of("Don't the ﬁshery agreements — Ёлки, Société “partners’” "
        + "переговоров ТАСС " + "x".repeat(70));
    String text = "DON’T ignore the FISHERY agreement: ёлки and елки, the société's "
        + "Partners’ переговоры in тасс; café 2019 " + "X".repeat(70) + " ﬁsh";
    QuoteCodes codes = new QuoteCodes(quote);
    QuoteCodes.Coded coded = codes.code(text);
    List<QuoteWords.Word> words = QuoteWords.of(text);
    assertThat(coded.size()).isEqualTo(words.size());
    for (int j = 0; j < words.size(); j++) {
      QuoteWords.Word word = words.get(j);
      int key = -1;
      int stem = -1;
      for (int i = 0; i < quote.words().size(); i++) {
        if (quote.words().get(i).key().equals(word.key())) {
          key = codes.quoteKey(i);
        }
        if (quote.words().get(i).stem().equals(word.stem())) {
          stem = codes.quoteStem(i);
        }
      }
      assertThat(coded.keys()[j]).as("key of %s", word.key()).isEqualTo(key);
      assertThat(coded.stems()[j]).as("stem of %s", word.key()).isEqualTo(stem);
    }
    // The quote's own words, spelt otherwise, are found: don’t, the, ёлки, partners’, тасс, x…x.
    assertThat(Arrays.stream(coded.keys()).filter(k -> k >= 0).count())
        .isGreaterThanOrEqualTo(7);
  }

  @Test
  void coverage_is_the_most_of_the_quotes_words_one_stretch_says_each_once() throws Exception {
    QuoteCodes codes = new QuoteCodes(Quote.of("the talks on the river"));
    // One stretch of five words says "the", "river", "talks" and "on"; the second "the" of the
    // quote is said only five words further on.
    QuoteCodes.Coded text = codes.code("the river talks on boats and more the the the");
    assertThat(codes.coverage(text, 5)).isEqualTo(4);
    assertThat(codes.coverage(text, 8)).isEqualTo(5);
    assertThat(codes.coverage(codes.code("nothing here at all"), 5)).isZero();
    // Stems count: "rivers" is "river" but for its ending.
    assertThat(codes.coverage(codes.code("the talks on the rivers"), 5)).isEqualTo(5);
  }
}
