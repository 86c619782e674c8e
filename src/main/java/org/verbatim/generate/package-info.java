/**
 * Synthetic transcript pages for tests, benchmarks and demos: {@link org.verbatim.generate.Generator}
 * writes pages in the formats real pages take (every kind, English and Russian, every header,
 * label, chrome and contents list form of the catalogue, damaged labels, HTML, legacy encodings),
 * each at a rate of {@link org.verbatim.generate.GeneratorOptions}, together with the
 * {@link org.verbatim.model.Publication} the parser must read from each. Each page is planned
 * first (facts, then layout) and printed second, so the truth is known before the text exists.
 * The text comes from a small vocabulary of our own; every speaker is invented.
 * {@link org.verbatim.generate.ParallelPairs} writes English and Russian versions of one
 * publication with the truth of their turn, sentence and heading alignment;
 * {@link org.verbatim.generate.Revisions} writes two versions of one interview, the later made
 * from the earlier by known edits (words, a turn inserted, removed or split), with that truth;
 * {@link org.verbatim.generate.Quotes} quotes a turn (word for word, shortened, with words
 * changed, or as a pair's English version translates it), with the turn it comes from.
 */
package org.verbatim.generate;
