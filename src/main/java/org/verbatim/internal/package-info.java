/**
 * Helpers that several stages need and none owns, such as {@link Hashes}. What "internal" means:
 * each helper uses the JDK only and nothing else of ours, so any package may depend on it without
 * bending the data flow; it is not API, and anything here may change. A helper used by one
 * package belongs in that package, and a harness for tests or the bench belongs with them.
 */
package org.verbatim.internal;
