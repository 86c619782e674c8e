/**
 * What a transcript page says, as plain records: a {@link org.verbatim.model.Publication} with its
 * header facts, participants, sections and {@link org.verbatim.model.Turn turns}, and the
 * {@link org.verbatim.model.ParseWarning warnings} met while reading it.
 *
 * <p>Records here are immutable and use the JDK only; every other stage imports them, they import
 * nothing of ours. Lists are never null (empty when absent); optional single values are null.
 */
package org.verbatim.model;
