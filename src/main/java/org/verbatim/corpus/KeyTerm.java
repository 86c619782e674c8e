package org.verbatim.corpus;

/**
 * A term that distinguishes a set of turns from the rest of the archive, by log-likelihood.
 *
 * @param word      the word as most often written in the set ({@code desalination}): what a
 *                  concordance is searched for
 * @param term      the indexed term it stands for ({@code desalin})
 * @param field     the text field (language) it was counted in ({@code text_en})
 * @param inSet     its frequency in the set
 * @param inRest    its frequency in the rest of the archive
 * @param g2        Dunning's log-likelihood G², as Rayson and Garside compute it
 * @param logRatio  the effect size: the binary log of the ratio of its relative frequencies
 *                  (set over rest; a frequency of 0 counted as 0.5)
 */
public record KeyTerm(String word, String term, String field, long inSet, long inRest, double g2,
    double logRatio) {

  /**
   * The key term with {@code a} occurrences among the {@code setSize} terms of the set and
   * {@code b} among the {@code restSize} of the rest: expected frequencies
   * {@code E1 = setSize(a+b)/(setSize+restSize)}, {@code E2 = restSize(a+b)/(setSize+restSize)},
   * {@code G² = 2(a ln(a/E1) + b ln(b/E2))}, a zero frequency adding nothing.
   */
  public static KeyTerm of(String word, String term, String field, long a, long setSize, long b,
      long restSize) {
    double total = (double) setSize + restSize;
    double e1 = setSize * (a + b) / total;
    double e2 = restSize * (a + b) / total;
    double g2 = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
    double ratio = ((a > 0 ? a : 0.5) / setSize) / ((b > 0 ? b : 0.5) / Math.max(1, restSize));
    return new KeyTerm(word, term, field, a, b, g2, Math.log(ratio) / Math.log(2));
  }
}
