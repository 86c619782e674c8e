/**
 * Aligns two language versions of one publication: {@link org.verbatim.align.TurnAligner} pairs
 * their turns (and their section headings), {@link org.verbatim.align.SentenceAligner} pairs the
 * sentences inside aligned turns. Both give every link a confidence in [0, 1] and report links
 * of low confidence rather than drop them. Pure computation over the model: no store, no index.
 */
package org.verbatim.align;
