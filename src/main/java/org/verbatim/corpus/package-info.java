/**
 * Exports for researchers: every publication a search matches, written as JSON Lines, CSV (a row
 * per turn) or TEI in the ParlaMint encoding, each with a {@link org.verbatim.corpus.Manifest}
 * that says what was exported and fingerprints it, so that a study can name its corpus exactly.
 * The writers stream: one publication is held at a time.
 */
package org.verbatim.corpus;
