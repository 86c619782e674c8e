/**
 * Aligns two language versions of one publication: {@link org.verbatim.align.TurnAligner} pairs
 * their turns (and their section headings), {@link org.verbatim.align.SentenceAligner} pairs the
 * sentences inside aligned turns. Both give every link a confidence in [0, 1] and report links
 * of low confidence rather than drop them. {@link org.verbatim.align.ParallelText} turns the two
 * alignments into sentence pairs, which a {@link org.verbatim.align.ParallelWriter} writes as
 * TMX 1.4b or tab-separated text ({@link org.verbatim.align.ParallelFormat}).
 * {@link org.verbatim.align.RevisionAligner} pairs the turns of two versions of a publication in
 * one language, with the same dynamic programming and costs counted in words. Pure computation
 * over the model: no store, no index.
 */
package org.verbatim.align;
