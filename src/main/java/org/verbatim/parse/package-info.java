/**
 * Understanding a transcript page: bytes → text → lines → classified blocks → a
 * {@link org.verbatim.model.Publication}. Only {@link org.verbatim.parse.Parser} and
 * {@link org.verbatim.parse.ParseException} are for other packages; the stages are package-private.
 * Problems in the input become {@link org.verbatim.model.ParseWarning}s with a line number, and
 * reading goes on; a page that cannot be a transcript at all is a {@link org.verbatim.parse.ParseException}.
 */
package org.verbatim.parse;
