/**
 * What changed between two versions of one publication: which turn of one became which turn of
 * the other ({@link org.verbatim.diff.TurnChange}: the same, edited, inserted, removed, split or
 * merged, by {@link org.verbatim.align.RevisionAligner}), and inside each changed turn the words
 * deleted and inserted ({@link org.verbatim.diff.Piece}s that put together give either text
 * exactly, spaces and punctuation included). {@link org.verbatim.diff.VersionDiff#between} is the
 * entry point. Pure computation over the model: no store, no index.
 */
package org.verbatim.diff;
