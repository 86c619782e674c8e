package org.verbatim.store;

/**
 * How far {@link TranscriptStore#copyInto} has come: handed over after each batch of
 * publications, and returned at the end.
 *
 * @param publicationsTotal how many publications the source held when the copy began
 * @param publicationsDone  how many of them are in the target now, copied or found there
 * @param versionsCopied    versions written to the target by this copy
 * @param versionsSkipped   versions the target already held (by id and number), from an earlier
 *                          copy that was interrupted or that this one brings up to date
 */
public record CopyProgress(
    long publicationsTotal, long publicationsDone, long versionsCopied, long versionsSkipped) {}
